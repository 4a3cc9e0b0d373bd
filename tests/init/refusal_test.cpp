// Ambiguous or incomplete projects are refused with the list of what was found and the flag
// that chooses; broken manifests are errors naming the file and position. Exit code 2.
#include <sstream>

#include "init_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::run;

class InitRefusal : public Cli {
 protected:
  // Runs init in the test directory; expects exit 2 and returns the message.
  std::string refused(const std::string& flags = "") {
    auto r = run("init --yes " + flags + " " + dir());
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_FALSE(std::filesystem::exists(root_ / "docker")) << "a refused run writes nothing";
    return r.out;
  }
  std::string explained(const std::string& flags = "") {
    auto r = run("init --explain --dry-run " + flags + " " + dir());
    EXPECT_EQ(r.exit_code, 0) << r.out;
    return r.out;
  }
};

TEST_F(InitRefusal, EmptyDirectory) { EXPECT_NE(refused().find("no project found"), std::string::npos); }

TEST_F(InitRefusal, SeveralEcosystemsUntilStackChooses) {
  write("package.json", "{\"name\": \"web\", \"main\": \"index.js\"}\n");
  write("package-lock.json", "{}\n");
  write("go.mod", "module example.com/x\n\ngo 1.23\n");
  write("main.go", "package main\n\nfunc main() {}\n");
  auto out = refused();
  EXPECT_NE(out.find("several ecosystems found: node (package.json), go (go.mod); choose one with --stack"), std::string::npos) << out;
  EXPECT_NE(explained("--stack go").find("Detected a go project"), std::string::npos);
  EXPECT_NE(explained("--stack npm").find("Detected a node project (npm)"), std::string::npos);
}

TEST_F(InitRefusal, UnknownStack) { write("go.mod", "module x\n"); EXPECT_NE(refused("--stack maven").find("unknown stack 'maven'"), std::string::npos); }

TEST_F(InitRefusal, SeveralPythonLockFiles) {
  write("pyproject.toml", "[project]\nname = \"x\"\n");
  write("uv.lock", "version = 1\n");
  write("poetry.lock", "\n");
  auto out = refused();
  EXPECT_NE(out.find("several Python lock files: uv.lock, poetry.lock"), std::string::npos) << out;
  write("main.py", "print()\n");
  EXPECT_NE(explained("--stack poetry").find("stack: poetry from --stack"), std::string::npos);
}

TEST_F(InitRefusal, PyprojectWithoutLockFile) {
  write("pyproject.toml", "[project]\nname = \"x\"\n");
  EXPECT_NE(refused().find("without a lock file; run `uv lock`"), std::string::npos);
}

TEST_F(InitRefusal, PipfileWithoutLock) {
  write("Pipfile", "[packages]\n");
  EXPECT_NE(refused().find("Pipfile without Pipfile.lock"), std::string::npos);
}

TEST_F(InitRefusal, RequirementsBesideALockFileIsIgnoredAndSaidSo) {
  write("pyproject.toml", "[project]\nname = \"x\"\n");
  write("uv.lock", "version = 1\n");
  write("requirements.txt", "flask\n");
  write("main.py", "print()\n");
  EXPECT_NE(explained().find("note: requirements.txt is ignored: uv.lock is the lock file that installs"), std::string::npos);
}

TEST_F(InitRefusal, BrokenPyprojectNamesFileAndPosition) {
  write("pyproject.toml", "[project]\nname = \"x\"\nversion = = 1\n");
  write("uv.lock", "version = 1\n");
  auto out = refused();
  EXPECT_NE(out.find("pyproject.toml: line 3, column 11: expected a value"), std::string::npos) << out;
}

TEST_F(InitRefusal, SeveralWebFrameworks) {
  write("requirements.txt", "flask==3.1.0\nfastapi==0.115.0\n");
  write("app.py", "app = None\n");
  EXPECT_NE(refused().find("several web frameworks in the dependencies: fastapi, flask; choose the module with --entry"), std::string::npos);
}

TEST_F(InitRefusal, SeveralDjangoWsgiModules) {
  write("requirements.txt", "django==5.1\ngunicorn==23.0.0\n");
  write("manage.py", "\n");
  write("a/wsgi.py", "application = None\n");
  write("b/wsgi.py", "application = None\n");
  write(".venv/lib/site/wsgi.py", "skipped: inside a virtualenv\n");
  auto out = refused();
  EXPECT_NE(out.find("several Django WSGI modules: a/wsgi.py, b/wsgi.py; choose one with --entry"), std::string::npos) << out;
  EXPECT_NE(explained("--entry b.wsgi").find("gunicorn serving b.wsgi"), std::string::npos);
}

TEST_F(InitRefusal, PackageJsonWithoutLockFile) {
  write("package.json", "{\"name\": \"x\", \"main\": \"index.js\"}\n");
  EXPECT_NE(refused().find("package.json without a lock file"), std::string::npos);
}

TEST_F(InitRefusal, SeveralNodeLockFiles) {
  write("package.json", "{\"name\": \"x\", \"main\": \"index.js\"}\n");
  write("package-lock.json", "{}\n");
  write("yarn.lock", "\n");
  EXPECT_NE(refused().find("several Node lock files: package-lock.json, yarn.lock"), std::string::npos);
}

