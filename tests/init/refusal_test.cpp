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

// Projects of a kind init does not generate for are named, with the file that says so.
TEST_F(InitRefusal, UnsupportedStacksAreNamed) {
  const std::pair<const char*, const char*> cases[] = {
      {"pom.xml", "Java (Maven/Gradle) is not supported by init (found pom.xml)"},
      {"build.gradle.kts", "Java (Maven/Gradle) is not supported by init (found build.gradle.kts)"},
      {"composer.json", "PHP (Composer) is not supported by init (found composer.json)"},
      {"Gemfile", "Ruby (Bundler) is not supported by init (found Gemfile)"},
      {"Shop.Api.csproj", ".NET is not supported by init (found Shop.Api.csproj)"},
      {"Shop.sln", ".NET is not supported by init (found Shop.sln)"},
      {"mix.exs", "Elixir (Mix) is not supported by init (found mix.exs)"}};
  for (const auto& [file, message] : cases) {
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
    write(file, "\n");
    auto out = refused();
    EXPECT_NE(out.find(message), std::string::npos) << file << ": " << out;
    EXPECT_EQ(out.find("no project found"), std::string::npos) << file;
  }
}

TEST_F(InitRefusal, AFrontendBesideAnUnsupportedBackendIsStillInitsToDo) {
  write("pom.xml", "\n");
  write("package.json", "{\"name\": \"web\", \"main\": \"index.js\"}\n");
  write("package-lock.json", "{}\n");
  write("index.js", "\n");
  EXPECT_NE(explained().find("Detected a node project"), std::string::npos);
}

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

// --entry in each stack's own form, checked against the project's files.
TEST_F(InitRefusal, PythonEntryInModuleAttrModuleAndFileForm) {
  write("requirements.txt", "fastapi==0.115.0\nuvicorn==0.32.1\n");
  write("app/__init__.py", "");
  write("app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\napi = app\n");
  for (const char* form : {"app.main:app", "app.main", "app/main.py", "./app/main.py:app"}) {
    auto out = run("init --dry-run --entry " + std::string(form) + " " + dir()).out;
    EXPECT_NE(out.find("CMD [\"app.main:app\", \"--host\""), std::string::npos) << form << ": " << out;
    EXPECT_EQ(out.find("app.main:app:app"), std::string::npos) << form;
  }
  auto out = run("init --dry-run --entry app.main:api " + dir()).out;
  EXPECT_NE(out.find("CMD [\"app.main:api\", \"--host\""), std::string::npos) << out;
}

TEST_F(InitRefusal, AMissingPythonEntryIsRefusedNamingWhatWasLookedFor) {
  write("requirements.txt", "fastapi==0.115.0\nuvicorn==0.32.1\n");
  write("app/main.py", "from fastapi import FastAPI\n\napplication = FastAPI()\n");
  auto out = refused("--entry app.server:app");
  EXPECT_NE(out.find("--entry \"app.server:app\": no such module"), std::string::npos) << out;
  EXPECT_NE(out.find("looked for app/server.py, app/server/__init__.py, src/app/server.py, src/app/server/__init__.py"), std::string::npos) << out;
  out = refused("--entry app.main:app");
  EXPECT_NE(out.find("app/main.py does not define `app`"), std::string::npos) << out;
  out = refused("--entry app/missing.py");
  EXPECT_NE(out.find("looked for app/missing.py"), std::string::npos) << out;
  out = refused("--entry 'app.main:application;id'");
  EXPECT_NE(out.find("not a Python module, file or module:attribute"), std::string::npos) << out;
}

TEST_F(InitRefusal, APythonEntryWinsOverTheProcfileAndOtherScripts) {
  write("pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\"flask\", \"gunicorn\"]\n[project.scripts]\nmigrate = \"x.db:migrate\"\n");
  write("uv.lock", "version = 1\n");
  write("Procfile", "web: gunicorn wsgi:app\n");
  write("x/web.py", "from flask import Flask\napp = Flask(__name__)\n");
  auto out = run("init --dry-run --entry x/web.py " + dir()).out;
  EXPECT_NE(out.find("CMD [\"--bind\", \"0.0.0.0:8000\", \"x.web:app\"]"), std::string::npos) << out;
  out = run("init --dry-run --entry migrate " + dir()).out;
  EXPECT_NE(out.find("ENTRYPOINT [\"migrate\"]"), std::string::npos) << "a script name still names the script: " << out;
}

TEST_F(InitRefusal, TheUvPackageSrcLayoutIsFoundAndImportsFromSrc) {
  write("pyproject.toml", "[project]\nname = \"shop\"\ndependencies = [\"fastapi\", \"uvicorn\"]\n"
                          "[build-system]\nrequires = [\"uv_build\"]\nbuild-backend = \"uv_build\"\n");
  write("uv.lock", "version = 1\n");
  write("src/shop/__init__.py", "");
  write("src/shop/main.py", "from fastapi import FastAPI\n\napp: FastAPI = FastAPI()\n");
  auto out = run("init --explain --dry-run " + dir()).out;
  EXPECT_NE(out.find("fastapi application `app` in src/shop/main.py"), std::string::npos) << out;
  EXPECT_NE(out.find("CMD [\"shop.main:app\", \"--host\""), std::string::npos) << out;
  EXPECT_NE(out.find("ENV PYTHONPATH=/app/src\n"), std::string::npos) << "the module imports where COPY . /app puts it: " << out;
}

