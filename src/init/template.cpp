// One pass over the text with a stack of open sections; a section's body is dropped while any
// enclosing section is off.
#include "init/template.h"

#include <vector>

#include "util/format.h"

namespace plimsoll::init {

namespace {

struct Open {
  std::string name;
  bool on;
};

std::size_t line_of(std::string_view text, std::size_t pos) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

}  // namespace

util::Result<std::string> render_template(std::string_view text, const TemplateValues& values, std::string_view origin) {
  std::string out;
  std::vector<Open> open;
  auto active = [&] {
    for (const auto& o : open) {
      if (!o.on) return false;
    }
    return true;
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t tag = text.find("{{", pos);
    if (tag == std::string_view::npos) {
      if (active()) out.append(text.substr(pos));
      break;
    }
    std::size_t close = text.find("}}", tag);
    if (close == std::string_view::npos) return util::unexpected(util::format("{}:{}: unclosed '{{{{'", origin, line_of(text, tag)));
    std::string_view body = text.substr(tag + 2, close - tag - 2);
    char sigil = body.empty() ? '\0' : body.front();
    bool is_section = sigil == '#' || sigil == '^' || sigil == '/';
    std::string name(is_section ? body.substr(1) : body);
    // A section tag alone on its line takes the whole line with it.
    std::size_t line_start = text.rfind('\n', tag == 0 ? 0 : tag - 1);
    line_start = line_start == std::string_view::npos || tag == 0 ? 0 : line_start + 1;
    if (tag == 0) line_start = 0;
    std::size_t after = close + 2;
    bool standalone = is_section && text.substr(line_start, tag - line_start).find_first_not_of(" ") == std::string_view::npos &&
                      (after == text.size() || text[after] == '\n');
    if (active()) out.append(text.substr(pos, (standalone ? line_start : tag) - pos));
    pos = standalone && after < text.size() ? after + 1 : after;
    auto value = values.find(name);
    if (value == values.end())
      return util::unexpected(util::format("{}:{}: unknown template value '{}'", origin, line_of(text, tag), name));
    if (sigil == '#' || sigil == '^') {
      open.push_back({name, (sigil == '#') == !value->second.empty()});
    } else if (sigil == '/') {
      if (open.empty() || open.back().name != name)
        return util::unexpected(util::format("{}:{}: '{{{{/{}}}}}' closes no open section", origin, line_of(text, tag), name));
      open.pop_back();
    } else if (active()) {
      out += value->second;
    }
  }
  if (!open.empty()) return util::unexpected(util::format("{}: section '{}' is never closed", origin, open.back().name));
  return out;
}

}  // namespace plimsoll::init
