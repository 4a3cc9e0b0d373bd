#include "image_cases.h"

#include <gtest/gtest.h>

#include <sstream>

#include "image/loader.h"
#include "session/session.h"

namespace plimsoll::testing_image {

rules::RuleSettings options_in(const std::string& dockerfile, const rules::RuleInfo& rule) {
  rules::RuleSettings settings;
  std::istringstream lines(dockerfile);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# option ", 0) != 0) continue;
    std::string spec = line.substr(9);
    std::size_t eq = spec.find('=');
    std::vector<std::string> values;
    std::istringstream items(spec.substr(eq + 1));
    for (std::string item; std::getline(items, item, ',');) values.push_back(item);
    settings.by_id[std::string(rule.id)].options[spec.substr(0, eq)] = values;
  }
  return settings;
}

std::optional<image::Image> build_and_load(const fs::path& context, const std::string& name) {
  fs::path archive = scratch() / (name + ".tar");
  if (!buildah_build(context, archive, name)) {
    ADD_FAILURE() << "buildah could not build " << context;
    return std::nullopt;
  }
  auto loaded = image::load_image("docker-archive:" + archive.string());
  if (!loaded) {
    ADD_FAILURE() << loaded.error().message;
    return std::nullopt;
  }
  return std::move(*loaded);
}

std::vector<MappedFinding> run_rule(const image::Image& image, const rules::Rule& rule, const std::string& dockerfile) {
  // Instruction lines in order: FROM first, then one history entry per instruction.
  std::vector<uint32_t> instruction_lines;
  std::istringstream lines(dockerfile);
  uint32_t n = 0;
  for (std::string line; std::getline(lines, line);) {
    ++n;
    std::size_t b = line.find_first_not_of(" \t");
    if (b != std::string::npos && line[b] != '#') instruction_lines.push_back(n);
  }
  rules::RuleSettings settings = options_in(dockerfile, rule.info());
  core::FileReport report = session::check_image(image, image.reference, settings, {&rule});
  std::vector<MappedFinding> out;
  for (const auto& f : report.findings) {
    uint32_t view_line = report.source->begin_of(f.span).line;
    uint32_t index = view_line == 1 ? 0 : view_line - 1;  // view line 2+h is instruction h+1
    out.push_back({index < instruction_lines.size() ? instruction_lines[index] : 0, f.message});
  }
  return out;
}

}  // namespace plimsoll::testing_image
