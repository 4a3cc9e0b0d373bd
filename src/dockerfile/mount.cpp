// BuildKit's `RUN --mount` grammar (instructions/commands_runmount.go, parseMount and
// validateMount) over the CSV fields: keys are case-insensitive, `type` decides which keys are
// allowed from then on, ro/rw/required may stand alone, and the read-only default depends on
// the type. Values holding `$` are expanded by BuildKit at build time, so they are kept as
// written and not judged here.
#include <cstdint>
#include <limits>

#include "dockerfile/mount_csv.h"
#include "dockerfile/typed_internal.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::dockerfile::internal {
namespace {

std::optional<bool> parse_go_bool(std::string_view v) {
  if (v == "1" || v == "t" || v == "T" || v == "TRUE" || v == "true" || v == "True") return true;
  if (v == "0" || v == "f" || v == "F" || v == "FALSE" || v == "false" || v == "False") return false;
  return std::nullopt;
}

std::optional<uint32_t> parse_uint32(std::string_view v, unsigned base) {
  if (v.empty()) return std::nullopt;
  uint64_t n = 0;
  for (char c : v) {
    unsigned digit = static_cast<unsigned>(c - '0');
    if (c < '0' || c > '9' || digit >= base) return std::nullopt;
    n = n * base + digit;
    if (n > std::numeric_limits<uint32_t>::max()) return std::nullopt;
  }
  return static_cast<uint32_t>(n);
}

// docker/go-units RAMInBytes: a decimal number, an optional space, then k/m/g/t/p with an
// optional `i` and `b` (binary multiples either way), or `b` alone.
std::optional<int64_t> parse_ram_bytes(std::string_view v) {
  std::size_t pos = 0;
  while (pos < v.size() && util::is_ascii_digit(v[pos])) ++pos;
  if (pos == 0) return std::nullopt;
  if (pos < v.size() && v[pos] == '.') {
    std::size_t frac = ++pos;
    while (pos < v.size() && util::is_ascii_digit(v[pos])) ++pos;
    if (pos == frac) return std::nullopt;
  }
  if (pos > 32) return std::nullopt;  // beyond int64 whatever the unit (and beyond std::stod)
  double number = std::stod(std::string(v.substr(0, pos)));
  if (pos < v.size() && v[pos] == ' ') ++pos;
  double unit = 1;
  if (pos < v.size()) {
    switch (v[pos] | 0x20) {
      case 'k': unit = 1024.0; break;
      case 'm': unit = 1024.0 * 1024; break;
      case 'g': unit = 1024.0 * 1024 * 1024; break;
      case 't': unit = 1024.0 * 1024 * 1024 * 1024; break;
      case 'p': unit = 1024.0 * 1024 * 1024 * 1024 * 1024; break;
      default: unit = 0; break;
    }
    if (unit != 0) ++pos;
    if (unit == 0) unit = 1;
  }
  if (pos < v.size() && (v[pos] | 0x20) == 'i') ++pos;
  if (pos < v.size() && (v[pos] | 0x20) == 'b') ++pos;
  if (pos != v.size()) return std::nullopt;
  double bytes = number * unit;
  if (bytes > static_cast<double>(std::numeric_limits<int64_t>::max())) return std::nullopt;
  return static_cast<int64_t>(bytes);
}

std::optional<MountType> mount_type(std::string_view lower) {
  if (lower == "bind") return MountType::kBind;
  if (lower == "cache") return MountType::kCache;
  if (lower == "tmpfs") return MountType::kTmpfs;
  if (lower == "secret") return MountType::kSecret;
  if (lower == "ssh") return MountType::kSsh;
  return std::nullopt;
}

class MountReader {
 public:
  MountReader(const FlagText& spans, core::Span flag_span, const TypingContext& ctx)
      : spans_(spans), ctx_(ctx) {
    mount_.flag_span = flag_span;
  }

  Mount read(std::string_view value) {
    CsvRecord record = read_csv_record(value);
    if (!record.ok()) {
      error(spans_.value_span(record.error_at, record.error_at + 1), "failed to parse csv mounts: " + record.error);
      return std::move(mount_);
    }
    for (const auto& field : record.fields) {
      if (!read_field(field)) return std::move(mount_);
    }
    validate();
    if (!ro_written_) mount_.readonly = mount_.type != MountType::kCache && mount_.type != MountType::kTmpfs;
    return std::move(mount_);
  }

