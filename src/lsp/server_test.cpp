#include "lsp/server.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <sstream>

#include "util/filesystem.h"

#include "lsp/server_test_support.h"

namespace plimsoll::lsp {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_support::ServerTest;

// A RUN whose `apt-get` stands after non-ASCII text: é (2 bytes, 1 unit), 😀 (4 bytes, 2 units).
constexpr const char* kDockerfile =
    "FROM debian:bookworm\n"
    "RUN echo \"héllo😀\" && apt-get install -y curl\n";

int error_code(const Json& message) {
  return message["error"]["code"].get<int>();
}

TEST_F(ServerTest, RequestBeforeInitializeIsRefused) {
  auto out = request(4, "textDocument/hover", {});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0]["id"], 4);
  EXPECT_EQ(error_code(out[0]), kServerNotInitialized);
}

TEST_F(ServerTest, NotificationBeforeInitializeIsDropped) {
  EXPECT_TRUE(open("Dockerfile", kDockerfile).empty());
  EXPECT_EQ(server_.document(uri("Dockerfile")), nullptr);
}

TEST_F(ServerTest, InitializeAnnouncesCapabilitiesOnce) {
  auto out = request(1, "initialize", {{"capabilities", Json::object()}});
  ASSERT_EQ(out.size(), 1u);
  const Json& caps = out[0]["result"]["capabilities"];
  EXPECT_EQ(caps["textDocumentSync"]["change"], 1);
  EXPECT_EQ(caps["hoverProvider"], true);
  EXPECT_EQ(caps["codeActionProvider"]["codeActionKinds"][0], "quickfix");
  EXPECT_EQ(out[0]["result"]["serverInfo"]["name"], "plimsoll");
  auto again = request(2, "initialize", {{"capabilities", Json::object()}});
  EXPECT_EQ(error_code(again[0]), kInvalidRequest);
}

TEST_F(ServerTest, UnknownMethodsAndBadMessagesGetErrorsNotCrashes) {
  initialize();
  EXPECT_EQ(error_code(request(5, "textDocument/rename")[0]), kMethodNotFound);
  EXPECT_TRUE(notify("$/unknownNotification").empty());
  auto bad_json = server_.handle_body("{\"jsonrpc\":\"2.0\",");
  EXPECT_EQ(error_code(bad_json[0]), kParseError);
  EXPECT_TRUE(bad_json[0]["id"].is_null());
  auto bad_shape = server_.handle_body("[1]");
  EXPECT_EQ(error_code(bad_shape[0]), kInvalidRequest);
  EXPECT_EQ(error_code(request(6, "textDocument/hover", {{"textDocument", 3}})[0]), kInvalidParams);
  EXPECT_EQ(error_code(request(7, "textDocument/codeAction",
                               {{"textDocument", {{"uri", uri("nope")}}}})[0]),
            kInvalidParams);
  auto bad_open = notify("textDocument/didOpen", {{"textDocument", {{"uri", 1}}}});
  ASSERT_EQ(bad_open.size(), 1u);
  EXPECT_EQ(bad_open[0]["method"], "window/logMessage");
  EXPECT_EQ(bad_open[0]["params"]["message"],
            "plimsoll: textDocument/didOpen: `params.textDocument.uri` must be a string");
  auto bad_change = notify("textDocument/didChange", {{"textDocument", {{"uri", uri("nope")}}}});
  ASSERT_EQ(bad_change.size(), 1u);
  EXPECT_THAT(bad_change[0]["params"]["message"].get<std::string>(), HasSubstr("is not open"));
  // Still answering.
  EXPECT_EQ(request(8, "shutdown")[0]["result"], nullptr);
}

