// Go's encoding/csv, one record, as BuildKit uses it for `RUN --mount` values. Internal to the
// typed instruction layer; offsets index the value that was read so spans can be mapped back.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::dockerfile::internal {

struct CsvField {
  std::string text;  // quotes removed, `""` turned into `"`
  std::size_t begin = 0;  // the raw field, quotes included
  std::size_t end = 0;
  bool quoted = false;
};

struct CsvRecord {
  std::vector<CsvField> fields;
  std::string error;  // Go's message ("bare \" in non-quoted-field", "EOF", ...); empty when fine
  std::size_t error_at = 0;
  bool ok() const { return error.empty(); }
};

CsvRecord read_csv_record(std::string_view in);

}  // namespace plimsoll::dockerfile::internal
