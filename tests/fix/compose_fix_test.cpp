// Compose hardening fixes through the engine and the session checker `fix` uses: keys land
// under the service at the file's own indentation, comments stay, flow mappings are left alone.
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "session/candidate.h"
#include "fix/engine.h"

namespace plimsoll::app {
namespace {

namespace fs = std::filesystem;

fix::Result fix_compose(const std::string& text, const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("plimsoll-compose-fix-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string path = (dir / "compose.yaml").generic_string();
  std::ofstream(path) << text;
  session::Request request;
  request.root = dir.generic_string();
  request.project_files = {path};
  fix::Result result = fix::fix_to_fixed_point(text, session::candidate_checker(path, request));
  fs::remove_all(dir);
  return result;
}

TEST(ComposeFix, HardeningKeysGoUnderTheServiceAtItsIndentation) {
  fix::Result r = fix_compose(
      "services:\n"
      "    web:  # the shop front\n"
      "        # pinned in CI\n"
      "        image: nginx:1.27.3\n"
      "        restart: unless-stopped\n",
      "four");
  EXPECT_EQ(r.text,
            "services:\n"
            "    web:  # the shop front\n"
            "        read_only: true\n"
            // nginx is in the table of official images: what it writes and the capabilities its
            // master needs (port 80, workers as another user) come with the hardening.
            "        tmpfs: [\"/var/cache/nginx:noexec,nosuid,size=64m\", \"/var/run:noexec,nosuid,size=1m\", "
            "\"/tmp:noexec,nosuid,size=64m\"]\n"
            "        cap_drop: [ALL]\n"
            "        cap_add: [CHOWN, NET_BIND_SERVICE, SETGID, SETUID]\n"
            "        security_opt: [\"no-new-privileges:true\"]\n"
            "        # pinned in CI\n"
            "        image: nginx:1.27.3\n"
            "        restart: unless-stopped\n");
  std::set<std::string> fixed;
  for (const auto& a : r.applied) fixed.insert(a.rule_id);
  EXPECT_EQ(fixed, (std::set<std::string>{"DC004", "DC005", "DC006"}));
  EXPECT_EQ(fix_compose(r.text, "four-again").text, r.text);
}

TEST(ComposeFix, TwoSpaceFilesGetTwoSpaces) {
  fix::Result r = fix_compose("services:\n  api:\n    image: shop:1.4.0\n    read_only: true\n    cap_drop: [ALL]\n",
                              "two");
  EXPECT_EQ(r.text,
            "services:\n  api:\n    tmpfs: [\"/tmp:noexec,nosuid,size=64m\"]\n"
            "    security_opt: [\"no-new-privileges:true\"]\n    image: shop:1.4.0\n    read_only: true\n"
            "    cap_drop: [ALL]\n");
}

TEST(ComposeFix, ExistingKeysAndFlowMappingsAreNotRewritten) {
  // security_opt present but without no-new-privileges: what else it holds is the author's.
  std::string text = "services:\n  api: {image: shop:1.4.0}\n  web:\n    image: nginx:1.27.3\n"
                     "    security_opt: [\"seccomp:default.json\"]\n    cap_drop: [NET_RAW]\n    read_only: false\n";
  fix::Result r = fix_compose(text, "flow");
  EXPECT_EQ(r.text, text);
  EXPECT_TRUE(r.applied.empty());
}

}  // namespace
}  // namespace plimsoll::app
