#include "init/python_entry.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace plimsoll::init {
namespace {

namespace fs = std::filesystem;

TEST(PythonEntry, BindsNameSeesAssignmentsDefsClassesAndImports) {
  EXPECT_TRUE(binds_name("from fastapi import FastAPI\napp = FastAPI()\n", "app"));
  EXPECT_TRUE(binds_name("app: FastAPI = FastAPI()\n", "app"));
  EXPECT_TRUE(binds_name("application = app = make()\n", "app"));
  EXPECT_TRUE(binds_name("app=Flask(__name__)\n", "app"));
  EXPECT_TRUE(binds_name("def create_app():\n    return 1\n", "create_app"));
  EXPECT_TRUE(binds_name("async def app(scope, receive, send):\n    pass\n", "app"));
  EXPECT_TRUE(binds_name("class App:\n    pass\n", "App"));
  EXPECT_TRUE(binds_name("from .factory import build, app  # the instance\n", "app"));
  EXPECT_TRUE(binds_name("from .factory import (\n    build,\n    app,\n)\n", "app"));
  EXPECT_TRUE(binds_name("import server.app as app\n", "app"));
  EXPECT_TRUE(binds_name("from .routes import *\n", "app")) << "a star import may bind it";
  EXPECT_TRUE(binds_name("if (app := make()):\n    pass\n", "app"));

  EXPECT_FALSE(binds_name("from fastapi import FastAPI\napplication = FastAPI()\n", "app"));
  EXPECT_FALSE(binds_name("# app = FastAPI()\n", "app"));
  EXPECT_FALSE(binds_name("if app == 1:\n    pass\nx = app\napp.state = 1\napp += 1\n", "app"));
  EXPECT_FALSE(binds_name("def make(app):\n    return app\n", "app"));
  EXPECT_FALSE(binds_name("from x import application\n", "app"));
  EXPECT_FALSE(binds_name("", "app"));
}

TEST(PythonEntry, FilesBecomeModulesAndTheSrcLayoutImportsFromSrc) {
  auto e = entry_for_file("app/main.py");
  EXPECT_EQ(e.module, "app.main");
  EXPECT_EQ(e.python_path, "");
  e = entry_for_file("src/shop/main.py");
  EXPECT_EQ(e.module, "shop.main");
  EXPECT_EQ(e.python_path, "src");
  e = entry_for_file("src/shop/__init__.py");
  EXPECT_EQ(e.module, "shop");
  EXPECT_EQ(entry_for_file("src/main.py").module, "main");
  EXPECT_EQ(entry_for_file("my-app/run.py").module, "") << "not importable by that path";
}

class PythonEntryDir : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-pyentry-" + std::to_string(::getpid()) + "-" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& path, const std::string& text) {
    fs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path) << text;
  }
  util::Result<PythonEntry> resolve(const std::string& text) { return resolve_python_entry(ProjectDir(root_), text); }
  fs::path root_;
};

TEST_F(PythonEntryDir, EveryFormResolvesToTheSameModule) {
  write("app/main.py", "app = object()\n");
  for (const char* form : {"app.main:app", "app.main", "app/main.py", "./app/main.py:app"}) {
    auto e = resolve(form);
    ASSERT_TRUE(e) << form << ": " << e.error().message;
    EXPECT_EQ(e->module, "app.main") << form;
    EXPECT_EQ(e->file, "app/main.py") << form;
    EXPECT_EQ(e->python_path, "") << form;
  }
  EXPECT_EQ(resolve("app.main:app")->attr, "app");
  EXPECT_EQ(resolve("app.main")->attr, "");
}

TEST_F(PythonEntryDir, PackagesAndTheSrcLayout) {
  write("src/shop/__init__.py", "from .main import app\n");
  write("src/shop/main.py", "app = object()\n");
  auto e = resolve("shop.main:app");
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->file, "src/shop/main.py");
  EXPECT_EQ(e->python_path, "src");
  e = resolve("src/shop");
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->module, "shop");
  EXPECT_EQ(e->file, "src/shop/__init__.py");
  e = resolve("shop:app");
  ASSERT_TRUE(e) << e.error().message;
  EXPECT_EQ(e->file, "src/shop/__init__.py");
}

TEST_F(PythonEntryDir, WhatIsMissingIsNamed) {
  write("app/main.py", "application = object()\n");
  auto e = resolve("app.server:app");
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("no such module"), std::string::npos) << e.error().message;
  EXPECT_NE(e.error().message.find("looked for app/server.py, app/server/__init__.py, src/app/server.py, src/app/server/__init__.py"),
            std::string::npos) << e.error().message;
  e = resolve("app.main:app");
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("app/main.py does not define `app`"), std::string::npos) << e.error().message;
  e = resolve("app/nothing.py");
  ASSERT_FALSE(e);
  EXPECT_NE(e.error().message.find("looked for app/nothing.py"), std::string::npos) << e.error().message;
}

TEST_F(PythonEntryDir, OnlyPlainRelativeNamesAreAccepted) {
  write("app/main.py", "app = object()\n");
  for (const char* bad : {"app.main:app;rm", "app.main:app:app", "../x.py", "/etc/x.py", "app..main", "app.main:1x", "app main"}) {
    auto e = resolve(bad);
    EXPECT_FALSE(e) << bad;
  }
}

}  // namespace
}  // namespace plimsoll::init