TEST_F(InitRefusal, AnAppInSrcPackageInitIsFound) {
  write("pyproject.toml", "[project]\nname = \"shop\"\ndependencies = [\"flask\", \"gunicorn\"]\n");
  write("uv.lock", "version = 1\n");
  write("src/shop/__init__.py", "from flask import Flask\n\napp = Flask(__name__)\n");
  auto out = run("init --dry-run " + dir()).out;
  EXPECT_NE(out.find("\"shop:app\"]"), std::string::npos) << out;
  EXPECT_NE(out.find("ENV PYTHONPATH=/app/src\n"), std::string::npos) << out;
}

// src/main.py used to give `main:app`, which nothing in /app could import.
TEST_F(InitRefusal, SrcMainImportsAsMainFromSrc) {
  write("requirements.txt", "fastapi==0.115.0\nuvicorn==0.32.1\n");
  write("src/main.py", "from fastapi import FastAPI\napp = FastAPI()\n");
  auto out = run("init --dry-run " + dir()).out;
  EXPECT_NE(out.find("CMD [\"main:app\", \"--host\""), std::string::npos) << out;
  EXPECT_NE(out.find("ENV PYTHONPATH=/app/src\n"), std::string::npos) << out;
  write("main.py", "from fastapi import FastAPI\napp = FastAPI()\n");
  out = run("init --dry-run " + dir()).out;
  EXPECT_EQ(out.find("PYTHONPATH"), std::string::npos) << "a module at the root imports from /app as it is: " << out;
}

TEST_F(InitRefusal, GoEntryIsAPackageDirectoryWithAMainPackage) {
  write("go.mod", "module example.com/svc\n\ngo 1.23\n");
  write("cmd/api/main.go", "package main\n\nfunc main() {}\n");
  write("internal/store/store.go", "package store\n");
  for (const char* form : {"cmd/api", "./cmd/api", "cmd/api/", "example.com/svc/cmd/api"}) {
    auto out = run("init --dry-run --entry " + std::string(form) + " " + dir()).out;
    EXPECT_NE(out.find("-o /out/api ./cmd/api "), std::string::npos) << form << ": " << out;
    EXPECT_EQ(out.find("go build cmd/api"), std::string::npos) << form << ": an import path go would look up in the standard library";
  }
  EXPECT_NE(refused("--entry cmd/worker").find("--entry \"cmd/worker\": no directory cmd/worker"), std::string::npos);
  EXPECT_NE(refused("--entry internal/store").find("internal/store holds no `package main`"), std::string::npos);
  EXPECT_NE(refused("--entry ../other").find("a package directory inside the module"), std::string::npos);
}

TEST_F(InitRefusal, NodeEntryIsAFileOfTheProject) {
  write("package.json", "{\"name\": \"x\"}\n");
  write("package-lock.json", "{}\n");
  write("src/server.js", "\n");
  auto out = run("init --dry-run --entry ./src/server.js " + dir()).out;
  EXPECT_NE(out.find("ENTRYPOINT [\"node\"]\nCMD [\"src/server.js\"]"), std::string::npos) << out;
  EXPECT_NE(out.find("CMD [\"node\", \"--watch\", \"src/server.js\"]"), std::string::npos) << out;
  EXPECT_NE(refused("--entry server.js").find("--entry \"server.js\": no file server.js"), std::string::npos);
  EXPECT_NE(refused("--entry '$(id).js'").find("not a file name"), std::string::npos);
}

TEST_F(InitRefusal, RustEntryIsABinaryOfTheProject) {
  write("Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\n");
  write("Cargo.lock", "version = 4\n");
  write("src/main.rs", "fn main() {}\n");
  write("src/bin/migrate.rs", "fn main() {}\n");
  EXPECT_NE(refused().find("several binaries: svc, migrate; choose one with --entry"), std::string::npos);
  EXPECT_NE(run("init --dry-run --entry migrate " + dir()).out.find("--bin migrate"), std::string::npos);
  auto out = refused("--entry worker");
  EXPECT_NE(out.find("--entry \"worker\": no such binary in Cargo.toml (binaries found: svc, migrate"), std::string::npos) << out;
}

TEST_F(InitRefusal, RustWorkspaceEntryIsAMembersBinary) {
  write("Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\n");
  write("Cargo.lock", "version = 4\n");
  write("crates/api/Cargo.toml", "[package]\nname = \"api\"\nversion = \"0.1.0\"\n");
  write("crates/api/src/main.rs", "fn main() {}\n");
  write("crates/core/Cargo.toml", "[package]\nname = \"core\"\nversion = \"0.1.0\"\n");
  write("crates/core/src/lib.rs", "\n");
  EXPECT_NE(run("init --dry-run --entry api " + dir()).out.find("--bin api"), std::string::npos);
  EXPECT_NE(refused("--entry core").find("(binaries found: api;"), std::string::npos);
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

// The pinning note only when something is not pinned, naming what.
TEST_F(InitRefusal, ThePinNoteAppearsOnlyForUnpinnedRequirements) {
  write("requirements.txt", "# web\nflask==3.1.0  # the app\n\n--index-url https://pypi.org/simple\n-r base.txt\n"
                            "gunicorn==23.0.0 ; sys_platform == 'linux'\n");
  write("base.txt", "click==8.1.7 \\\n    --hash=sha256:ae74\n");
  write("main.py", "print()\n");
  auto out = run("init --dry-run " + dir()).out;
  EXPECT_EQ(out.find("should pin every package"), std::string::npos) << out;
  write("base.txt", "click>=8\n");
  out = run("init --dry-run " + dir()).out;
  EXPECT_NE(out.find("requirements.txt should pin every package with == (or use --require-hashes) for reproducible builds; not pinned: base.txt:1 click"),
            std::string::npos) << out;
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