 private:
  bool read_field(const CsvField& field) {
    std::string_view text = field.text;
    std::size_t eq = text.find('=');
    std::string key = util::to_lower_ascii(text.substr(0, eq));
    core::Span field_span = spans_.value_span(field.begin, field.end);
    core::Span value_span = field_span;
    if (!field.quoted && eq != std::string_view::npos) value_span = spans_.value_span(field.begin + eq + 1, field.end);
    if (eq == std::string_view::npos) return read_bare(key, text, field_span);
    std::string value(text.substr(eq + 1));
    if (key == "from" && has_variable(value)) {
      return error(value_span, "'from' doesn't support variable expansion, define alias stage instead");
    }
    bool variable = value.find('$') != std::string::npos;  // expanded at build time: not judged
    Spanned spanned{value, value_span};
    if (key == "type") {
      mount_.type_field = spanned;
      if (variable) {
        type_known_ = false;
        return true;
      }
      auto type = mount_type(util::to_lower_ascii(value));
      if (!type) return error(value_span, util::format("unsupported mount type \"{}\" (bind, cache, tmpfs, secret or ssh)", value));
      mount_.type = *type;
    } else if (key == "from") {
      mount_.from = spanned;
    } else if (key == "source" || key == "src") {
      mount_.source = spanned;
    } else if (key == "target" || key == "dst" || key == "destination") {
      mount_.target = spanned;
    } else if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw") {
      ro_written_ = mount_.readonly_written = true;
      if (variable) return true;
      auto flag = parse_go_bool(value);
      if (!flag) return error(value_span, util::format("invalid value for {}: {}", key, value));
      mount_.readonly = (key == "readonly" || key == "ro") ? *flag : !*flag;
    } else if (key == "required") {
      if (!secret_or_ssh()) return unexpected(key, field_span);
      if (variable) return true;
      auto flag = parse_go_bool(value);
      if (!flag) return error(value_span, util::format("invalid value for {}: {}", key, value));
      mount_.required = *flag;
    } else if (key == "size") {
      if (type_known_ && mount_.type != MountType::kTmpfs) return unexpected(key, field_span);
      if (variable) return true;
      mount_.size = parse_ram_bytes(value);
      if (!mount_.size) return error(value_span, util::format("invalid value for {}: {}", key, value));
    } else if (key == "id") {
      mount_.id = spanned;
    } else if (key == "sharing") {
      spanned.value = util::to_lower_ascii(value);
      mount_.sharing = spanned;
      sharing_span_ = field_span;
      if (!variable && spanned.value != "shared" && spanned.value != "private" && spanned.value != "locked") {
        return error(value_span, util::format("unsupported sharing value \"{}\" (shared, private or locked)", value));
      }
    } else if (key == "mode" || key == "uid" || key == "gid") {
      file_info_span_ = field_span;
      file_info_key_ = key;
      if (variable) return true;
      auto number = parse_uint32(value, key == "mode" ? 8 : 10);
      if (!number) return error(value_span, util::format("invalid value {} for {}", value, key));
      (key == "mode" ? mount_.mode : key == "uid" ? mount_.uid : mount_.gid) = number;
    } else if (key == "env") {
      if (type_known_ && mount_.type != MountType::kSecret) return unexpected(key, field_span);
      mount_.env = spanned;
    } else {
      return error(field_span, util::format("unexpected key '{}' in '{}' (type, from, source, target, readonly, id, "
                                            "sharing, required, mode, uid, gid, size, env)",
                                            key, field.text));
    }
    return true;
  }

  // `ro`, `rw`, `readonly`, `readwrite` and `required` may be written without a value.
  bool read_bare(const std::string& key, std::string_view text, core::Span span) {
    if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw") {
      ro_written_ = mount_.readonly_written = true;
      mount_.readonly = key == "readonly" || key == "ro";
      return true;
    }
    if (key == "required") {
      if (!secret_or_ssh()) return unexpected(key, span);
      mount_.required = true;
      return true;
    }
    return error(span, util::format("invalid field '{}' must be a key=value pair", text));
  }

  void validate() {
    if (!type_known_) return;
    MountType type = mount_.type;
    bool file_info = type == MountType::kSecret || type == MountType::kSsh || type == MountType::kCache;
    if (!file_info && !file_info_key_.empty()) {
      error(file_info_span_, util::format("{} not allowed for \"{}\" type mounts", file_info_key_, mount_type_name(type)));
      return;
    }
    if (type == MountType::kSecret) {
      if (mount_.from) {
        error(mount_.from->span, "secret mount should not have a from");
        return;
      }
      if (mount_.sharing) {
        error(sharing_span_, "secret mount should not define sharing");
        return;
      }
      if (!mount_.source && !mount_.target && !mount_.id && !mount_.env) {
        error(mount_.flag_span, "invalid secret mount. one of source, target, id or env required");
        return;
      }
      if (mount_.source && mount_.id) {
        error(mount_.id->span, "both source and id can't be set");
        return;
      }
    }
    if (mount_.sharing && type != MountType::kCache) {
      error(sharing_span_, util::format("invalid cache sharing set for {} mount", mount_type_name(type)));
    }
  }

  bool secret_or_ssh() const {
    return !type_known_ || mount_.type == MountType::kSecret || mount_.type == MountType::kSsh;
  }
  bool unexpected(const std::string& key, core::Span span) {
    return error(span, util::format("unexpected key '{}' for mount type '{}'", key, mount_type_name(mount_.type)));
  }
  static bool has_variable(std::string_view value) {
    std::size_t dollar = value.find('$');
    return dollar != std::string_view::npos && dollar + 1 < value.size();
  }
  bool error(core::Span span, std::string message) {
    mount_.valid = false;
    ctx_.error(span, std::move(message));
    return false;
  }

  const FlagText& spans_;
  const TypingContext& ctx_;
  Mount mount_;
  bool ro_written_ = false;
  bool type_known_ = true;
  core::Span sharing_span_;
  core::Span file_info_span_;
  std::string file_info_key_;
};

}  // namespace

Mount parse_mount(std::string_view value, const FlagText& spans, core::Span flag_span, const TypingContext& ctx) {
  return MountReader(spans, flag_span, ctx).read(value);
}

}  // namespace plimsoll::dockerfile::internal
