#include "init/python_sources.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace plimsoll::init {
namespace {

namespace fs = std::filesystem;

class PythonSourcesTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-pysources-" + std::to_string(::getpid()) + "-" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& path, const std::string& text) { std::ofstream(root_ / path) << text; }
  fs::path root_;
};

TEST_F(PythonSourcesTest, RequirementNamesAreNormalisedAndKeepExtras) {
  write("requirements.txt", "# comment\n-r base.txt\nDjango_Rest.Framework==3.15 ; python_version>'3'\npsycopg[binary]>=3\n  gunicorn\n");
  auto s = read_python_sources(ProjectDir(root_), "pip");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->dependencies, (std::set<std::string>{"django-rest-framework", "psycopg[binary]", "gunicorn"}));
  EXPECT_TRUE(depends_on(*s, "psycopg"));
  EXPECT_FALSE(depends_on(*s, "django"));
}

TEST_F(PythonSourcesTest, RequirementsAreIgnoredWhenALockFileInstalls) {
  write("requirements.txt", "flask\n");
  auto s = read_python_sources(ProjectDir(root_), "uv");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->dependencies.empty());
}

TEST_F(PythonSourcesTest, PoetryTablesGroupsAndScripts) {
  write("pyproject.toml",
        "[tool.poetry]\nname = \"orders\"\n[tool.poetry.dependencies]\npython = \"^3.12\"\nFlask = \"^3\"\n"
        "psycopg = {version = \"^3\", extras = [\"binary\"]}\n[tool.poetry.group.dev.dependencies]\npytest = \"^8\"\n"
        "[tool.poetry.scripts]\nserve = \"orders:main\"\n");
  auto s = read_python_sources(ProjectDir(root_), "poetry");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->project_name, "orders");
  EXPECT_EQ(s->dependencies, (std::set<std::string>{"flask", "psycopg[binary]"})) << "python is not a dependency";
  EXPECT_TRUE(s->dev_dependencies.contains("pytest"));
  ASSERT_EQ(s->scripts.size(), 1u);
  EXPECT_EQ(s->scripts[0].second, "orders:main");
}

TEST_F(PythonSourcesTest, BrokenPipfileNamesTheFile) {
  write("Pipfile", "[packages\n");
  auto s = read_python_sources(ProjectDir(root_), "pipenv");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message.rfind("Pipfile: line 1", 0), 0u) << s.error().message;
}

TEST_F(PythonSourcesTest, EveryRequirementPinnedLeavesNothingUnpinned) {
  write("requirements.txt",
        "# the service\n\n--index-url https://pypi.org/simple\n-c constraints.txt\nFlask==3.1.0  # web\n"
        "gunicorn==23.0.0 ; sys_platform != 'win32'\nrequests[socks]===2.32.3\n"
        "uvicorn==0.32.1 \\\n    --hash=sha256:aaaa\n-e .\n./vendor/lib.whl\npkg @ https://example.com/pkg-1.0.whl\n");
  write("constraints.txt", "idna==3.10\n");
  EXPECT_EQ(unpinned_requirements(ProjectDir(root_)), std::vector<std::string>{});
}

TEST_F(PythonSourcesTest, UnpinnedRequirementsAreListedWithTheirLines) {
  write("requirements.txt", "flask==3.1.0\n-r base.txt\ndjango>=5 ; python_version > '3.10'\nhttpx==0.*\ncelery\nredis==5.0,<6\n");
  write("base.txt", "# shared\nrequests~=2.32\n");
  EXPECT_EQ(unpinned_requirements(ProjectDir(root_)),
            (std::vector<std::string>{"base.txt:2 requests", "requirements.txt:3 django", "requirements.txt:4 httpx",
                                      "requirements.txt:5 celery", "requirements.txt:6 redis"}));
}

TEST_F(PythonSourcesTest, IncludesThatLoopOrLeaveTheProjectAreNotFollowed) {
  write("requirements.txt", "-r requirements.txt\n--requirement=../outside.txt\n-r/etc/passwd\nflask==3.1.0\n");
  EXPECT_EQ(unpinned_requirements(ProjectDir(root_)), std::vector<std::string>{});
}

}  // namespace
}  // namespace plimsoll::init
