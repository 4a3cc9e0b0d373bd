// The Dockerfile parser's main loop: physical lines → directives → logical lines →
// instructions → heredoc bodies, with BuildKit's exact rules at each step (research notes in
// ../shared/research/buildkit.md §1).
#include "dockerfile/parser.h"

#include "dockerfile/instruction_builder.h"
#include "dockerfile/logical_line.h"
#include "dockerfile/parser_internal.h"
#include "dockerfile/typed_internal.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

constexpr std::size_t kMaxLineLength = 65535;  // Go's bufio.Scanner token limit, less the newline

struct PhysicalLine {
  uint32_t begin = 0;    // first byte (after a BOM on line 1)
  uint32_t end = 0;      // end of content: trailing \r and \n removed
  uint32_t next = 0;     // start of the next line (end of the terminator)
};

std::vector<PhysicalLine> split_lines(std::string_view text) {
  std::vector<PhysicalLine> lines;
  uint32_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  std::size_t pos = start;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
    std::size_t end = next;
    while (end > pos && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    lines.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(end), static_cast<uint32_t>(next)});
    pos = next;
  }
  return lines;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Go's unicode.IsSpace on leading bytes; non-ASCII spaces are rare enough to treat as text.
std::string_view trim_leading_space(std::string_view s) { return util::trim_left_ascii_space(s); }

// `# key = value` at the top of the file (keys are case-insensitive).
bool match_directive(std::string_view line, std::string& key, std::string& value) {
  if (line.empty() || line[0] != '#') return false;
  std::size_t pos = 1;
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  std::size_t key_begin = pos;
  if (pos >= line.size() || !util::is_ascii_alpha(line[pos])) return false;
  while (pos < line.size() && (util::is_ascii_alpha(line[pos]) || util::is_ascii_digit(line[pos]))) ++pos;
  std::size_t key_end = pos;
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  if (pos >= line.size() || line[pos] != '=') return false;
  ++pos;
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  std::string_view v = line.substr(pos);
  while (!v.empty() && is_blank(v.back())) v.remove_suffix(1);
  if (v.empty()) return false;
  key = util::to_lower_ascii(line.substr(key_begin, key_end - key_begin));
  value = std::string(v);
  return true;
}

