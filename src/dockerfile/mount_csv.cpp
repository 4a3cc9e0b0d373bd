// One record of Go's encoding/csv as BuildKit reads a `--mount` value: comma-separated fields,
// a field that starts with `"` is quoted (`""` inside is a quote), a quote anywhere else in a
// field is an error, leading empty lines are skipped and only the first record counts.
#include "dockerfile/mount_csv.h"

namespace plimsoll::dockerfile::internal {
namespace {

bool at_line_end(std::string_view in, std::size_t pos) {
  return pos >= in.size() || in[pos] == '\n' || (in[pos] == '\r' && pos + 1 < in.size() && in[pos + 1] == '\n');
}

}  // namespace

CsvRecord read_csv_record(std::string_view in) {
  CsvRecord out;
  std::size_t pos = 0;
  while (pos < in.size() && at_line_end(in, pos)) pos += in[pos] == '\r' ? 2 : 1;
  if (pos >= in.size()) {
    out.error = "EOF";
    out.error_at = in.size();
    return out;
  }
  while (true) {
    CsvField field;
    field.begin = pos;
    if (pos < in.size() && in[pos] == '"') {
      field.quoted = true;
      ++pos;
      while (true) {
        std::size_t quote = in.find('"', pos);
        if (quote == std::string_view::npos) {
          out.error = "extraneous or missing \" in quoted-field";
          out.error_at = field.begin;
          return out;
        }
        field.text.append(in.substr(pos, quote - pos));
        pos = quote + 1;
        if (pos < in.size() && in[pos] == '"') {
          field.text += '"';
          ++pos;
          continue;
        }
        if (pos < in.size() && in[pos] == ',') break;
        if (at_line_end(in, pos)) break;
        out.error = "extraneous or missing \" in quoted-field";
        out.error_at = quote;
        return out;
      }
    } else {
      std::size_t end = pos;
      while (end < in.size() && in[end] != ',' && in[end] != '\n') ++end;
      std::size_t text_end = end;
      if (end < in.size() && in[end] == '\n' && text_end > pos && in[text_end - 1] == '\r') --text_end;
      std::string_view text = in.substr(pos, text_end - pos);
      if (std::size_t bare = text.find('"'); bare != std::string_view::npos) {
        out.error = "bare \" in non-quoted-field";
        out.error_at = pos + bare;
        return out;
      }
      field.text = std::string(text);
      pos = end;
    }
    field.end = pos;
    out.fields.push_back(std::move(field));
    if (pos < in.size() && in[pos] == ',') {
      ++pos;
      continue;
    }
    return out;
  }
}

}  // namespace plimsoll::dockerfile::internal
