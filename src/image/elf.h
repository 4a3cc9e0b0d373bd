// Just enough of ELF to know what the dynamic loader needs before a program runs: its
// interpreter, DT_NEEDED libraries and search paths; and where the loader would find each.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "image/model.h"

namespace plimsoll::image {

struct ElfInfo {
  bool is_64 = false;
  uint16_t machine = 0;      // e_machine
  std::string interpreter;  // PT_INTERP, empty for static programs
  std::vector<std::string> needed;
  std::vector<std::string> rpath;
  std::vector<std::string> runpath;
};

// nullopt when `bytes` is not an ELF file; a truncated or inconsistent one reads as far as it
// is sound (offsets are bounds-checked, never trusted).
std::optional<ElfInfo> read_elf(std::string_view bytes);

// The needed libraries (and the interpreter) that the loader would not find in the image for
// the program at `program` (a path in the image), searched as ld.so does: DT_RPATH unless
// DT_RUNPATH is set, LD_LIBRARY_PATH from the config, DT_RUNPATH, /etc/ld.so.conf, then the
// default directories (with Debian's multiarch ones, which its ld.so builds in). One level deep: libraries' own needs are not followed.
std::vector<std::string> missing_libraries(const Image& image, const std::string& program, const ElfInfo& elf);

}  // namespace plimsoll::image
