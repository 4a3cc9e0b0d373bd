// The fixes findings carry: applying them gives the intended text, and the result no longer
// has the finding (so applying fixes twice changes nothing).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/source_file.h"
#include "session/session.h"
#include "rules/registry.h"

namespace plimsoll::rules {
namespace {

std::vector<core::Finding> run(const std::string& text, std::string_view id) {
  return session::check_dockerfile_text("Dockerfile", text, {find_rule(id)}).findings;
}

// Applies every fix of rule `id` (edits from the end backwards so offsets stay valid).
std::string apply_fixes(const std::string& text, std::string_view id) {
  std::vector<core::TextEdit> edits;
  for (const auto& f : run(text, id)) {
    if (f.fix) edits.insert(edits.end(), f.fix->edits.begin(), f.fix->edits.end());
  }
  std::sort(edits.begin(), edits.end(), [](const auto& a, const auto& b) { return a.span.begin > b.span.begin; });
  std::string out = text;
  for (const auto& e : edits) out.replace(e.span.begin, e.span.size(), e.replacement);
  return out;
}

void expect_fix(std::string_view id, const std::string& before, const std::string& after) {
  std::string fixed = apply_fixes(before, id);
  EXPECT_EQ(fixed, after) << id;
  EXPECT_TRUE(run(fixed, id).empty()) << id << " still reports after its fix";
  EXPECT_EQ(apply_fixes(fixed, id), fixed) << id << " fix is not idempotent";
}

TEST(Fixes, AptFlagsAreInsertedAfterInstall) {
  expect_fix("DF030", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
             "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n");
  expect_fix("DF033", "FROM debian:12\nRUN apt-get install curl\n", "FROM debian:12\nRUN apt-get install -y curl\n");
  expect_fix("DF034", "FROM alpine:3.20\nRUN apk add git\n", "FROM alpine:3.20\nRUN apk add --no-cache git\n");
}

TEST(Fixes, ShellFormBecomesExecFormWhenPlain) {
  expect_fix("DF050", "FROM python:3.12\nCMD python -m \"my app\"\n", "FROM python:3.12\nCMD [\"python\", \"-m\", \"my app\"]\n");
  // Expansions need a shell: no fix is offered.
  auto findings = run("FROM python:3.12\nCMD python $APP\n", "DF050");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].fix.has_value());
}

TEST(Fixes, LegacyForms) {
  expect_fix("DF064", "FROM alpine:3.20\nMAINTAINER Jane \"JD\" Doe\n",
             "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane \\\"JD\\\" Doe\"\n");
  expect_fix("DF073", "FROM alpine:3.20\nENV APP_HOME   /app\n", "FROM alpine:3.20\nENV APP_HOME=/app\n");
}

TEST(Fixes, ShellWrapperExecsItsLastCommand) {
  expect_fix("DF051", "FROM python:3.13\nCMD [\"sh\", \"-c\", \"migrate && serve --port 80\"]\n",
             "FROM python:3.13\nCMD [\"sh\", \"-c\", \"migrate && exec serve --port 80\"]\n");
  // An escape in the JSON string moves offsets: no fix is offered.
  auto findings = run("FROM python:3.13\nCMD [\"sh\", \"-c\", \"echo \\\"hi\\\" && serve\"]\n", "DF051");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_FALSE(findings[0].fix.has_value());
}

TEST(Fixes, PythonVariablesAreSetAfterFrom) {
  expect_fix("DF062", "FROM python:3.13-slim\nENV PYTHONUNBUFFERED=1\nCMD [\"python\"]\n",
             "FROM python:3.13-slim\nENV PYTHONDONTWRITEBYTECODE=1\nENV PYTHONUNBUFFERED=1\nCMD [\"python\"]\n");
}

}  // namespace
}  // namespace plimsoll::rules