TEST_F(ServerTest, DiagnosticsOnOpenUseUtf16Columns) {
  initialize();
  auto out = open("Dockerfile", kDockerfile);
  Json diagnostics = published(out);
  EXPECT_THAT(codes(diagnostics), Contains("DF030"));
  for (const auto& d : diagnostics) {
    if (d["code"] != "DF030") continue;
    EXPECT_EQ(d["range"]["start"]["line"], 1);
    EXPECT_EQ(d["range"]["start"]["character"], 22);  // 25 bytes, 22 UTF-16 units
    EXPECT_EQ(d["severity"], 2);
    EXPECT_EQ(d["source"], "plimsoll");
    EXPECT_THAT(d["message"].get<std::string>(), HasSubstr("--no-install-recommends"));
    EXPECT_THAT(d["codeDescription"]["href"].get<std::string>(), HasSubstr("df030"));
  }
  for (const auto& m : out) {
    if (m.value("method", "") == "textDocument/publishDiagnostics") {
      EXPECT_EQ(m["params"]["uri"], uri("Dockerfile"));
      EXPECT_EQ(m["params"]["version"], 1);
    }
  }
}

TEST_F(ServerTest, CodeActionCarriesTheFixAsAWorkspaceEdit) {
  initialize();
  open("Dockerfile", kDockerfile);
  Json range = {{"start", {{"line", 1}, {"character", 30}}},
                {"end", {{"line", 1}, {"character", 30}}}};
  auto out = request(3, "textDocument/codeAction",
                     {{"textDocument", {{"uri", uri("Dockerfile")}}},
                      {"range", range},
                      {"context", {{"diagnostics", Json::array()}}}});
  const Json& actions = out[0]["result"];
  const Json* fix = nullptr;
  for (const auto& a : actions) {
    if (a["title"].get<std::string>().find("--no-install-recommends") != std::string::npos)
      fix = &a;
  }
  ASSERT_NE(fix, nullptr) << actions.dump(2);
  EXPECT_EQ((*fix)["kind"], "quickfix");
  EXPECT_EQ((*fix)["diagnostics"][0]["code"], "DF030");
  const Json& edits = (*fix)["edit"]["changes"][uri("Dockerfile")];
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0]["newText"], " --no-install-recommends");
  EXPECT_EQ(edits[0]["range"]["start"]["line"], 1);
  EXPECT_EQ(edits[0]["range"]["start"]["character"], 37);  // after `install`, in UTF-16 units
  EXPECT_EQ(edits[0]["range"]["end"], edits[0]["range"]["start"]);

  // Away from the finding, or when only other kinds are wanted: no quick fix for it.
  Json elsewhere = {{"start", {{"line", 0}, {"character", 0}}},
                    {"end", {{"line", 0}, {"character", 1}}}};
  auto none = request(4, "textDocument/codeAction",
                      {{"textDocument", {{"uri", uri("Dockerfile")}}}, {"range", elsewhere}});
  for (const auto& a : none[0]["result"]) EXPECT_NE(a["diagnostics"][0]["code"], "DF030");
  auto refactor = request(5, "textDocument/codeAction",
                          {{"textDocument", {{"uri", uri("Dockerfile")}}},
                           {"range", range},
                           {"context", {{"only", {"refactor"}}}}});
  EXPECT_TRUE(refactor[0]["result"].empty());
}

TEST_F(ServerTest, ChangeRelintsAndCloseClears) {
  initialize();
  open("Dockerfile", kDockerfile);
  std::string fixed =
      "FROM debian:bookworm\nRUN echo \"héllo😀\" && apt-get install -y --no-install-recommends "
      "curl\n";
  auto out = notify("textDocument/didChange",
                    {{"textDocument", {{"uri", uri("Dockerfile")}, {"version", 2}}},
                     {"contentChanges", {{{"text", fixed}}}}});
  EXPECT_THAT(codes(published(out)), Not(Contains("DF030")));
  EXPECT_EQ(server_.document(uri("Dockerfile"))->version, 2);
  // A ranged change (sent by clients that ignore the sync kind) is applied too.
  Json range = {{"start", {{"line", 1}, {"character", 40}}},
                {"end", {{"line", 1}, {"character", 64}}}};
  out = notify("textDocument/didChange",
               {{"textDocument", {{"uri", uri("Dockerfile")}, {"version", 3}}},
                {"contentChanges", {{{"range", range}, {"text", ""}}}}});
  EXPECT_EQ(server_.document(uri("Dockerfile"))->text, kDockerfile);
  EXPECT_THAT(codes(published(out)), Contains("DF030"));
  out = notify("textDocument/didClose", {{"textDocument", {{"uri", uri("Dockerfile")}}}});
  EXPECT_TRUE(published(out).empty());
  EXPECT_EQ(server_.document(uri("Dockerfile")), nullptr);
}

