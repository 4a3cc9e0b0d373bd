// The rule interface: constexpr metadata plus hooks for what a rule looks at. Rules are
// stateless and shared by all threads; per-file state lives in the FileContext they receive.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "core/severity.h"
#include "dockerfile/ast.h"
#include "dockerfile/model.h"

namespace plimsoll::rules {

class FileContext;
class ProjectContext;
class ImageContext;

// An option a rule accepts in `.plimsoll.yaml` (`rules: {DF003: {allowed-bases: [...]}}`).
enum class OptionKind { kString, kStringList, kInteger, kBoolean };

struct OptionSpec {
  std::string_view name;           // kebab-case
  OptionKind kind;
  std::string_view default_value;  // as text; a list is comma-separated
  std::string_view description;
};

// Whether a rule's findings may carry a fix (`plimsoll fix`, the editor's quick fixes). It is
// metadata, not a promise per finding: the tests hold every rule to it both ways.
enum class Fixes : bool { kNone, kOffered };

struct RuleInfo {
  std::string_view id;        // "DF004", from STANDARD.md, never reused
  std::string_view name;      // "base-image-unpinned"
  core::Severity severity;    // default severity
  std::string_view family;    // "dockerfile"
  std::string_view summary;   // one line, also the first line of the rule's doc
  std::string_view doc_stem;  // "df004_base_image_unpinned": the .md and .cases/ beside the code
  std::span<const OptionSpec> options = {};
  Fixes fixes = Fixes::kNone;

  constexpr bool offers_fix() const { return fixes == Fixes::kOffered; }
};

// What a rule wants the dispatcher to call it for.
struct Interest {
  uint32_t instructions = 0;  // bit per dockerfile::Keyword
  bool stage_end = false;
  bool file_end = false;
  bool project = false;  // once per checked project, across its files (compose, env, context)
  bool image = false;    // once per audited image (`plimsoll image`)

  static constexpr uint32_t bit(dockerfile::Keyword k) { return 1u << static_cast<unsigned>(k); }
  static constexpr Interest on(std::initializer_list<dockerfile::Keyword> kinds) {
    Interest interest;
    for (auto k : kinds) interest.instructions |= bit(k);
    return interest;
  }
  static constexpr Interest at_stage_end() {
    Interest interest;
    interest.stage_end = true;
    return interest;
  }
  static constexpr Interest at_file_end() {
    Interest interest;
    interest.file_end = true;
    return interest;
  }
  static constexpr Interest at_project() {
    Interest interest;
    interest.project = true;
    return interest;
  }
  static constexpr Interest at_image() {
    Interest interest;
    interest.image = true;
    return interest;
  }
  constexpr bool wants(dockerfile::Keyword k) const { return (instructions & bit(k)) != 0; }
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  virtual Interest interest() const = 0;
  virtual void on_instruction(const dockerfile::Instruction&, FileContext&) const {}
  virtual void on_stage_end(const dockerfile::Stage&, FileContext&) const {}
  virtual void on_file_end(FileContext&) const {}
  virtual void on_project(ProjectContext&) const {}
  virtual void on_image(ImageContext&) const {}
};

}  // namespace plimsoll::rules