// Removes a trailing line-continuation marker. Two escape characters in a row before the end
// never continue the line; a line holding only the marker does.
bool trim_continuation(std::string_view& line, char escape) {
  std::size_t end = line.size();
  while (end > 0 && is_blank(line[end - 1])) --end;
  if (end == 0 || line[end - 1] != escape) return false;
  std::size_t marker = end - 1;
  if (marker > 0 && line[marker - 1] == escape) return false;
  line = line.substr(0, marker);
  return true;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text), lines_(split_lines(text)) {}

  Dockerfile run() {
    check_line_lengths();
    std::size_t i = read_directives();
    std::vector<std::string> comments;
    while (i < lines_.size()) {
      std::string_view raw = line_text(i);
      std::string_view content = trim_leading_space(raw);
      if (!content.empty() && content[0] == '#') {
        record_comment(i, content, comments);
        ++i;
        continue;
      }
      std::string_view first = content;
      bool continues = trim_continuation(first, out_.escape);
      if (!continues && first.empty()) {
        ++i;
        continue;
      }
      i = read_instruction(i, first, continues, comments);
      comments.clear();
    }
    if (out_.instructions.empty()) {
      uint32_t end = static_cast<uint32_t>(text_.size());
      out_.diagnostics.push_back({core::Severity::kError, {0, end}, "file with no instructions"});
    }
    internal::type_instructions(out_, text_);
    return std::move(out_);
  }

 private:
  std::string_view line_text(std::size_t i) const {
    return text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin);
  }
  uint32_t offset_in_file(std::string_view view) const {
    return static_cast<uint32_t>(view.data() - text_.data());
  }
  core::Span line_span(std::size_t i) const { return {lines_[i].begin, lines_[i].end}; }

  void check_line_lengths() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].end - lines_[i].begin > kMaxLineLength) {
        out_.diagnostics.push_back({core::Severity::kError, line_span(i),
                                    util::format("dockerfile line greater than max allowed size of {}", kMaxLineLength)});
        return;
      }
    }
  }

  std::size_t read_directives() {
    std::size_t i = 0;
    for (; i < lines_.size(); ++i) {
      std::string_view content = trim_leading_space(line_text(i));
      std::string key;
      std::string value;
      if (!match_directive(content, key, value)) break;
      if (key != "syntax" && key != "escape" && key != "check") break;
      bool seen = false;
      for (const auto& d : out_.directives) seen = seen || d.key == key;
      if (seen) {
        out_.diagnostics.push_back({core::Severity::kError, line_span(i),
                                    util::format("only one {} parser directive can be used", key)});
      } else if (key == "escape" && value != "\\" && value != "`") {
        out_.diagnostics.push_back({core::Severity::kError, line_span(i),
                                    util::format("invalid escape token '{}' does not match ` or \\", value)});
      } else {
        if (key == "escape") out_.escape = value[0];
        out_.directives.push_back({key, value, line_span(i)});
      }
    }
    return i;
  }

  void record_comment(std::size_t i, std::string_view content, std::vector<std::string>& comments) {
    std::string text(util::trim_ascii_space(content.substr(1)));
    out_.comments.push_back({text, line_span(i), static_cast<uint32_t>(i + 1)});
    if (text.empty()) {
      comments.clear();
    } else {
      comments.push_back(std::move(text));
    }
  }

  std::size_t read_instruction(std::size_t i, std::string_view first, bool continues,
                               std::vector<std::string>& comments) {
    LogicalLine line;
    line.append(first, offset_in_file(first));
    std::size_t start = i;
    std::size_t last = i;
    bool empty_continuation = false;
    ++i;
    while (continues && i < lines_.size()) {
      std::string_view raw = line_text(i);
      std::string_view content = trim_leading_space(raw);
      last = i;
      ++i;
      if (!content.empty() && content[0] == '#') continue;  // comments inside continuations vanish
      if (content.empty()) {
        empty_continuation = true;
        continue;
      }
      std::string_view piece = raw;
      continues = trim_continuation(piece, out_.escape);
      line.append(piece, offset_in_file(piece));
    }

    Instruction instruction;
    instruction.start_line = static_cast<uint32_t>(start + 1);
    InstructionBuilder builder(line, out_.escape, out_.diagnostics);
    builder.build(line.text(), instruction);
    instruction.prev_comments = comments;
    if (empty_continuation) {
      out_.diagnostics.push_back({core::Severity::kWarning, line_span(last),
                                  "Empty continuation line found in: " + line.text()});
    }
    if (can_contain_heredoc(instruction) && line.text().find("<<") != std::string::npos) {
      i = read_heredocs(line, instruction, i, last);
    }
    instruction.end_line = static_cast<uint32_t>(last + 1);
    instruction.span = {instruction.keyword_span.begin, lines_[last].end};
    if (instruction.onbuild) {
      instruction.onbuild->start_line = instruction.start_line;
      instruction.onbuild->end_line = instruction.end_line;
    }
    out_.instructions.push_back(std::move(instruction));
    return i;
  }

  static bool can_contain_heredoc(const Instruction& in) {
    const Instruction& target = in.kind == Keyword::kOnbuild && in.onbuild ? *in.onbuild : in;
    bool kind_ok = target.kind == Keyword::kAdd || target.kind == Keyword::kCopy || target.kind == Keyword::kRun;
    return kind_ok && !target.json;
  }

  std::size_t read_heredocs(const LogicalLine& line, Instruction& instruction, std::size_t i, std::size_t& last) {
    std::size_t search_from = 0;
    for (auto& word : internal::heredocs_from_line(line.text())) {
      Heredoc doc;
      doc.name = word.name;
      doc.expand = word.expand;
      doc.chomp = word.chomp;
      doc.file_descriptor = word.file_descriptor;
      std::size_t at = line.text().find("<<", search_from);
      if (at != std::string::npos) {
        std::size_t begin = at;
        while (begin > 0 && util::is_ascii_digit(line.text()[begin - 1])) --begin;
        std::size_t end = at + 2;
        while (end < line.text().size() && is_blank(line.text()[end])) ++end;
        while (end < line.text().size() && !is_blank(line.text()[end])) ++end;
        doc.word_span = line.span(begin, end);
        search_from = at + 2;
      }
      bool terminated = false;
      uint32_t body_begin = i < lines_.size() ? lines_[i].begin : static_cast<uint32_t>(text_.size());
      uint32_t body_end = body_begin;
      while (i < lines_.size()) {
        std::string_view candidate = line_text(i);
        last = i;
        ++i;
        if (doc.chomp) {
          while (!candidate.empty() && candidate.front() == '\t') candidate.remove_prefix(1);
        }
        if (candidate == doc.name) {
          terminated = true;
          break;
        }
        doc.content.append(text_.substr(lines_[last].begin, lines_[last].next - lines_[last].begin));
        body_end = lines_[last].next;
      }
      doc.body_span = {body_begin, body_end};
      if (!terminated) {
        out_.diagnostics.push_back({core::Severity::kError, doc.word_span, "unterminated heredoc"});
      }
      instruction.heredocs.push_back(std::move(doc));
      if (!terminated) break;
    }
    return i;
  }

  std::string_view text_;
  std::vector<PhysicalLine> lines_;
  Dockerfile out_;
};

}  // namespace

Dockerfile parse(std::string_view text) { return Parser(text).run(); }

}  // namespace plimsoll::dockerfile
