// Fills the template values from the detection, per ecosystem, then renders each output file.
#include "init/generate.h"

#include <regex>
#include <set>

#include "init/bases.h"
#include "init/dev_setup.h"
#include "init/template.h"
#include "init/templates.h"
#include "util/format.h"

namespace plimsoll::init {

std::string exec_form(const std::vector<std::string>& argv) {
  std::string out = "[";
  for (const auto& arg : argv) {
    if (out.size() > 1) out += ", ";
    // A JSON string: a control character (a newline above all) would end the instruction
    // and start another, so it is escaped like the quote and the backslash.
    out += '"';
    for (char c : arg) {
      auto u = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') out += std::string{'\\', c};
      else if (c == '\n') out += "\\n";
      else if (c == '\t') out += "\\t";
      else if (c == '\r') out += "\\r";
      else if (u < 0x20 || u == 0x7f) out += util::format("\\u{:04x}", u);
      else out += c;
    }
    out += '"';
  }
  return out + "]";
}

namespace {

struct Layout {
  std::string dockerfile, compose_dir, env_dir, context, env_path, probe_dir, dev_watch;
};

// Packages without versions: the base's digest fixes the Debian release, and the archive keeps
// only each package's current version, so an exact pin would stop building at the next
// security update (docs/init.md, "Base images and OS packages").
std::string apt_install(const std::vector<std::string>& packages) {
  if (packages.empty()) return {};
  std::string list;
  for (const auto& p : packages) list += " " + p;
  return "RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n"
         "    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \\\n"
         "    apt-get update \\\n"
         " && apt-get install -y --no-install-recommends" + list;
}

std::string first_existing(const ProjectDir& dir, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (dir.exists(n)) return n;
  }
  return {};
}

void python_values(const Detection& d, const ProjectDir& dir, const GenerateOptions& o, TemplateValues& v) {
  for (const char* s : {"uv", "pdm", "poetry", "pipenv", "pip"}) v[s] = d.stack == s ? "1" : "";
  v["uv_image"] = Bases::get().tool("uv");
  v["poetry_version"] = Bases::get().tool("poetry");
  v["pdm_version"] = Bases::get().tool("pdm");
  v["pipenv_version"] = Bases::get().tool("pipenv");
  v["uid"] = std::to_string(o.uid);
  v["python_path"] = d.python_path;
  v["workdir"] = "/app";
  v["watch_ignore"] = ".venv/, .git/";
  v["watch_rebuild"] = first_existing(dir, {"uv.lock", "pdm.lock", "poetry.lock", "Pipfile.lock", "requirements.txt"});
  v["healthcheck_argv"] = exec_form({"python", "-c", util::format("import socket; socket.create_connection(('127.0.0.1', {}), timeout=2).close()", d.port)});
}

void node_values(const Detection& d, const ProjectDir& dir, TemplateValues& v) {
  const Bases& b = Bases::get();
  std::string pinned = d.manager_version;
  v["corepack"] = "";
  v["bun"] = d.stack == "bun" ? "1" : "";
  v["bun_version"] = b.tool("bun");
  v["yarn_berry"] = d.stack == "yarn-berry" ? "1" : "";
  if (d.stack == "npm") {
    v["lockfile"] = first_existing(dir, {"package-lock.json", "npm-shrinkwrap.json"});
    v["cache_mount"] = "target=/root/.npm";
    v["install_production"] = "npm ci --omit=dev";
    v["install_all"] = "npm ci";
  } else if (d.stack == "pnpm") {
    v["corepack"] = "pnpm@" + (pinned.empty() ? b.tool("pnpm") : pinned);
    v["lockfile"] = "pnpm-lock.yaml";
    v["cache_mount"] = "id=pnpm,target=/pnpm/store";
    v["install_production"] = "pnpm install --frozen-lockfile --prod --store-dir /pnpm/store";
    v["install_all"] = "pnpm install --frozen-lockfile --store-dir /pnpm/store";
  } else if (d.stack == "yarn") {
    v["lockfile"] = "yarn.lock";
    v["cache_mount"] = "target=/usr/local/share/.cache/yarn";
    v["install_production"] = "yarn install --frozen-lockfile --production";
    v["install_all"] = "yarn install --frozen-lockfile";
  } else if (d.stack == "yarn-berry") {
    v["corepack"] = "yarn@" + (pinned.empty() ? b.tool("yarn-berry") : pinned);
    v["lockfile"] = "yarn.lock";
    v["cache_mount"] = "target=/root/.yarn/berry/cache";
    v["install_production"] = "yarn workspaces focus --all --production";
    v["install_all"] = "yarn install --immutable";
  } else {
    v["lockfile"] = first_existing(dir, {"bun.lock", "bun.lockb"});
    v["cache_mount"] = "target=/root/.bun/install/cache";
    v["install_production"] = "bun install --frozen-lockfile --production";
    v["install_all"] = "bun install --frozen-lockfile";
  }
  std::string runner = d.stack == "yarn-berry" ? "yarn" : d.stack;
  v["run_build"] = runner + " run build";
  v["build_script"] = d.has_build_script ? "1" : "";
  v["next"] = d.framework == "next" ? "1" : "";
  v["nestjs"] = d.framework == "nestjs" ? "1" : "";
  v["public_dir"] = dir.exists("public") ? "1" : "";
  v["workdir"] = "/app";
  v["watch_ignore"] = "node_modules/, .git/";
  v["watch_rebuild"] = v["lockfile"];
  v["healthcheck_argv"] = exec_form(
      {"node", "-e", util::format("require('net').connect({}, '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))", d.port)});
}

void compiled_values(const Detection& d, const ProjectDir& dir, const Layout& l, TemplateValues& v) {
  v["final_image"] = Bases::get().final_image(d.ecosystem);
  v["entry"] = d.entry;
  v["go_sum"] = dir.exists("go.sum") ? "1" : "";
  v["probe_dir"] = l.probe_dir;
  v["workdir"] = "/src";
  v["watch_ignore"] = ".git/";
  v["watch_rebuild"] = d.ecosystem == "go" ? "go.mod" : "Cargo.lock";
  v["healthcheck_argv"] = exec_form({"/usr/local/bin/healthcheck", util::format("127.0.0.1:{}", d.port)});
}

// A service's `volumes:` entries, one per line, indented for the templates.
std::string volume_lines(const RunSetup& s) {
  std::string out;
  for (const auto& m : s.volumes) {
    std::string_view comment = m.comment;
    while (!comment.empty()) {
      auto end = comment.find('\n');
      out += (out.empty() ? "" : "\n") + std::string("      #") + std::string(comment.substr(0, end));
      comment = end == std::string_view::npos ? "" : comment.substr(end + 1);
    }
    out += (out.empty() ? "" : "\n") + std::string("      - ") + (m.source.empty() ? m.target : m.source + ":" + m.target) + (m.read_only ? ":ro" : "");
  }
  return out;
}

// The top-level `volumes:` entries for the named volumes a setup mounts.
std::string named_volume_lines(const RunSetup& s) {
  std::string out;
  for (const auto& m : s.volumes) {
    if (m.source.empty() || m.source.front() == '.' || m.source.front() == '/') continue;
    if (!out.empty()) out += "\n";
    out += "  " + m.source + ":";
  }
  return out;
}

std::string tmpfs_lines(const RunSetup& s) {
  std::string out;
  for (const auto& t : s.tmpfs) out += (out.empty() ? "" : "\n") + std::string("      - ") + t;
  return out;
}

// Every `${NAME…}` a compose text interpolates, with its default, in order of appearance.
std::vector<std::pair<std::string, std::string>> interpolated(const std::string& text) {
  static const std::regex kVariable(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\})");
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> seen;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kVariable); it != std::sregex_iterator(); ++it) {
    if (seen.insert((*it)[1]).second) out.emplace_back((*it)[1], (*it)[2]);
  }
  return out;
}

}  // namespace

