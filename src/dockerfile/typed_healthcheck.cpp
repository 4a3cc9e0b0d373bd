// HEALTHCHECK: NONE or CMD, its options parsed the way BuildKit's parseHealthcheck parses them
// (Go durations of at least 1ms or 0, a non-negative 32-bit retry count), and the probe command.
#include <limits>

#include "dockerfile/typed_internal.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::dockerfile::internal {
namespace {

constexpr int64_t kMinimumDurationNs = 1'000'000;  // container.MinimumDuration

std::optional<int64_t> unit_ns(std::string_view unit) {
  if (unit == "ns") return 1;
  if (unit == "us" || unit == "\xC2\xB5s" || unit == "\xCE\xBCs") return 1'000;
  if (unit == "ms") return 1'000'000;
  if (unit == "s") return 1'000'000'000;
  if (unit == "m") return 60'000'000'000;
  if (unit == "h") return 3'600'000'000'000;
  return std::nullopt;
}

void duration_option(const std::optional<StringFlag>& flag, std::string_view name, std::optional<int64_t>& out,
                     const TypingContext& ctx) {
  if (!flag || flag->value.empty()) return;
  auto ns = parse_go_duration(flag->value);
  if (!ns) {
    ctx.error(flag->span, util::format("time: invalid duration \"{}\" for --{} (e.g. 30s, 1m30s, 500ms)", flag->value, name));
  } else if (*ns != 0 && *ns < kMinimumDurationNs) {
    ctx.error(flag->span, util::format("Interval \"{}\" cannot be less than 1ms", name));
  } else {
    out = ns;
  }
}

void retries_option(HealthcheckArgs& check, const TypingContext& ctx) {
  if (!check.retries || check.retries->value.empty()) return;
  std::string_view v = check.retries->value;
  std::size_t digits = v.front() == '-' || v.front() == '+' ? 1 : 0;
  bool numeric = digits < v.size();
  int64_t n = 0;
  for (std::size_t i = digits; numeric && i < v.size(); ++i) {
    numeric = util::is_ascii_digit(v[i]) && n <= std::numeric_limits<int32_t>::max();
    n = n * 10 + (v[i] - '0');
  }
  if (v.front() == '-') n = -n;
  if (!numeric || n > std::numeric_limits<int32_t>::max() || n < std::numeric_limits<int32_t>::min()) {
    ctx.error(check.retries->span, util::format("invalid value \"{}\" for --retries: a whole number is needed", v));
  } else if (n < 0) {
    ctx.error(check.retries->span, util::format("--retries cannot be negative ({})", n));
  } else {
    check.retries_count = n;
  }
}

}  // namespace

std::optional<int64_t> parse_go_duration(std::string_view s) {
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return 0;
  if (s.empty()) return std::nullopt;
  double total = 0;
  while (!s.empty()) {
    std::size_t pos = 0;
    while (pos < s.size() && util::is_ascii_digit(s[pos])) ++pos;
    std::size_t whole = pos;
    if (pos < s.size() && s[pos] == '.') {
      ++pos;
      while (pos < s.size() && util::is_ascii_digit(s[pos])) ++pos;
    }
    if (whole == 0 && pos <= 1) return std::nullopt;  // no digits at all
    if (pos > 32) return std::nullopt;  // overflows int64 nanoseconds (and std::stod)
    double number = std::stod("0" + std::string(s.substr(0, pos)));
    std::size_t unit_end = pos;
    while (unit_end < s.size() && s[unit_end] != '.' && !util::is_ascii_digit(s[unit_end])) ++unit_end;
    auto unit = unit_ns(s.substr(pos, unit_end - pos));
    if (!unit) return std::nullopt;  // missing or unknown unit
    total += number * static_cast<double>(*unit);
    if (total > static_cast<double>(std::numeric_limits<int64_t>::max())) return std::nullopt;
    s.remove_prefix(unit_end);
  }
  int64_t ns = static_cast<int64_t>(total);
  return negative ? -ns : ns;
}

void type_healthcheck(const Instruction& in, const TypingContext& ctx, Typed& out) {
  HealthcheckArgs check;
  if (in.args.empty()) {
    ctx.error(in.keyword_span, "HEALTHCHECK requires at least one argument");
    out.value = std::move(check);
    return;
  }
  check.type = {util::to_upper_ascii(in.args[0].value), in.args[0].span};
  check.json = in.json;
  for (std::size_t i = 1; i < in.args.size(); ++i) check.command.push_back({in.args[i].value, in.args[i].span});
  if (check.type.value == "NONE") {
    // BuildKit never reads the flags of HEALTHCHECK NONE.
    check.none = true;
    if (!check.command.empty()) ctx.error(check.command.front().span, "HEALTHCHECK NONE takes no arguments");
    out.value = std::move(check);
    return;
  }
  for (const auto& flag : in.flags) {
    if (flag.name == "interval") check.interval = string_flag(flag, ctx);
    if (flag.name == "timeout") check.timeout = string_flag(flag, ctx);
    if (flag.name == "start-period") check.start_period = string_flag(flag, ctx);
    if (flag.name == "start-interval") check.start_interval = string_flag(flag, ctx);
    if (flag.name == "retries") check.retries = string_flag(flag, ctx);
  }
  if (check.type.value != "CMD") {
    ctx.error(check.type.span, util::format("Unknown type \"{}\" in HEALTHCHECK (try CMD)", check.type.value));
  } else if (check.command.empty()) {
    ctx.error(check.type.span, "Missing command after HEALTHCHECK CMD");
  }
  duration_option(check.interval, "interval", check.interval_ns, ctx);
  duration_option(check.timeout, "timeout", check.timeout_ns, ctx);
  duration_option(check.start_period, "start-period", check.start_period_ns, ctx);
  duration_option(check.start_interval, "start-interval", check.start_interval_ns, ctx);
  retries_option(check, ctx);
  out.value = std::move(check);
}

}  // namespace plimsoll::dockerfile::internal
