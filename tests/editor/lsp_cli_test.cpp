// `plimsoll lsp` as an editor runs it: the binary on a byte stream, malformed frames included.
#include <gmock/gmock.h>

#include "../cli/cli_harness.h"

namespace plimsoll::testing_cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

class LspCli : public Cli {};

TEST_F(LspCli, ASessionWithBadMessagesRunsToACleanExit) {
  std::string dockerfile_uri = "file://" + dir() + "/Dockerfile";
  std::string session =
      "Content-Length: nope\r\n\r\n" + frame("{not json") +
      frame(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}})") +
      frame(R"({"jsonrpc":"2.0","id":2,"method":"initialize","params":{"capabilities":{}}})") +
      frame(R"({"jsonrpc":"2.0","method":"initialized","params":{}})") +
      frame(
          R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":")" +
          dockerfile_uri +
          R"(","languageId":"dockerfile","version":1,"text":"FROM debian:bookworm\nRUN apt-get install -y curl\n"}}})") +
      frame(R"({"jsonrpc":"2.0","id":3,"method":"no/such/method"})") +
      frame(R"({"jsonrpc":"2.0","id":4,"method":"shutdown"})") +
      frame(R"({"jsonrpc":"2.0","method":"exit"})");
  write("session", session);
  CliRun r = run("lsp < " + dir() + "/session");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("\"code\":-32700"));  // the bad header and the bad JSON
  EXPECT_THAT(r.out, HasSubstr("\"code\":-32002"));  // hover before initialize
  EXPECT_THAT(r.out, HasSubstr("\"code\":-32601"));  // unknown method
  EXPECT_THAT(r.out, HasSubstr("textDocument/publishDiagnostics"));
  EXPECT_THAT(r.out, HasSubstr("\"code\":\"DF030\""));
  EXPECT_THAT(r.out, HasSubstr("{\"id\":4,\"jsonrpc\":\"2.0\",\"result\":null}"));
}

TEST_F(LspCli, AHugeContentLengthIsRefusedAndTheEndOfInputEndsTheServer) {
  write("session",
        frame(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})") +
            "Content-Length: 18446744073709551616\r\n\r\n{}");
  CliRun r = run("lsp < " + dir() + "/session");
  EXPECT_EQ(r.exit_code, 1) << r.out;  // no shutdown came
  EXPECT_THAT(r.out, HasSubstr("\"capabilities\""));
  EXPECT_THAT(r.out, HasSubstr("exceeds the limit"));
  EXPECT_THAT(r.out, Not(HasSubstr("internal error")));
}

TEST_F(LspCli, EmptyInputExitsWithoutOutput) {
  write("session", "");
  CliRun r = run("lsp < " + dir() + "/session");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace plimsoll::testing_cli
