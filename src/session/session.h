// The check session: the one way plimsoll checks files, behind `check`, `fix`, `lsp`, `image`,
// the benchmarks and the case harnesses. It loads the project once (the only place files are
// read and parsed), runs the Dockerfile, project and image engines on the parsed forms, and
// finishes their findings in one place (enabled, severity, inline ignores, de-duplication, order).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/file_report.h"
#include "image/model.h"
#include "project/project.h"
#include "rules/project_context.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"
#include "rules/settings.h"

namespace plimsoll::session {

struct Request {
  std::string root;                        // the project's directory (paths are reported as given)
  std::vector<std::string> dockerfiles;    // checked as Dockerfiles, whatever their name
  std::vector<std::string> project_files;  // compose, env and ignore files, Makefiles
  std::vector<std::string> compose_files;  // checked as compose files, whatever their name
  std::vector<std::string> env_files;      // `--env-file`, as compose takes it
  // `-f`, as compose takes it: non-empty, these files in this order are the one stack.
  std::vector<std::string> compose_stack;
  // Set: variables of the process environment win over env files when compose files are
  // interpolated, as in compose itself (`debug compose`). Unset: only the project's files count,
  // so a check finds the same on every machine.
  envfile::Lookup process_environment;
  // Text to use instead of what is on disk, by util::normal_path: an editor's unsaved
  // buffers, or what `fix` checks before it writes. Such a path exists even if never saved.
  std::map<std::string, std::string, std::less<>> overlays;
  // More unsaved texts, shared and not copied (an editor's other open buffers): see
  // project::ProjectInput::shared_overlays. `overlays` shadow them.
  std::shared_ptr<const util::SharedTexts> shared_overlays;
  const config::Config* config = nullptr;  // settings per path and build contexts; null: defaults
  rules::SettingsFor settings;             // when set, used instead of the config's settings
  std::vector<const rules::Rule*> rules;   // empty: every rule
  // Non-empty: the normal path (util::normal_path) of the one file whose report is wanted,
  // as an editor wants its buffer's. The project is loaded and the project rules run as for a
  // whole check, so the file gets exactly the findings a whole check gives it; the Dockerfile
  // rules run on that file alone, and only its report comes back.
  std::string focus;
  bool inline_ignores = true;
  bool project_rules = true;  // false: the Dockerfiles alone, as if outside any project
  unsigned threads = 1;
  // Non-null: Dockerfiles the cache's last check parsed and that are unchanged are reused, and
  // this check's are left in it for the next (a long-lived editor session re-checks the same
  // project on every keystroke).
  project::ParsedCache* cache = nullptr;
  rules::RuleTimings* timings = nullptr;  // non-null: time the parse and every rule call
  // What may be read (util/confinement.h). Null: the project root of `root` (its git checkout,
  // else `root` itself), with the `env_files` admitted wherever they are.
  std::shared_ptr<const util::Confinement> confinement;
  // Non-null: receives the project's notices ("file: reason"), references that lead out of
  // the project and were not followed.
  std::vector<std::string>* notices = nullptr;
};

// The project as a check of `request` reads it, without checking it.
project::Project load(const Request& request);

// One report per file read or referenced (unreadable ones carry `error`), sorted by path.
std::vector<core::FileReport> check(const Request& request);

// One text checked as a Dockerfile on its own (no project around it): fuzzers, benchmarks of
// the Dockerfile front end and rule-level tests.
core::FileReport check_dockerfile_text(std::string path, std::string text,
                                       const std::vector<const rules::Rule*>& rules = {},
                                       const rules::RuleSettings& settings = rules::RuleSettings::defaults(),
                                       bool inline_ignores = true);

// A built image audited with the image rules; findings point into the image's text view.
core::FileReport check_image(const image::Image& image, const std::string& reference,
                             const rules::RuleSettings& settings, const std::vector<const rules::Rule*>& rules = {},
                             rules::RuleTimings* timings = nullptr);

}  // namespace plimsoll::session
