#include "dockerfile/validate.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "util/format.h"
#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

enum class FlagType { kString, kBool, kList };

struct FlagSpec {
  std::string_view name;
  FlagType type;
};

struct InstructionFlags {
  Keyword keyword;
  std::initializer_list<FlagSpec> flags;
};

// Accepted flags per instruction; instructions not listed accept none.
const InstructionFlags kAccepted[] = {
    {Keyword::kFrom, {{"platform", FlagType::kString}}},
    {Keyword::kCopy,
     {{"from", FlagType::kString}, {"chown", FlagType::kString}, {"chmod", FlagType::kString},
      {"link", FlagType::kBool}, {"parents", FlagType::kBool}, {"exclude", FlagType::kList}}},
    {Keyword::kAdd,
     {{"chown", FlagType::kString}, {"chmod", FlagType::kString}, {"link", FlagType::kBool},
      {"keep-git-dir", FlagType::kBool}, {"checksum", FlagType::kString}, {"unpack", FlagType::kBool},
      {"exclude", FlagType::kList}}},
    {Keyword::kRun,
     {{"mount", FlagType::kList}, {"network", FlagType::kString}, {"security", FlagType::kString},
      {"device", FlagType::kList}}},
    {Keyword::kHealthcheck,
     {{"interval", FlagType::kString}, {"timeout", FlagType::kString}, {"start-period", FlagType::kString},
      {"start-interval", FlagType::kString}, {"retries", FlagType::kString}}},
};

const FlagSpec* find_spec(Keyword keyword, std::string_view name) {
  for (const auto& entry : kAccepted) {
    if (entry.keyword != keyword) continue;
    for (const auto& spec : entry.flags) {
      if (spec.name == name) return &spec;
    }
  }
  return nullptr;
}

// ARG, STOPSIGNAL and HEALTHCHECK NONE never look at their flags in BuildKit.
bool flags_ignored(const Instruction& in) {
  if (in.kind == Keyword::kArg || in.kind == Keyword::kStopsignal) return true;
  return in.kind == Keyword::kHealthcheck && !in.args.empty() && util::iequals_ascii(in.args[0].value, "NONE");
}

void check_instruction(const Instruction& in, std::vector<core::Diagnostic>& out) {
  if (in.kind == Keyword::kUnknown || flags_ignored(in)) return;
  auto error = [&](const Flag& flag, std::string message) {
    out.push_back({core::Severity::kError, flag.span, std::move(message)});
  };
  for (std::size_t i = 0; i < in.flags.size(); ++i) {
    const Flag& flag = in.flags[i];
    const FlagSpec* spec = find_spec(in.kind, flag.name);
    if (spec == nullptr) {
      error(flag, util::format("unknown flag: --{} (on {})", flag.name, util::to_upper_ascii(in.keyword)));
      continue;
    }
    bool repeated = std::any_of(in.flags.begin(), in.flags.begin() + static_cast<std::ptrdiff_t>(i),
                                [&](const Flag& earlier) { return earlier.name == flag.name; });
    if (repeated && spec->type != FlagType::kList) {
      error(flag, util::format("duplicate flag specified: --{}", flag.name));
    }
    if (spec->type == FlagType::kBool && flag.has_value && !util::iequals_ascii(flag.value, "true") &&
        !util::iequals_ascii(flag.value, "false")) {
      error(flag, util::format("expecting boolean value for flag --{}, not: {}", flag.name, flag.value));
    }
    if (spec->type != FlagType::kBool && !flag.has_value) {
      error(flag, util::format("missing a value on flag: --{}", flag.name));
    }
    if (in.kind == Keyword::kRun && flag.name == "network" && flag.has_value && flag.value != "default" &&
        flag.value != "none" && flag.value != "host") {
      error(flag, util::format("unsupported network mode \"{}\"", flag.value));
    }
    if (in.kind == Keyword::kRun && flag.name == "security" && flag.has_value && flag.value != "sandbox" &&
        flag.value != "insecure") {
      error(flag, util::format("unsupported security mode \"{}\"", flag.value));
    }
  }
}

}  // namespace

std::vector<core::Diagnostic> validate_flags(const Dockerfile& file) {
  std::vector<core::Diagnostic> out;
  for (const auto& in : file.instructions) {
    check_instruction(in, out);
    if (in.onbuild) check_instruction(*in.onbuild, out);
  }
  return out;
}

}  // namespace plimsoll::dockerfile