TEST_F(ServerTest, PositionsPastUint32ClampToTheEndNotWrap) {
  initialize();
  const std::string text = "FROM debian:bookworm\nUSER 1000\n";
  open("Dockerfile", text);
  // Line 2^32 + 1 would wrap to line 1 (`USER 1000`) if truncated; past the end, it appends.
  Json past = {{"line", (std::uint64_t{1} << 32) + 1}, {"character", (std::uint64_t{1} << 40)}};
  notify("textDocument/didChange", {{"textDocument", {{"uri", uri("Dockerfile")}, {"version", 2}}},
                                    {"contentChanges", {{{"range", {{"start", past}, {"end", past}}}, {"text", "#"}}}}});
  EXPECT_EQ(server_.document(uri("Dockerfile"))->text, text + "#");
  // A character past uint32 on a real line clamps to that line's end.
  Json far = {{"line", 0}, {"character", (std::uint64_t{1} << 32) + 2}};
  notify("textDocument/didChange", {{"textDocument", {{"uri", uri("Dockerfile")}, {"version", 3}}},
                                    {"contentChanges", {{{"range", {{"start", far}, {"end", far}}}, {"text", "!"}}}}});
  EXPECT_EQ(server_.document(uri("Dockerfile"))->text, "FROM debian:bookworm!\nUSER 1000\n#");
  // A version outside int is refused by name, not wrapped.
  auto out = notify("textDocument/didChange",
                    {{"textDocument", {{"uri", uri("Dockerfile")}, {"version", std::uint64_t{1} << 32}}},
                     {"contentChanges", Json::array()}});
  ASSERT_FALSE(out.empty());
  EXPECT_THAT(out[0]["params"]["message"].get<std::string>(), HasSubstr("version` must be an integer"));
  EXPECT_EQ(server_.document(uri("Dockerfile"))->version, 3);
}

// Opening `n` compose buffers, each in its own directory: the texts copied into lint overlays.
std::size_t overlay_copies_opening(Server& server, const std::filesystem::path& root, int n) {
  std::size_t before = util::OverlayFilesystem::texts_copied();
  for (int i = 0; i < n; ++i) {
    std::filesystem::path file = root / ("p" + std::to_string(n) + "-" + std::to_string(i)) / "compose.yaml";
    server.handle_body(to_wire({{"jsonrpc", "2.0"},
                                {"method", "textDocument/didOpen"},
                                {"params",
                                 {{"textDocument",
                                   {{"uri", uri_from_path(file.string())},
                                    {"languageId", "yaml"},
                                    {"version", 1},
                                    {"text", "services:\n  a:\n    image: nginx\n"}}}}}}));
  }
  return util::OverlayFilesystem::texts_copied() - before;
}

TEST_F(ServerTest, RelintCopiesOnlyItsOwnBufferNotEveryOpenOne) {
  initialize();
  std::size_t small = overlay_copies_opening(server_, root_, 20);
  std::size_t large = overlay_copies_opening(server_, root_, 40);
  ASSERT_GT(small, 0u);
  // Each relint copies its own text; copying the other open buffers too was quadratic.
  EXPECT_LE(large, 2 * small + 40);
  EXPECT_LE(large, 2u * 60);
}

