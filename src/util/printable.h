// Text from linted files made safe to print: no byte of it reaches a terminal or a CI log as a
// control sequence, and no report it is written into stops being valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::util {

struct PrintableOptions {
  bool keep_tab = true;       // a tab is harmless on a terminal and lines carets up
  bool keep_newline = false;  // for multi-line text whose caller handles line breaks
};

// `text` with every character that could steer a terminal written as a visible escape:
// C0 controls (`\n`, `\r`, `\t` when not kept, `\x1b` for ESC, so no ESC-led sequence
// survives, `\x00`…), DEL (`\x7f`), C1 controls (`\u009b`) and the bidirectional overrides
// and isolates that reorder what a reader sees (`\u202e`), and the non-characters U+FFFE and
// U+FFFF. A byte that is not UTF-8 is
// written `\xff`. The result is valid UTF-8. Text with nothing to escape comes back as is.
std::string printable(std::string_view text, PrintableOptions options = {});

// How many columns printable() gives the one character at text[pos] (`length` bytes): 1 for
// a character kept, the escape's width otherwise. Lets a caret line up under escaped text.
std::size_t printable_width(std::string_view text, std::size_t pos, std::size_t& length,
                            PrintableOptions options = {});

}  // namespace plimsoll::util
