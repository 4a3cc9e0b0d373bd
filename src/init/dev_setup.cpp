// Development and test container setups per ecosystem. The compose files run these images
// read-only with /tmp noexec, so every path a toolchain writes at run time is mounted here.
#include "init/dev_setup.h"

#include <algorithm>

#include "util/format.h"

namespace plimsoll::init {

namespace {

// Go and Cargo builds at run time write their caches and outputs under /root/.cache (GOCACHE,
// GOTMPDIR, CARGO_TARGET_DIR in the Dockerfile): one named volume, kept between runs so a
// restart rebuilds incrementally, and executable where /tmp is not.
constexpr const char* kBuildCache = "/root/.cache";

std::vector<std::string> watched(std::vector<std::string> argv) {
  argv.insert(argv.begin(), {"sh", kDevWatchPath});
  return argv;
}

}  // namespace

bool reloads(const std::vector<std::string>& argv) {
  auto has = [&](const char* word) { return std::find(argv.begin(), argv.end(), word) != argv.end(); };
  return has("--reload") || has("--debug") || has("runserver") || has("--watch");
}

RunSetup development_setup(const Detection& d, const std::string& context, const std::string& workdir) {
  RunSetup s;
  // Python's virtualenv and Node's node_modules live in the source tree: an anonymous volume
  // keeps what the image built visible under the bind mount, and the runtime creates its mount
  // point in the source directory, so that bind mount cannot be read-only.
  bool nested = d.ecosystem == "python" || d.ecosystem == "node";
  Mount source{context, workdir, !nested, ""};
  if (nested) {
    std::string kept = d.ecosystem == "python" ? ".venv" : "node_modules";
    source.comment = util::format(
        " The source, writable only so the runtime can create the mount point of {} below:\n"
        " plimsoll ignore=DC017",
        kept);
  }
  s.volumes.push_back(source);
  if (d.ecosystem == "python") {
    s.volumes.push_back({"", workdir + "/.venv", false, " The virtualenv the image built, which the source mount would hide."});
    s.command = d.dev_command;
    if (!reloads(s.command)) {
      s.command = watched(s.command);
      s.needs_watcher = true;
    }
  } else if (d.ecosystem == "node") {
    s.volumes.push_back({"", workdir + "/node_modules", false, " The dependencies the image installed, which the source mount would hide."});
    s.command = d.dev_command;
    // A plain `node server.js` restarts itself with --watch (Node 18.11 and later); a dev script
    // (next dev, nodemon, nest start --watch) reloads by itself.
    if (s.command.size() > 1 && s.command.front() == "node" && !reloads(s.command)) s.command.insert(s.command.begin() + 1, "--watch");
    // next dev writes its build output beside the source, as the node user (uid 1000).
    if (d.framework == "next") s.tmpfs.push_back("/app/.next:uid=1000,gid=1000,size=256m");
  } else if (d.ecosystem == "go") {
    s.volumes.push_back({"go-cache", kBuildCache, false, " Go's build cache and the binary, kept between restarts."});
    // Built and exec'd, not `go run`: stopping `go run` would leave the server it started
    // holding the port.
    s.command = watched({"sh", "-c", "go build -o /root/.cache/" + d.name + " " + d.entry + " && exec /root/.cache/" + d.name});
    s.needs_watcher = true;
  } else {
    s.volumes.push_back({"cargo-cache", kBuildCache, false, " Cargo's target directory, kept between restarts."});
    s.command = watched({"sh", "-c", "cargo build --locked --bin " + d.entry + " && exec /root/.cache/target/debug/" + d.entry});
    s.needs_watcher = true;
    s.memory = "2G";  // rustc and the linker: 512M is not enough for a debug build with dependencies
  }
  return s;
}

RunSetup test_setup(const Detection& d) {
  RunSetup s;
  s.command = d.test_command;
  if (d.ecosystem == "go") {
    s.volumes.push_back({"go-cache", kBuildCache, false, " go test compiles and runs its binaries here: writable, and executable where /tmp is not."});
  } else if (d.ecosystem == "rust") {
    s.volumes.push_back({"cargo-cache", kBuildCache, false, " cargo test builds into its target directory here: writable under the read-only root."});
    s.memory = "2G";
  }
  return s;
}

}  // namespace plimsoll::init
