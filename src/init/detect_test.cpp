#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "init/bases.h"
#include "init/detection.h"
#include "init/generate.h"

namespace plimsoll::init {
namespace {

namespace fs = std::filesystem;

TEST(Detect, MajorMinorFromSpecifiersAndFiles) {
  EXPECT_EQ(major_minor(">=3.11,<4"), "3.11");
  EXPECT_EQ(major_minor("3.12.4\n"), "3.12");
  EXPECT_EQ(major_minor("python-3.10.2"), "3.10");
  EXPECT_EQ(major_minor("^3"), "");
  EXPECT_EQ(major_minor("go1.23.4"), "1.23");
}

TEST(Detect, ImageNamesAreLowerCaseAndDashed) {
  EXPECT_EQ(image_name("Shop API"), "shop-api");
  EXPECT_EQ(image_name("my_service.v2"), "my-service-v2");
  EXPECT_EQ(image_name("--"), "app");
}

TEST(Detect, ExecFormEscapesQuotes) { EXPECT_EQ(exec_form({"sh", "say \"hi\""}), "[\"sh\", \"say \\\"hi\\\"\"]"); }

// A newline in a JSON array would end the Dockerfile instruction and start another.
TEST(Detect, ExecFormEscapesControlCharactersSoTheArrayStaysOneLine) {
  EXPECT_EQ(exec_form({"a\nRUN curl x | sh", "t\tb\\", std::string("\x01\x7f", 2)}), "[\"a\\nRUN curl x | sh\", \"t\\tb\\\\\", \"\\u0001\\u007f\"]");
}

TEST(Detect, PinnedBasesAndTheFallback) {
  bool pinned = false;
  EXPECT_NE(Bases::get().image("python", "3.12", &pinned).find("@sha256:"), std::string::npos);
  EXPECT_TRUE(pinned);
  EXPECT_EQ(Bases::get().image("python", "3.9", &pinned), "python:3.9-slim-bookworm");
  EXPECT_FALSE(pinned);
}

class DetectDir : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-detect-" + std::to_string(::getpid()) + "-" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& path, const std::string& text) {
    fs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path) << text;
  }
  fs::path root_;
};