namespace plimsoll::rules {
namespace {

TEST(Fixes, AddBecomesCopyCasingAndSyntaxDirective) {
  expect_fix("DF065", "FROM alpine:3.20\nadd app.py /app/\n", "FROM alpine:3.20\ncopy app.py /app/\n");
  expect_fix("DF069", "FROM golang:1.23.4 as Builder\nrun go build\n", "FROM golang:1.23.4 AS builder\nRUN go build\n");
  expect_fix("DF061", "FROM alpine:3.20\nRUN --mount=type=cache,target=/x true\n",
             "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN --mount=type=cache,target=/x true\n");
}

// Over every bad_ case of every rule: fixing keeps the file parsing as it did, and a second
// round of fixes changes nothing.
TEST(Fixes, EveryFixInTheCaseFilesKeepsTheParseAndIsIdempotent) {
  namespace fs = std::filesystem;
  std::size_t fixed_files = 0;
  for (const Rule* rule : all_rules()) {
    if (rule->interest().project || rule->interest().image) continue;  // directories: project and image case tests
    fs::path dir = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules" / std::string(rule->info().family) /
                   (std::string(rule->info().doc_stem) + ".cases");
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".snap" || entry.path().extension() == ".fixed") continue;  // snapshots
      if (entry.is_directory()) continue;  // a Dockerfile rule's project cases (project_cases_test.cpp)
      std::ifstream in(entry.path(), std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      std::string id(rule->info().id);
      std::string fixed = apply_fixes(text, id);
      if (fixed == text) continue;
      ++fixed_files;
      auto parse_errors = [](const std::string& t) { return run(t, "DF074").size(); };
      EXPECT_LE(parse_errors(fixed), parse_errors(text)) << id << " fix breaks the parse of " << entry.path();
      EXPECT_EQ(apply_fixes(fixed, id), fixed) << id << " fix is not idempotent on " << entry.path();
    }
  }
  EXPECT_GT(fixed_files, 10u);
}

}  // namespace
}  // namespace plimsoll::rules

namespace plimsoll::rules {
namespace {

TEST(Fixes, AptListsAreRemovedInTheSameRun) {
  expect_fix("DF031", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
             "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
  // A continued RUN gets a continuation line indented like its last line.
  expect_fix("DF031", "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\nCMD [\"curl\"]\n",
             "FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl \\\n"
             "    && rm -rf /var/lib/apt/lists/*\nCMD [\"curl\"]\n");
  // A trailing `&` or a pipe at the end: where the cleanup would go is not plain.
  // With `# escape=`` the script's offsets are approximate: no fix either.
  for (const char* text : {"FROM debian:12\nRUN apt-get install -y curl | tee log\n",
                           "# escape=`\nFROM debian:12\nRUN apt-get update `\n  && apt-get install -y curl\n",
                           "FROM debian:12\nRUN apt-get install -y curl &\n"}) {
    auto findings = run(text, "DF031");
    ASSERT_EQ(findings.size(), 1u) << text;
    EXPECT_FALSE(findings[0].fix.has_value()) << text;
  }
}

TEST(Fixes, NpmInstallBecomesCi) {
  expect_fix("DF027", "FROM node:22.12.0-slim\nRUN npm install\n", "FROM node:22.12.0-slim\nRUN npm ci --omit=dev\n");
  expect_fix("DF027", "FROM node:22.12.0-slim\nRUN npm i --omit=dev\n", "FROM node:22.12.0-slim\nRUN npm ci --omit=dev\n");
  // With the deprecated flag both fixes apply: `ci`, and `--omit=dev` for `--production`.
  expect_fix("DF027", "FROM node:22.12.0-slim\nRUN npm install --production\n",
             "FROM node:22.12.0-slim\nRUN npm ci --omit=dev\n");
}

TEST(Fixes, ChownAfterCopyBecomesCopyChown) {
  expect_fix("DF014",
             "FROM python:3.12.8-slim\nRUN useradd -u 10001 app\nCOPY src/ /app/\nCOPY conf /etc/app\n"
             "# ownership\nRUN chown -R app:app /app /etc/app\nUSER app\n",
             "FROM python:3.12.8-slim\nRUN useradd -u 10001 app\nCOPY --chown=app:app src/ /app/\n"
             "COPY --chown=app:app conf /etc/app\n# ownership\nUSER app\n");
  // No fix: a RUN between the COPY and the chown, a path COPY did not write, a COPY into a
  // subdirectory, an expansion, chmod, or a chown that shares its RUN.
  for (const char* text : {
           "FROM alpine:3.20\nCOPY . /app\nRUN make -C /app\nRUN chown -R app /app\n",
           "FROM alpine:3.20\nCOPY . /app\nRUN chown -R app /app /var/cache/app\n",
           "FROM alpine:3.20\nCOPY . /app\nCOPY conf /app/conf\nRUN chown -R app /app\n",
           "FROM alpine:3.20\nCOPY . /app\nRUN chown -R \"$APP_USER\" /app\n",
           "FROM alpine:3.20\nCOPY . /app\nRUN chmod -R g+w /app\n",
           "FROM alpine:3.20\nCOPY . /app\nRUN chown -R app /app && echo done\n",
       }) {
    auto findings = run(text, "DF014");
    ASSERT_EQ(findings.size(), 1u) << text;
    EXPECT_FALSE(findings[0].fix.has_value()) << text;
  }
}

}  // namespace
}  // namespace plimsoll::rules