TEST_F(ServerTest, HoverOnAnIgnoreCommentShowsTheRuleDoc) {
  initialize();
  open("Dockerfile",
       "FROM debian:bookworm\n# plimsoll ignore=DF004,apt-no-install-recommends\nRUN true\n");
  auto on_id = request(2, "textDocument/hover",
                       {{"textDocument", {{"uri", uri("Dockerfile")}}},
                        {"position", {{"line", 1}, {"character", 20}}}});
  const Json& hover = on_id[0]["result"];
  EXPECT_EQ(hover["contents"]["kind"], "markdown");
  EXPECT_THAT(hover["contents"]["value"].get<std::string>(), HasSubstr("DF004"));
  EXPECT_EQ(hover["range"]["start"]["character"], 18);
  EXPECT_EQ(hover["range"]["end"]["character"], 23);
  auto on_name = request(3, "textDocument/hover",
                         {{"textDocument", {{"uri", uri("Dockerfile")}}},
                          {"position", {{"line", 1}, {"character", 30}}}});
  EXPECT_THAT(on_name[0]["result"]["contents"]["value"].get<std::string>(), HasSubstr("DF030"));
  auto before_list = request(4, "textDocument/hover",
                             {{"textDocument", {{"uri", uri("Dockerfile")}}},
                              {"position", {{"line", 1}, {"character", 4}}}});
  EXPECT_TRUE(before_list[0]["result"].is_null());
}

TEST_F(ServerTest, HoverInADiagnosticRangeShowsItsRule) {
  initialize();
  open("Dockerfile", kDockerfile);
  auto out = request(2, "textDocument/hover",
                     {{"textDocument", {{"uri", uri("Dockerfile")}}},
                      {"position", {{"line", 1}, {"character", 25}}}});
  EXPECT_THAT(out[0]["result"]["contents"]["value"].get<std::string>(), HasSubstr("DF030"));
}

TEST_F(ServerTest, SettingsComeFromTheNearestConfig) {
  write(".plimsoll.yaml", "rules:\n  DF030: off\n  DF004: error\n");
  initialize();
  Json diagnostics = published(open("app/Dockerfile", kDockerfile));
  EXPECT_THAT(codes(diagnostics), Not(Contains("DF030")));
  for (const auto& d : diagnostics) {
    if (d["code"] == "DF004") {
      EXPECT_EQ(d["severity"], 1);
    }
  }
  // Editing and saving the config relints open documents with the new settings.
  write(".plimsoll.yaml", "rules:\n  DF030: error\n");
  auto out = notify("textDocument/didSave", {{"textDocument", {{"uri", uri(".plimsoll.yaml")}}}});
  bool seen = false;
  for (const auto& d : published(out)) {
    if (d["code"] == "DF030") seen = d["severity"] == 1;
  }
  EXPECT_TRUE(seen);
}

TEST_F(ServerTest, ABrokenConfigIsShownAndDefaultsApply) {
  write(".plimsoll.yaml", "rules:\n  NOPE01: off\n");
  initialize();
  auto out = open("Dockerfile", kDockerfile);
  bool shown = false;
  for (const auto& m : out) {
    if (m.value("method", "") == "window/showMessage") {
      shown = true;
      EXPECT_THAT(m["params"]["message"].get<std::string>(), HasSubstr(".plimsoll.yaml:2"));
    }
  }
  EXPECT_TRUE(shown);
  EXPECT_THAT(codes(published(out)), Contains("DF030"));
}

TEST_F(ServerTest, ComposeEnvAndIgnoreFilesGetProjectDiagnostics) {
  initialize();
  // The compose buffer is not saved: the text on disk has no finding, the buffer has.
  write("compose.yaml", "services:\n  web:\n    image: nginx:1.27.3\n");
  std::string compose = "services:\n  web:\n    image: nginx:1.27.3\n    privileged: true\n";
  auto out = notify("textDocument/didOpen", {{"textDocument",
                                              {{"uri", uri("compose.yaml")},
                                               {"languageId", "yaml"},
                                               {"version", 1},
                                               {"text", compose}}}});
  Json diagnostics = published(out);
  EXPECT_THAT(codes(diagnostics), Contains("DC003"));
  for (const auto& d : diagnostics) {
    if (d["code"] == "DC003") {
      EXPECT_EQ(d["range"]["start"]["line"], 3);
    }
  }
  EXPECT_THAT(codes(published(open(".env", "APP NAME=shop\n"))), Contains("EN003"));
  write("Dockerfile", "FROM debian:bookworm\n");
  EXPECT_THAT(codes(published(open(".dockerignore", "node_modules\n"))), Contains("DI002"));
}