TEST_F(DetectDir, WithoutAVersionFileTheDataDefaultApplies) {
  write("requirements.txt", "\n");
  write("main.py", "print()\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->language_version, Bases::get().default_version("python"));
  EXPECT_FALSE(d->language_version.empty());
  write(".python-version", "3.11.9\n");
  d = detect(ProjectDir(root_), {});
  EXPECT_EQ(d->language_version, "3.11");
  EXPECT_NE(Bases::get().image("python", d->language_version).find("python:3.11.11-slim-bookworm@sha256:"), std::string::npos);
}

TEST_F(DetectDir, DjangoAsgiRunsUnderUvicornWsgiUnderGunicorn) {
  write("requirements.txt", "django==5.1\ngunicorn==23.0.0\n");
  write("manage.py", "\n");
  write("shop/wsgi.py", "application = None\n");
  write("shop/asgi.py", "application = None\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->command, (std::vector<std::string>{"gunicorn", "--bind", "0.0.0.0:8000", "shop.wsgi:application"}));
  write("requirements.txt", "django==5.1\nchannels==4.2.0\nuvicorn==0.32.1\n");
  d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->command, (std::vector<std::string>{"uvicorn", "shop.asgi:application", "--host", "0.0.0.0", "--port", "8000"}));
}

// A committed symlink may name any file on the machine: detection reads only the project's own.
TEST_F(DetectDir, FilesThroughSymlinksAreNotRead) {
  write("real/pyproject.toml", "[project]\nname = \"outside\"\n");
  write("proj/main.py", "print(1)\n");
  fs::create_symlink(root_ / "real/pyproject.toml", root_ / "proj/pyproject.toml");
  fs::create_directory_symlink(root_ / "real", root_ / "proj/linked");
  ProjectDir dir(root_ / "proj");
  EXPECT_FALSE(dir.read("pyproject.toml"));
  EXPECT_FALSE(dir.read("linked/pyproject.toml"));
  EXPECT_FALSE(dir.read("../real/pyproject.toml"));
  EXPECT_TRUE(dir.read("main.py"));
}

TEST_F(DetectDir, ProcfileComesBeforeTheFramework) {
  write("requirements.txt", "flask==3.1.0\ngunicorn==23.0.0\n");
  write("app.py", "app = Flask(__name__)\n");
  write("Procfile", "worker: python jobs.py\nweb: gunicorn -b 0.0.0.0:8000 app:app\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->command, (std::vector<std::string>{"gunicorn", "-b", "0.0.0.0:8000", "app:app"}));
}

TEST_F(DetectDir, FlaskRunsUnderGunicornNeverFlaskRun) {
  write("requirements.txt", "Flask==3.1.0\n");
  write("app/main.py", "app = Flask(__name__)\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->command, (std::vector<std::string>{"gunicorn", "--bind", "0.0.0.0:8000", "app.main:app"}));
  ASSERT_FALSE(d->notes.empty());
  EXPECT_NE(d->notes.back().find("add gunicorn"), std::string::npos);
}

TEST_F(DetectDir, ProjectScriptNamedStartWins) {
  write("pyproject.toml", "[project]\nname = \"x\"\n[project.scripts]\nmigrate = \"x:migrate\"\nstart = \"x:main\"\n");
  write("uv.lock", "version = 1\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->command, std::vector<std::string>{"start"});
}

TEST_F(DetectDir, NodeVersionPrecedence) {
  write("package.json", "{\"name\": \"x\", \"main\": \"a.js\", \"engines\": {\"node\": \">=20\"}, \"volta\": {\"node\": \"18.0.0\"}}\n");
  write("package-lock.json", "{}\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  // engines.node is a range: the newest recorded release inside it, not its lower bound.
  EXPECT_EQ(d->language_version, Bases::get().recorded("node").front().key);
  EXPECT_EQ(d->base_image, Bases::get().recorded("node").front().image);
  write(".node-version", "v21.1.0\n");
  d = detect(ProjectDir(root_), {});
  EXPECT_EQ(d->language_version, "21");
  EXPECT_EQ(d->base_image, "node:21-bookworm-slim");
}

TEST_F(DetectDir, YarnBerryFromYarnrc) {
  write("package.json", "{\"name\": \"x\", \"main\": \"a.js\"}\n");
  write("yarn.lock", "\n");
  write(".yarnrc.yml", "nodeLinker: node-modules\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->stack, "yarn-berry");
}

TEST_F(DetectDir, RustToolchainFileBeatsRustVersion) {
  write("Cargo.toml", "[package]\nname = \"x\"\nrust-version = \"1.80\"\n");
  write("Cargo.lock", "version = 4\n");
  write("src/main.rs", "fn main() {}\n");
  write("rust-toolchain.toml", "[toolchain]\nchannel = \"1.82.0\"\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->language_version, "1.82");
  EXPECT_EQ(d->entry, "x");
  // rust-version alone is a minimum (the crate's oldest supported compiler).
  std::filesystem::remove(root_ / "rust-toolchain.toml");
  d = detect(ProjectDir(root_), {});
  EXPECT_EQ(d->base_image, Bases::get().recorded("rust").front().image);
}

TEST_F(DetectDir, GoDirectiveAndToolchainLineAreMinimums) {
  write("go.mod", "module example.com/x\n\ngo 1.22\n");
  write("main.go", "package main\n\nfunc main() {}\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->base_image, Bases::get().recorded("go").front().image);
  EXPECT_TRUE(d->notes.empty());
  write("go.mod", "module example.com/x\n\ngo 1.22\n\ntoolchain go99.1.0\n");
  d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->base_image, "golang:99.1-bookworm");
  ASSERT_EQ(d->notes.size(), 1u);
  EXPECT_NE(d->notes[0].find("the toolchain line \"go99.1.0\""), std::string::npos) << d->notes[0];
}

TEST_F(DetectDir, RequiresPythonUpperBoundAndPoetryCaret) {
  auto python = Bases::get().recorded("python");
  ASSERT_GE(python.size(), 2u);
  write("pyproject.toml", "[project]\nname = \"x\"\nrequires-python = \">=3.8,<" + python[0].key + "\"\n");
  write("uv.lock", "version = 1\n");
  write("main.py", "print()\n");
  auto d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->base_image, python[1].image);
  write("pyproject.toml", "[tool.poetry]\nname = \"x\"\n[tool.poetry.dependencies]\npython = \"~" + python[1].key + "\"\n");
  std::filesystem::remove(root_ / "uv.lock");
  write("poetry.lock", "\n");
  d = detect(ProjectDir(root_), {});
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->base_image, python[1].image);
}

}  // namespace
}  // namespace plimsoll::init
