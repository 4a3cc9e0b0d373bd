#include "app/check_pipeline.h"

#include "rules/engine.h"
#include "util/file_io.h"
#include "util/parallel.h"

namespace plimsoll::app {

std::vector<report::FileResult> check_files(const std::vector<std::string>& files,
                                            const std::vector<const rules::Rule*>& rules, unsigned threads,
                                            const rules::CheckOptions& options) {
  std::vector<report::FileResult> results(files.size());
  util::parallel_for(files.size(), threads, [&](std::size_t i) {
    report::FileResult& result = results[i];
    result.path = files[i];
    auto text = util::read_file(files[i]);
    if (!text) {
      result.error = text.error().message;
      return;
    }
    auto source = std::make_shared<core::SourceFile>(files[i], std::move(*text));
    result.findings = rules::check_dockerfile(*source, rules, options);
    result.source = std::move(source);
  });
  return results;
}

}  // namespace plimsoll::app
