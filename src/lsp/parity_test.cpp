// The editor shows exactly what `check` shows: every file of the example projects, the test
// projects and the setups `init` writes, linted as an editor buffer, gets the same findings
// (rule, place, grade and text) as `plimsoll check` of the project it belongs to.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "config/config.h"
#include "lsp/linter.h"
#include "session/discovery.h"
#include "session/session.h"
#include "util/file_io.h"

namespace plimsoll::lsp {
namespace {

namespace fs = std::filesystem;

struct Project {
  std::string name;
  std::vector<fs::path> sources;  // copied into one directory, in order
};

std::vector<Project> projects() {
  fs::path root(PLIMSOLL_SOURCE_DIR);
  std::vector<Project> out = {
      {"legacy_app", {root / "examples/legacy-app"}},
      {"python_service", {root / "examples/python-service"}},
      {"shop_compliant", {root / "tests/projects/shop-compliant"}},
      {"shop_mistakes", {root / "tests/projects/shop-mistakes"}},
  };
  // What `init` writes, over the project it was written for: realistic complete setups.
  for (const char* stack : {"pip", "uv", "go", "npm", "cargo"}) {
    fs::path fixture = root / "tests/init/fixtures" / stack;
    out.push_back({std::string("init_") + stack, {fixture / "project", fixture / "expected"}});
  }
  return out;
}

std::string describe(const core::FileReport& report, const core::Finding& f) {
  auto at = report.source->begin_of(f.span);
  return std::string(f.rule_id) + " " + std::to_string(at.line) + ":" + std::to_string(at.column) + " " +
         std::string(core::severity_name(f.severity)) + " " + f.message;
}

class EditorCheckParity : public testing::TestWithParam<Project> {};

TEST_P(EditorCheckParity, EveryFileShowsWhatCheckShows) {
  const Project& project = GetParam();
  fs::path dir = fs::temp_directory_path() / ("plimsoll-parity-" + std::to_string(::getpid()) + "-" + project.name);
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");  // the repository root both see
  for (const auto& source : project.sources) {
    fs::copy(source, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  }
  std::string root = dir.generic_string();

  config::Config config;
  if (std::string found = config::find_config(root + "/Dockerfile"); !found.empty()) {
    auto loaded = config::load_config(found);
    ASSERT_TRUE(loaded) << loaded.error().message;
    config = std::move(*loaded);
  }
  session::Discovery files = session::discover({root}, {});
  session::Request request;
  request.root = root;
  request.dockerfiles = files.files;
  request.project_files = files.project_files;
  request.config = &config;
  std::vector<core::FileReport> checked = session::check(request);
  ASSERT_FALSE(checked.empty());

  Linter linter;
  std::size_t findings = 0;
  for (const auto& report : checked) {
    if (!report.source) continue;
    LintResult lint = linter.lint(report.path, std::string(report.source->text()), "");
    ASSERT_TRUE(lint.linted) << report.path;
    std::vector<std::string> expected, shown;
    for (const auto& f : report.findings) expected.push_back(describe(report, f));
    core::FileReport as_linted{lint.source, report.path, {}, lint.findings, {}};
    for (const auto& f : lint.findings) shown.push_back(describe(as_linted, f));
    EXPECT_EQ(shown, expected) << report.path;
    findings += expected.size();
  }
  fs::remove_all(dir);
  // The comparison means something: the projects with mistakes do draw findings.
  if (project.name == "shop_mistakes" || project.name == "legacy_app") {
    EXPECT_GT(findings, 5u);
  }
}

INSTANTIATE_TEST_SUITE_P(Projects, EditorCheckParity, testing::ValuesIn(projects()),
                         [](const testing::TestParamInfo<Project>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace plimsoll::lsp