TEST_F(InitRefusal, PackageManagerFieldWinsOverLockGuessing) {
  write("package.json", "{\"name\": \"x\", \"main\": \"index.js\", \"packageManager\": \"pnpm@9.1.0+sha512.abc\"}\n");
  write("pnpm-lock.yaml", "lockfileVersion: '9.0'\n");
  write("package-lock.json", "{}\n");
  auto out = explained();
  EXPECT_NE(out.find("stack: pnpm from packageManager"), std::string::npos) << out;
  auto dry = run("init --dry-run " + dir()).out;
  EXPECT_NE(dry.find("corepack prepare pnpm@9.1.0 --activate"), std::string::npos) << "the pinned version, without its hash";
}

TEST_F(InitRefusal, BrokenPackageJson) {
  write("package.json", "{\"name\": \n");
  write("package-lock.json", "{}\n");
  EXPECT_NE(refused().find("package.json: byte"), std::string::npos);
}

TEST_F(InitRefusal, NextWithoutStandalone) {
  write("package.json", "{\"name\": \"x\", \"scripts\": {\"build\": \"next build\"}, \"dependencies\": {\"next\": \"15.0.0\"}}\n");
  write("package-lock.json", "{}\n");
  EXPECT_NE(refused().find("Next.js without output: 'standalone'"), std::string::npos);
}

TEST_F(InitRefusal, SeveralGoMainPackages) {
  write("go.mod", "module example.com/x\n\ngo 1.23\n");
  write("cmd/api/main.go", "package main\n\nfunc main() {}\n");
  write("cmd/worker/main.go", "package main\n\nfunc main() {}\n");
  EXPECT_NE(refused().find("several main packages: ./cmd/api, ./cmd/worker; choose one with --entry"), std::string::npos);
  EXPECT_NE(explained("--entry ./cmd/worker").find("main: ./cmd/worker from --entry"), std::string::npos);
}

TEST_F(InitRefusal, GoRequiresWithoutGoSum) {
  write("go.mod", "module example.com/x\n\ngo 1.23\n\nrequire golang.org/x/text v0.21.0\n");
  write("main.go", "package main\n\nfunc main() {}\n");
  EXPECT_NE(refused().find("go.sum is missing"), std::string::npos);
}

TEST_F(InitRefusal, SingleCmdMainIsChosen) {
  write("go.mod", "module example.com/x\n\ngo 1.22\n");
  write("cmd/api/main.go", "package main\n\nfunc main() {}\n");
  auto out = explained();
  EXPECT_NE(out.find("main: ./cmd/api, the only main package under cmd/"), std::string::npos) << out;
  // go 1.22 is a minimum: the newest recorded digest-pinned Go satisfies it, with no note.
  EXPECT_NE(out.find("base image: golang:1.23"), std::string::npos) << out;
  EXPECT_NE(out.find("-bookworm@sha256:"), std::string::npos) << out;
  EXPECT_EQ(out.find("note:"), std::string::npos) << out;
}

TEST_F(InitRefusal, AVersionNothingRecordedSatisfiesIsNotedInTermsOfTheInstalledTool) {
  write("go.mod", "module example.com/x\n\ngo 99.1\n");
  write("main.go", "package main\n\nfunc main() {}\n");
  auto r = run("init --dry-run " + dir());
  EXPECT_NE(r.out.find("ARG GO_IMAGE=golang:99.1-bookworm\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("note: no digest-pinned go base recorded in this plimsoll satisfies the go directive \"99.1\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("in its `ARG GO_IMAGE=` line, name a full release tag and its digest"), std::string::npos) << r.out;
  // Notes point at what a user of the installed binary has, never at plimsoll's source tree.
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("plimsoll: note:", 0) != 0) continue;
    EXPECT_EQ(line.find("data/"), std::string::npos) << line;
    EXPECT_EQ(line.find(".yaml"), std::string::npos) << line;
  }
}

TEST_F(InitRefusal, CargoWithoutLockAndWithSeveralBins) {
  write("Cargo.toml", "[package]\nname = \"x\"\nversion = \"0.1.0\"\n\n[[bin]]\nname = \"api\"\n\n[[bin]]\nname = \"worker\"\n");
  EXPECT_NE(refused().find("Cargo.lock is missing"), std::string::npos);
  write("Cargo.lock", "version = 4\n");
  EXPECT_NE(refused().find("several binaries: api, worker; choose one with --entry"), std::string::npos);
  EXPECT_NE(explained("--entry worker").find("bin: worker from --entry"), std::string::npos);
}

TEST_F(InitRefusal, CargoWorkspaceNeedsEntry) {
  write("Cargo.toml", "[workspace]\nmembers = [\"a\", \"b\"]\n");
  write("Cargo.lock", "version = 4\n");
  EXPECT_NE(refused().find("a Cargo workspace; choose the binary with --entry"), std::string::npos);
}

TEST_F(InitRefusal, NativeDriverBringsItsLibraries) {
  write("requirements.txt", "psycopg2==2.9.10\n");
  write("main.py", "print()\n");
  auto out = run("init --dry-run " + dir()).out;
  // By name only: the base's digest fixes the Debian release, and an exact version would stop
  // installing at its next security update.
  EXPECT_NE(out.find("apt-get install -y --no-install-recommends gcc libc6-dev libpq-dev\n"), std::string::npos) << out;
  EXPECT_NE(out.find("apt-get install -y --no-install-recommends libpq5\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("libpq5="), std::string::npos) << out;
  write("requirements.txt", "psycopg[binary]==3.2.3\n");
  EXPECT_EQ(run("init --dry-run " + dir()).out.find("libpq"), std::string::npos) << "the binary wheel needs no system library";
}

}  // namespace
