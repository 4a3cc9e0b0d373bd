#include "app/check_pipeline.h"

#include "rules/engine.h"
#include "util/file_io.h"
#include "util/parallel.h"

namespace plimsoll::app {

std::vector<report::FileResult> check_files(const std::vector<std::string>& files,
                                            const std::vector<const rules::Rule*>& rules, unsigned threads,
                                            const rules::CheckOptions& options, const config::Config* config) {
  std::vector<report::FileResult> results(files.size());
  rules::RuleSettings shared = config != nullptr ? config->base_settings() : rules::RuleSettings{};
  bool per_file = config != nullptr && !config->overrides.empty();
  util::parallel_for(files.size(), threads, [&](std::size_t i) {
    report::FileResult& result = results[i];
    result.path = files[i];
    auto text = util::read_file(files[i]);
    if (!text) {
      result.error = text.error().message;
      return;
    }
    auto source = std::make_shared<core::SourceFile>(files[i], std::move(*text));
    rules::CheckOptions file_options = options;
    rules::RuleSettings own;
    if (per_file) own = config->settings_for(files[i]);
    file_options.settings = per_file ? &own : &shared;
    result.findings = rules::check_dockerfile(*source, rules, file_options);
    result.source = std::move(source);
  });
  return results;
}

}  // namespace plimsoll::app