TEST_F(ServerTest, ExcludedAndUnknownFilesGetNoDiagnostics) {
  write(".plimsoll.yaml", "exclude: [\"legacy/**\"]\n");
  initialize();
  EXPECT_TRUE(published(open("legacy/Dockerfile", kDockerfile)).empty());
  EXPECT_TRUE(published(open("notes.txt", "RUN apt-get install curl\n")).empty());
  // A client that says it is a Dockerfile is believed, whatever the name.
  EXPECT_THAT(codes(published(open("build.docker", kDockerfile, "dockerfile"))), Contains("DF030"));
}

TEST_F(ServerTest, ShutdownThenExit) {
  initialize();
  EXPECT_TRUE(request(9, "shutdown")[0]["result"].is_null());
  EXPECT_EQ(error_code(request(10, "textDocument/hover")[0]), kInvalidRequest);
  EXPECT_FALSE(server_.exited());
  notify("exit");
  EXPECT_TRUE(server_.exited());
  EXPECT_EQ(server_.exit_code(), 0);
}

TEST_F(ServerTest, ExitWithoutShutdownIsCodeOne) {
  initialize();
  notify("exit");
  EXPECT_TRUE(server_.exited());
  EXPECT_EQ(server_.exit_code(), 1);
}

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

TEST(Serve, DeepJsonIsRefusedWithAnErrorAndTheServerGoesOn) {
  std::string deep = std::string(1 << 20, '[') + std::string(1 << 20, ']');
  std::string input = frame(deep) + frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})") +
                      frame(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})") + frame(R"({"jsonrpc":"2.0","method":"exit"})");
  std::istringstream in(input);
  std::ostringstream out;
  EXPECT_EQ(serve(in, out, "t"), 0);
  EXPECT_THAT(out.str(), HasSubstr(R"("code":-32600,"message":"the message nests deeper than 128 levels")"));
  EXPECT_THAT(out.str(), HasSubstr("\"capabilities\""));
}

TEST(Serve, LimitsAreTheCallersToSet) {
  Limits limits;
  limits.max_body = 64;
  limits.json.max_depth = 2;
  std::string input = frame(R"([[[1]]])") + frame(std::string(65, ' '));
  std::istringstream in(input);
  std::ostringstream out;
  serve(in, out, "t", limits);
  EXPECT_THAT(out.str(), HasSubstr("nests deeper than 2 levels"));
  EXPECT_THAT(out.str(), HasSubstr("exceeds the limit of 64 bytes"));
}

TEST(Serve, SurvivesMalformedFramesAndAnswersInOrder) {
  std::string input =
      "Content-Length: abc\r\n\r\n" + std::string("Content-Length: 99999999999\r\n\r\n") + "x";
  std::istringstream first(input);
  std::ostringstream first_out;
  EXPECT_EQ(serve(first, first_out, "t"), 1);  // the input ended inside the skipped body
  EXPECT_THAT(first_out.str(), HasSubstr("\"code\":-32700"));
  EXPECT_THAT(first_out.str(), HasSubstr("exceeds the limit"));

  std::string session =
      "X: y\r\n\r\n" + frame("not json") +
      frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})") +
      frame(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})") +
      frame(R"({"jsonrpc":"2.0","method":"exit"})") +
      frame(R"({"jsonrpc":"2.0","id":3,"method":"never-read"})");
  std::istringstream in(session);
  std::ostringstream out;
  EXPECT_EQ(serve(in, out, "t"), 0);
  std::string text = out.str();
  std::size_t header_error = text.find("header block without Content-Length");
  std::size_t parse_error = text.find("not valid JSON");
  std::size_t init = text.find("\"capabilities\"");
  std::size_t shutdown = text.find("\"id\":2");
  ASSERT_NE(header_error, std::string::npos);
  ASSERT_NE(parse_error, std::string::npos);
  ASSERT_NE(init, std::string::npos);
  ASSERT_NE(shutdown, std::string::npos);
  EXPECT_LT(header_error, parse_error);
  EXPECT_LT(parse_error, init);
  EXPECT_LT(init, shutdown);
  EXPECT_EQ(text.find("\"id\":3"), std::string::npos);  // nothing is read after exit
}

}  // namespace
}  // namespace plimsoll::lsp