std::string canonical_layout(std::string_view name) {
  if (name == "per-environment" || name == "seed-004") return "per-environment";
  if (name == "flat") return "flat";
  return {};
}

util::Result<std::vector<GeneratedFile>> generate(const Detection& d, const ProjectDir& dir, const GenerateOptions& o) {
  Layout l;
  std::string layout = canonical_layout(o.layout);
  if (layout == "per-environment") {
    l = {"docker/Dockerfile", "compose/", "env/", "..", "../env/", "docker/healthcheck", "docker/dev-watch.sh"};
  } else if (layout == "flat") {
    l = {"Dockerfile", "", "", ".", "./", "healthcheck", "dev-watch.sh"};
  } else {
    return util::unexpected(util::format("unknown layout '{}' (known: per-environment, flat)", o.layout));
  }
  TemplateValues v;
  v["tool_version"] = o.tool_version;
  v["stack"] = d.stack;
  v["name"] = d.name;
  v["port"] = std::to_string(d.port);
  v["base_image"] = d.base_image.empty() ? Bases::get().image(d.ecosystem, d.language_version) : d.base_image;
  v["entrypoint"] = exec_form({d.command.front()});
  v["arguments"] = d.command.size() > 1 ? exec_form({d.command.begin() + 1, d.command.end()}) : "";
  v["apt_build"] = apt_install(d.build_packages);
  v["apt_runtime"] = apt_install(d.runtime_packages);
  v["apt"] = d.build_packages.empty() && d.runtime_packages.empty() ? "" : "1";
  v["dockerfile"] = l.dockerfile;
  v["compose_dir"] = l.compose_dir;
  v["env_dir"] = l.env_dir;
  v["context"] = l.context;
  v["env_path"] = l.env_path;
  v["env_ignore"] = l.env_dir.empty() ? "" : l.env_dir;
  v["compose_ignore"] = l.compose_dir.empty() ? "docker-compose.*.yml" : l.compose_dir;
  v["rust"] = d.ecosystem == "rust" ? "1" : "";
  v["node"] = d.ecosystem == "node" ? "1" : "";
  if (d.ecosystem == "python") python_values(d, dir, o, v);
  else if (d.ecosystem == "node") node_values(d, dir, v);
  else compiled_values(d, dir, l, v);
  v["healthcheck"] = v["healthcheck_argv"];
  std::string compose_probe = v["healthcheck_argv"];
  v["compose_healthcheck"] = "[\"CMD\", " + compose_probe.substr(1);
  // The development image of compiled stacks is the builder: the probe is still in /out.
  std::string dev_probe = d.ecosystem == "go" || d.ecosystem == "rust"
                              ? exec_form({"/out/healthcheck", util::format("127.0.0.1:{}", d.port)})
                              : compose_probe;
  v["dev_healthcheck"] = "[\"CMD\", " + dev_probe.substr(1);
  std::vector<std::string> alive = d.ecosystem == "python" ? std::vector<std::string>{"python", "-c", "pass"}
                                   : d.ecosystem == "node" ? std::vector<std::string>{"node", "-e", ""}
                                   : d.ecosystem == "go"   ? std::vector<std::string>{"go", "version"}
                                                           : std::vector<std::string>{"cargo", "--version"};
  v["test_healthcheck"] = "[\"CMD\", " + exec_form(alive).substr(1);
  v["watch_rebuild_name"] = v["watch_rebuild"];
  v["watch_rebuild"] = l.context + "/" + v["watch_rebuild"];
  RunSetup dev = development_setup(d, l.context, v["workdir"]);
  RunSetup test = test_setup(d);
  v["dev_command"] = exec_form(dev.command);
  v["test_command"] = exec_form(test.command);
  v["dev_watch"] = dev.needs_watcher ? l.dev_watch : "";
  v["dev_volumes"] = volume_lines(dev);
  v["dev_named_volumes"] = named_volume_lines(dev);
  v["test_volumes"] = volume_lines(test);
  v["test_named_volumes"] = named_volume_lines(test);

  auto render = [&](const char* name, const TemplateValues& values) -> util::Result<std::string> {
    std::string_view text = template_text(name);
    if (text.empty()) return util::unexpected(util::format("internal error: template {} is not embedded", name));
    // Templates are embedded in the binary: a mistake in one is the build's, and the message
    // names the template as the binary knows it, not a path of plimsoll's source tree.
    auto rendered = render_template(text, values, std::string("embedded template ") + name);
    if (!rendered) return util::unexpected("internal error: " + rendered.error().message);
    return rendered;
  };
  struct Hardening {
    const char* key;
    std::string extra_tmpfs, memory;
  };
  for (const auto& h : {Hardening{"hardening", "", "512M"}, Hardening{"dev_hardening", tmpfs_lines(dev), dev.memory},
                        Hardening{"test_hardening", tmpfs_lines(test), test.memory}}) {
    TemplateValues hv = v;
    hv["extra_tmpfs"] = h.extra_tmpfs;
    hv["memory"] = h.memory;
    auto hardening = render("hardening.yml", hv);
    if (!hardening) return util::unexpected(hardening.error().message);
    v[h.key] = hardening->substr(0, hardening->size() - (hardening->ends_with("\n") ? 1 : 0));
  }

  std::vector<GeneratedFile> files;
  auto add = [&](std::string path, const char* name, const TemplateValues& values) -> bool {
    auto text = render(name, values);
    if (!text) return false;
    files.push_back({std::move(path), std::move(*text)});
    return true;
  };
  std::string error;
  auto must = [&](bool ok, const char* name) {
    if (!ok && error.empty()) {
      auto probe = render(name, v);
      error = probe ? "internal error" : probe.error().message;
    }
  };
  std::string dockerfile_template = d.ecosystem + ".Dockerfile";
  must(add(l.dockerfile, dockerfile_template.c_str(), v), dockerfile_template.c_str());
  must(add(".dockerignore", "dockerignore", v), "dockerignore");
  for (const char* env : {"build", "dev", "test", "prod"}) {
    std::string compose_template = util::format("compose.{}.yml", env);
    std::string compose_path = util::format("{}docker-compose.{}.yml", l.compose_dir, env);
    must(add(compose_path, compose_template.c_str(), v), compose_template.c_str());
    if (!error.empty()) break;
    TemplateValues ev = v;
    std::string variables;
    for (const auto& [name, value] : interpolated(files.back().content)) variables += name + "=" + value + "\n";
    ev["variables"] = variables.substr(0, variables.empty() ? 0 : variables.size() - 1);
    ev["compose_file"] = compose_path;
    ev["env_file"] = util::format("{}.env.{}", l.env_dir, env);
    must(add(util::format("{}.env.{}.example", l.env_dir, env), "env.example", ev), "env.example");
  }
  if (!dir.exists("compose.yaml") && !dir.exists("compose.yml") && !dir.exists("docker-compose.yml") && !dir.exists("docker-compose.yaml"))
    must(add("compose.yaml", "compose.yaml", v), "compose.yaml");
  must(add("Makefile", "Makefile", v), "Makefile");
  must(add("README.container.md", "README.md", v), "README.md");
  must(add(".gitignore", "gitignore", v), "gitignore");
  if (!files.empty()) files.back().append = true;
  if (!v["dev_watch"].empty()) must(add(l.dev_watch, "dev-watch.sh", v), "dev-watch.sh");
  if (d.ecosystem == "go") must(add(l.probe_dir + "/main.go", "healthcheck.go", v), "healthcheck.go");
  if (d.ecosystem == "rust") must(add(l.probe_dir + "/main.rs", "healthcheck.rs", v), "healthcheck.rs");
  // A project's own configuration is never rewritten; init says what to add instead. What init
  // writes follows every convention of the standard, so it is checked with `strict`.
  if (!dir.exists(".plimsoll.yaml") && !dir.exists(".plimsoll.yml")) {
    std::string config =
        "# Written by plimsoll init. The generated files follow every convention of the standard,\n"
        "# so they are checked with the strict profile (the default profile leaves house\n"
        "# conventions such as stage names, the port plan and the file layout out).\n"
        "profile: strict\n";
    if (layout == "flat") {
      config += "# --layout flat: compose, env and Docker files stay in the project root by choice, so\n"
                "# the layout rule (compose/, env/ and docker/ directories) is off.\n"
                "rules:\n  LY001: off\n";
    }
    files.push_back({".plimsoll.yaml", std::move(config)});
  }
  if (!error.empty()) return util::unexpected(error);
  return files;
}

}  // namespace plimsoll::init
