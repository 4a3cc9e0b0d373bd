// `plimsoll image`: loads a built image offline, runs the image rules with the configuration
// `check` uses, and writes the findings in any report format (text adds a per-layer summary),
// or the image's packages as a CycloneDX SBOM.
#include <iostream>

#include "app/commands.h"
#include "app/config_command.h"
#include "core/severity.h"
#include "image/json.h"
#include "image/loader.h"
#include "image/summary.h"
#include "report/report.h"
#include "rules/image/image_context.h"
#include "session/session.h"
#include "util/atomic_write.h"
#include "util/format.h"
#include "util/printable.h"

namespace plimsoll::app {
namespace {

std::string one_line(std::string text, std::size_t width) {
  for (std::string_view noise : {"/bin/sh -c #(nop) ", "#(nop) "}) {
    if (text.starts_with(noise)) text.erase(0, noise.size());
  }
  for (char& c : text) c = c == '\n' ? ' ' : c;
  if (text.size() > width) text = text.substr(0, width - 3) + "...";
  return util::printable(text);  // the image's history is the image author's text
}

void print_layer_summary(std::ostream& out, const image::Image& image) {
  auto layers = image::summarize_layers(image);
  out << util::format("\n{} layers of {}\n", layers.size(), util::printable(image.reference));
  out << util::format("{:>5} {:>10} {:>10} {:>8} {:>10}  {}\n", "layer", "stored", "content", "files", "wasted",
                      "created by");
  uint64_t stored = 0, content = 0, files = 0, wasted = 0;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const auto& s = layers[i];
    out << util::format("{:>5} {:>10} {:>10} {:>8} {:>10}  {}\n", i, rules::human_bytes(s.stored_bytes),
                        rules::human_bytes(s.content_bytes), s.files, rules::human_bytes(s.wasted_bytes),
                        s.created_by.empty() ? "(no history entry)" : one_line(s.created_by, 70));
    stored += s.stored_bytes;
    content += s.content_bytes;
    files += s.files;
    wasted += s.wasted_bytes;
  }
  out << util::format("{:>5} {:>10} {:>10} {:>8} {:>10}\n", "total", rules::human_bytes(stored),
                      rules::human_bytes(content), files, rules::human_bytes(wasted));
}

}  // namespace

int run_image(const ImageOptions& options) {
  std::optional<core::Severity> threshold;
  if (options.fail_on != "none") threshold = core::parse_severity(options.fail_on);
  auto config = resolve_config(options.config_path, options.profile, ".");
  if (!config) {
    std::cerr << "plimsoll: " << util::printable(config.error().message) << "\n";
    return 2;
  }
  image::LoadOptions load;
  load.platform = options.platform;
  load.packages = options.sbom;
  auto loaded = image::load_image(options.reference, load);
  if (!loaded) {
    std::cerr << "plimsoll: " << util::printable(loaded.error().message) << "\n";
    return 2;
  }
  if (options.sbom) {
    std::string bom = image::cyclonedx_json(*loaded, kToolVersion);
    // "-" and /dev/stdout name standard output: the writer would refuse /dev/stdout, a link.
    if (options.output.empty() || options.output == "-" || options.output == "/dev/stdout") {
      if (!(std::cout << bom << std::flush)) {
        std::cerr << "plimsoll: cannot write the SBOM to standard output\n";
        return 2;
      }
      return 0;
    }
    util::AtomicWriteOptions write;
    write.allow_special = true;  // -o /dev/null, or a pipe the user made
    if (auto written = util::write_atomically(options.output, bom, write); !written) {
      std::cerr << "plimsoll: " << util::printable(written.error().message) << "\n";
      return 2;
    }
    return 0;
  }
  rules::RuleSettings settings = config->settings_for(options.reference);
  std::vector<core::FileReport> results{session::check_image(*loaded, options.reference, settings)};
  const core::FileReport& result = results.front();
  report::ReportContext report_context{kToolVersion, {options.color == "always"}};
  if (!report::write_report(options.format, std::cout, results, report_context)) {
    std::cerr << "plimsoll: unknown --format " << options.format << "\n";
    return 2;
  }
  if (options.format == "text") print_layer_summary(std::cout, *loaded);
  for (const auto& f : result.findings) {
    if (threshold && f.severity >= *threshold) return 1;
  }
  return 0;
}

}  // namespace plimsoll::app
