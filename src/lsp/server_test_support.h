// A Server driven by JSON values in a fresh temporary directory, for the handler tests.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lsp/server.h"
#include "lsp/uri.h"

namespace plimsoll::lsp::testing_support {

namespace fs = std::filesystem;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("plimsoll-lsp-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::create_directories(root_ / ".git");  // the config search stops here
  }
  void TearDown() override { fs::remove_all(root_); }

  void write(const std::string& relative, const std::string& text) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
  }
  std::string uri(const std::string& relative) const {
    return uri_from_path((root_ / relative).string());
  }

  std::vector<Json> request(int id, const std::string& method, Json params = Json::object()) {
    return server_.handle_body(
        to_wire({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}));
  }
  std::vector<Json> notify(const std::string& method, Json params = Json::object()) {
    return server_.handle_body(
        to_wire({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}));
  }
  void initialize() {
    ASSERT_EQ(
        request(1, "initialize", {{"processId", nullptr}, {"capabilities", Json::object()}}).size(),
        1u);
    notify("initialized");
  }
  // The diagnostics of the one publishDiagnostics among `out`.
  static Json published(const std::vector<Json>& out) {
    for (const auto& m : out) {
      if (m.value("method", "") == "textDocument/publishDiagnostics")
        return m["params"]["diagnostics"];
    }
    ADD_FAILURE() << "no publishDiagnostics";
    return Json::array();
  }
  static std::vector<std::string> codes(const Json& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) out.push_back(d["code"].get<std::string>());
    return out;
  }
  std::vector<Json> open(const std::string& relative, const std::string& text,
                         const std::string& language = "") {
    write(relative, text);
    return notify(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", uri(relative)}, {"languageId", language}, {"version", 1}, {"text", text}}}});
  }

  fs::path root_;
  Server server_{"test"};
};

}  // namespace plimsoll::lsp::testing_support
