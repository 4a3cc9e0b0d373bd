#include "lsp/jsonrpc.h"

#include <gtest/gtest.h>

namespace plimsoll::lsp {
namespace {

TEST(JsonRpc, RequestNotificationAndResponseAreTold) {
  Incoming request = parse_message(R"({"jsonrpc":"2.0","id":7,"method":"shutdown"})");
  EXPECT_EQ(request.kind, Incoming::Kind::kRequest);
  EXPECT_EQ(request.id, 7);
  EXPECT_EQ(request.method, "shutdown");
  Incoming note = parse_message(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  EXPECT_EQ(note.kind, Incoming::Kind::kNotification);
  EXPECT_TRUE(note.params.is_object());
  Incoming reply = parse_message(R"({"jsonrpc":"2.0","id":"a","result":null})");
  EXPECT_EQ(reply.kind, Incoming::Kind::kResponse);
}

TEST(JsonRpc, BadJsonIsAParseError) {
  Incoming in = parse_message(R"({"jsonrpc":"2.0","id":1,)");
  EXPECT_EQ(in.kind, Incoming::Kind::kInvalid);
  EXPECT_EQ(in.error_code, kParseError);
  EXPECT_TRUE(in.id.is_null());
}

TEST(JsonRpc, WrongShapesAreInvalidRequests) {
  for (const char* body :
       {R"([1,2])", R"("text")", R"({"id":1,"method":"x"})",
        R"({"jsonrpc":"1.0","id":1,"method":"x"})", R"({"jsonrpc":"2.0","id":1,"method":5})",
        R"({"jsonrpc":"2.0","id":1})", R"({"jsonrpc":"2.0","id":{"x":1},"method":"x"})",
        R"({"jsonrpc":"2.0","id":1,"method":"x","params":3})"}) {
    Incoming in = parse_message(body);
    EXPECT_EQ(in.kind, Incoming::Kind::kInvalid) << body;
    EXPECT_EQ(in.error_code, kInvalidRequest) << body;
    EXPECT_FALSE(in.error.empty()) << body;
  }
}

TEST(JsonRpc, NullParamsAreNoParams) {
  Incoming in = parse_message(R"({"jsonrpc":"2.0","id":1,"method":"shutdown","params":null})");
  EXPECT_EQ(in.kind, Incoming::Kind::kRequest);
  EXPECT_TRUE(in.params.is_null());
}

TEST(JsonRpc, InvalidRequestKeepsAUsableId) {
  Incoming in = parse_message(R"({"jsonrpc":"2.0","id":3,"method":5})");
  EXPECT_EQ(in.id, 3);
}

TEST(JsonRpc, ErrorResponseShape) {
  Json e = error_response(nullptr, kMethodNotFound, "nope");
  EXPECT_EQ(to_wire(e), R"({"error":{"code":-32601,"message":"nope"},"id":null,"jsonrpc":"2.0"})");
}

TEST(JsonRpc, InvalidUtf8IsReplacedOnTheWire) {
  Json n = notification("x", {{"s", std::string("a\xff"
                                                "b")}});
  std::string wire = to_wire(n);
  EXPECT_NE(wire.find("a\xEF\xBF\xBD"
                      "b"),
            std::string::npos);
}

}  // namespace
}  // namespace plimsoll::lsp
