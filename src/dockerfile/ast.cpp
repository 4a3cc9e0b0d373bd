#include "dockerfile/ast.h"

#include <array>
#include <utility>

#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

constexpr std::array<std::pair<std::string_view, Keyword>, 18> kKeywords{{
    {"ADD", Keyword::kAdd},
    {"ARG", Keyword::kArg},
    {"CMD", Keyword::kCmd},
    {"COPY", Keyword::kCopy},
    {"ENTRYPOINT", Keyword::kEntrypoint},
    {"ENV", Keyword::kEnv},
    {"EXPOSE", Keyword::kExpose},
    {"FROM", Keyword::kFrom},
    {"HEALTHCHECK", Keyword::kHealthcheck},
    {"LABEL", Keyword::kLabel},
    {"MAINTAINER", Keyword::kMaintainer},
    {"ONBUILD", Keyword::kOnbuild},
    {"RUN", Keyword::kRun},
    {"SHELL", Keyword::kShell},
    {"STOPSIGNAL", Keyword::kStopsignal},
    {"USER", Keyword::kUser},
    {"VOLUME", Keyword::kVolume},
    {"WORKDIR", Keyword::kWorkdir},
}};

}  // namespace

Keyword keyword_from_string(std::string_view word) {
  for (const auto& [name, keyword] : kKeywords) {
    if (util::iequals_ascii(word, name)) return keyword;
  }
  return Keyword::kUnknown;
}

std::string_view keyword_name(Keyword keyword) {
  for (const auto& [name, k] : kKeywords) {
    if (k == keyword) return name;
  }
  return {};
}

bool Dockerfile::ok() const {
  for (const auto& d : diagnostics) {
    if (d.severity == core::Severity::kError) return false;
  }
  return true;
}

}  // namespace plimsoll::dockerfile
