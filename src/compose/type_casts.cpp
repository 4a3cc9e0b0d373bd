#include "compose/type_casts.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace plimsoll::compose {
namespace {

using nlohmann::json;

enum class Cast { kInt, kFloat, kBool };

struct TypedPath {
  std::string_view pattern;  // dot-separated; `*` any key or item, `[]` any list item
  Cast cast;
};

// The typed paths compose (compose-go's loader) converts after interpolation. `cpus`,
// `pids_limit` and the like also take strings in the schema, so a value that does not convert
// fails here, before the schema is consulted.
constexpr TypedPath kTypedPaths[] = {
    {"services.*.cpu_count", Cast::kInt},
    {"services.*.cpu_percent", Cast::kFloat},
    {"services.*.cpu_period", Cast::kInt},
    {"services.*.cpu_quota", Cast::kInt},
    {"services.*.cpu_rt_period", Cast::kInt},
    {"services.*.cpu_rt_runtime", Cast::kInt},
    {"services.*.cpus", Cast::kFloat},
    {"services.*.cpu_shares", Cast::kInt},
    {"services.*.init", Cast::kBool},
    {"services.*.depends_on.*.required", Cast::kBool},
    {"services.*.depends_on.*.restart", Cast::kBool},
    {"services.*.deploy.replicas", Cast::kInt},
    {"services.*.deploy.update_config.parallelism", Cast::kInt},
    {"services.*.deploy.update_config.max_failure_ratio", Cast::kFloat},
    {"services.*.deploy.rollback_config.parallelism", Cast::kInt},
    {"services.*.deploy.rollback_config.max_failure_ratio", Cast::kFloat},
    {"services.*.deploy.restart_policy.max_attempts", Cast::kInt},
    {"services.*.deploy.placement.max_replicas_per_node", Cast::kInt},
    {"services.*.healthcheck.retries", Cast::kInt},
    {"services.*.healthcheck.disable", Cast::kBool},
    {"services.*.oom_kill_disable", Cast::kBool},
    {"services.*.oom_score_adj", Cast::kInt},
    {"services.*.pids_limit", Cast::kInt},
    {"services.*.ports.[].target", Cast::kInt},
    {"services.*.privileged", Cast::kBool},
    {"services.*.read_only", Cast::kBool},
    {"services.*.scale", Cast::kInt},
    {"services.*.stdin_open", Cast::kBool},
    {"services.*.tty", Cast::kBool},
    {"services.*.ulimits.*", Cast::kInt},
    {"services.*.ulimits.*.hard", Cast::kInt},
    {"services.*.ulimits.*.soft", Cast::kInt},
    {"services.*.volumes.[].read_only", Cast::kBool},
    {"services.*.volumes.[].volume.nocopy", Cast::kBool},
    {"networks.*.external", Cast::kBool},
    {"networks.*.internal", Cast::kBool},
    {"networks.*.attachable", Cast::kBool},
    {"networks.*.enable_ipv4", Cast::kBool},
    {"networks.*.enable_ipv6", Cast::kBool},
    {"volumes.*.external", Cast::kBool},
    {"secrets.*.external", Cast::kBool},
    {"configs.*.external", Cast::kBool},
};

// Go's strconv.Atoi / ParseInt(s, 10, 64): an optional sign and decimal digits, nothing else.
std::optional<json> to_int(std::string_view s) {
  std::string_view digits = s;
  if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  int64_t value = 0;
  std::string_view signed_text = s[0] == '+' ? s.substr(1) : s;
  auto [end, ec] = std::from_chars(signed_text.data(), signed_text.data() + signed_text.size(), value);
  if (ec != std::errc() || end != signed_text.data() + signed_text.size()) return std::nullopt;
  return json(value);
}

// Go's strconv.ParseFloat: decimal or exponent forms, inf/infinity/nan in any case; no spaces.
std::optional<json> to_float(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.front() == '\t' || s.front() == '\n') return std::nullopt;
  std::string text(s);
  if (text.find_first_of("xX") != std::string::npos && text.find_first_of("pP") == std::string::npos) {
    return std::nullopt;  // Go wants a binary exponent on a hexadecimal float
  }
  errno = 0;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return json(value);
}

// compose's booleans: true/false, and (with a warning) y/yes/on and n/no/off, in any case.
std::optional<json> to_bool(std::string_view s) {
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "true" || lower == "y" || lower == "yes" || lower == "on") return json(true);
  if (lower == "false" || lower == "n" || lower == "no" || lower == "off") return json(false);
  return std::nullopt;
}

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

class Caster {
 public:
  explicit Caster(std::vector<CastFailure>& failures) : failures_(failures) {}

  void walk(json& value, std::string_view rest, const std::string& pointer, const std::string& path, Cast cast) {
    if (rest.empty()) {
      convert(value, pointer, path, cast);
      return;
    }
    std::size_t dot = rest.find('.');
    std::string_view part = rest.substr(0, dot);
    std::string_view next = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    if (value.is_object() && part != "[]") {
      for (auto it = value.begin(); it != value.end(); ++it) {
        if (part != "*" && it.key() != part) continue;
        walk(it.value(), next, pointer + "/" + pointer_token(it.key()), path.empty() ? it.key() : path + "." + it.key(),
             cast);
      }
    } else if (value.is_array() && (part == "*" || part == "[]")) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        walk(value[i], next, pointer + "/" + std::to_string(i), path + "[" + std::to_string(i) + "]", cast);
      }
    }
  }

 private:
  void convert(json& value, const std::string& pointer, const std::string& path, Cast cast) {
    if (!value.is_string()) return;  // YAML already typed it; compose converts only strings
    std::string text = value.get<std::string>();
    std::optional<json> converted;
    const char* wanted = "";
    switch (cast) {
      case Cast::kInt:
        converted = to_int(text);
        wanted = "an integer";
        break;
      case Cast::kFloat:
        converted = to_float(text);
        wanted = "a number";
        break;
      case Cast::kBool:
        converted = to_bool(text);
        wanted = "a boolean";
        break;
    }
    if (converted) {
      value = std::move(*converted);
    } else {
      failures_.push_back({pointer, path, std::move(text), wanted});
    }
  }

  std::vector<CastFailure>& failures_;
};

}  // namespace

std::vector<CastFailure> apply_type_casts(nlohmann::json& instance) {
  std::vector<CastFailure> failures;
  Caster caster(failures);
  for (const TypedPath& typed : kTypedPaths) caster.walk(instance, typed.pattern, "", "", typed.cast);
  return failures;
}

}  // namespace plimsoll::compose
