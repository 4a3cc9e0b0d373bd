// The typed view of each instruction's arguments, filled once by `parse` so that no consumer
// re-parses flag strings or argument chains. Plain values owned by the Instruction; spans index
// the same SourceFile as the rest of the syntax tree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/location.h"

namespace plimsoll::dockerfile {

// A value with where it was written. When quoting inside a flag word moved bytes around so
// that the value cannot be mapped back byte for byte, the span is the whole flag word.
struct Spanned {
  std::string value;
  core::Span span;
};

// A string-valued builder flag such as `--from=builder`.
struct StringFlag {
  std::string value;  // as BuildKit stores it, before variable expansion
  core::Span span;    // the value
  core::Span flag_span;  // the whole `--name=value` word
};

// A boolean builder flag (`--link`, `--link=false`).
struct BoolFlag {
  bool value = true;
  core::Span flag_span;
};

// One ENV or LABEL pair. BuildKit keeps keys and values raw in its tree and removes quotes and
// escapes when it expands them; `key` and `value` are that result with variables left as written.
struct KeyValue {
  std::string key;
  std::string value;
  std::string raw_key;    // as written (what `debug ast` prints)
  std::string raw_value;  // as written; expand this one to get what the build sees
  core::Span key_span;
  core::Span value_span;
  bool legacy = false;  // the `ENV key value` form
};

// One name of an ARG instruction (`ARG a b=1` declares two).
struct ArgDecl {
  std::string name;                          // unquoted
  std::optional<std::string> default_value;  // unquoted, variables as written
  std::string raw_default;                   // as written (empty without a default)
  core::Span name_span;
  core::Span default_span;  // empty without a default
  core::Span span;          // the whole word
};

// A COPY/ADD source: a path, URL or git reference as written, or an inline heredoc file.
struct CopySource {
  std::string path;  // the argument as BuildKit stores it; the `<<NAME` word for heredocs
  core::Span span;
  bool inline_file = false;  // a heredoc word: the file's content is the heredoc body
  // Index into the heredocs of the instruction that carries them (the ONBUILD for a trigger);
  // absent for paths, and for a heredoc word whose body was never read.
  std::optional<std::size_t> heredoc;
};

struct CopyArgs {
  std::optional<StringFlag> from;  // COPY only
  std::optional<StringFlag> chown;
  std::optional<StringFlag> chmod;
  std::optional<StringFlag> checksum;  // ADD only
  std::optional<BoolFlag> link;
  std::optional<BoolFlag> parents;       // COPY only
  std::optional<BoolFlag> keep_git_dir;  // ADD only
  std::optional<BoolFlag> unpack;        // ADD only
  std::vector<StringFlag> excludes;
  std::vector<CopySource> sources;     // empty when there is no destination
  std::optional<Spanned> destination;  // absent with fewer than two arguments
  bool json = false;                   // exec form `COPY ["a", "b"]`

  bool from_context() const { return !from.has_value(); }
  bool linked() const { return link && link->value; }
};

enum class MountType : uint8_t { kBind, kCache, kTmpfs, kSecret, kSsh };
std::string_view mount_type_name(MountType type);

// One `RUN --mount=` value, read with BuildKit's CSV mount grammar. Fields hold their values as
// written (BuildKit expands variables in them at build time).
struct Mount {
  MountType type = MountType::kBind;
  std::optional<Spanned> type_field;  // absent when the default (bind) applies
  std::optional<Spanned> target;      // target, dst or destination
  std::optional<Spanned> source;      // source or src
  std::optional<Spanned> from;
  std::optional<Spanned> id;
  std::optional<Spanned> sharing;  // lower-cased: shared, private or locked
  std::optional<Spanned> env;      // secret mounts: expose the secret as this variable
  std::optional<uint32_t> mode;
  std::optional<uint32_t> uid;
  std::optional<uint32_t> gid;
  std::optional<int64_t> size;  // tmpfs, in bytes
  bool readonly = false;  // after BuildKit's default: bind, secret and ssh mounts are read-only
  bool readonly_written = false;  // ro/rw given explicitly
  bool required = false;
  bool valid = true;  // false when the value has an error (reported in instruction_diagnostics)
  core::Span flag_span;  // the whole `--mount=...` word

  // What the RUN writes under the target of a cache, tmpfs or bind mount (bind writes are
  // discarded) never reaches the layer; secret and ssh mounts are single files or sockets.
  bool keeps_out_of_layer() const { return type != MountType::kSecret && type != MountType::kSsh; }
};

struct RunArgs {
  std::vector<Mount> mounts;
  std::optional<StringFlag> network;   // default, none or host
  std::optional<StringFlag> security;  // sandbox or insecure
  std::vector<StringFlag> devices;

  bool has_flags() const { return !mounts.empty() || network || security || !devices.empty(); }
};

struct HealthcheckArgs {
  bool none = false;  // HEALTHCHECK NONE
  Spanned type;       // CMD, NONE or whatever was written
  std::optional<StringFlag> interval;
  std::optional<StringFlag> timeout;
  std::optional<StringFlag> start_period;
  std::optional<StringFlag> start_interval;
  std::optional<StringFlag> retries;
  // Parsed option values; absent when the option is missing or invalid.
  std::optional<int64_t> interval_ns;
  std::optional<int64_t> timeout_ns;
  std::optional<int64_t> start_period_ns;
  std::optional<int64_t> start_interval_ns;
  std::optional<int64_t> retries_count;
  std::vector<Spanned> command;  // exec form: the argv; shell form: one element, the text
  bool json = false;

  const StringFlag* option(std::string_view name) const;  // by flag name without dashes
};

// The typed arguments of one instruction: at most one of the families, the one its keyword
// has. Asking for another family gives an empty list or nullptr.
class Typed {
 public:
  using Value = std::variant<std::monostate, std::vector<KeyValue>, std::vector<ArgDecl>, CopyArgs, RunArgs,
                             HealthcheckArgs>;

  const std::vector<KeyValue>& pairs() const;  // ENV, LABEL
  const std::vector<ArgDecl>& args() const;    // ARG
  const CopyArgs* copy() const;                // COPY, ADD
  const RunArgs* run() const;                  // RUN
  const HealthcheckArgs* healthcheck() const;  // HEALTHCHECK

  Value value;  // filled by `parse`
};

}  // namespace plimsoll::dockerfile
