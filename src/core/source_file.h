// SourceFile owns the bytes of one input file and answers line/column questions about them.
// It is neither copyable nor movable, so views into text() stay valid for its lifetime.
#pragma once

#include <string>
#include <string_view>

#include "core/location.h"
#include "util/line_index.h"

namespace plimsoll::core {

class SourceFile {
 public:
  SourceFile(std::string path, std::string text)
      : path_(std::move(path)), text_(std::move(text)), index_(text_) {}
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  const util::LineIndex& lines() const { return index_; }
  util::LineColumn begin_of(Span span) const { return index_.locate(span.begin); }
  util::LineColumn end_of(Span span) const { return index_.locate(span.end); }

 private:
  std::string path_;
  std::string text_;
  util::LineIndex index_;
};

}  // namespace plimsoll::core
