// Which ecosystem: each one's marker file; several are refused unless --stack picks one.
#include "init/detection.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "init/base_choice.h"
#include "init/command_words.h"
#include "util/format.h"

namespace plimsoll::init {

namespace {

const std::set<std::string> kPythonStacks = {"uv", "pdm", "poetry", "pipenv", "pip"};
const std::set<std::string> kNodeStacks = {"npm", "pnpm", "yarn", "yarn-berry", "bun"};

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

}  // namespace

std::string major_minor(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) || (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))))
      continue;
    std::size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j + 1 < text.size() && text[j] == '.' && std::isdigit(static_cast<unsigned char>(text[j + 1]))) {
      std::size_t k = j + 1;
      while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k]))) ++k;
      return text.substr(i, k - i);
    }
  }
  return {};
}

std::string image_name(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalnum(static_cast<unsigned char>(l))) {
      out += l;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "app" : out;
}

namespace {

// The ecosystem a project of a kind init does not generate for belongs to, from its marker
// files, so the refusal names it instead of saying that nothing was found.
std::string unsupported_stack(const ProjectDir& dir, std::string& marker) {
  static const std::pair<const char*, const char*> kMarkers[] = {
      {"pom.xml", "Java (Maven/Gradle)"},  {"build.gradle", "Java (Maven/Gradle)"}, {"build.gradle.kts", "Java (Maven/Gradle)"},
      {"settings.gradle", "Java (Maven/Gradle)"}, {"settings.gradle.kts", "Java (Maven/Gradle)"}, {"composer.json", "PHP (Composer)"},
      {"Gemfile", "Ruby (Bundler)"}, {"mix.exs", "Elixir (Mix)"}};
  for (const auto& [file, stack] : kMarkers) {
    if (dir.exists(file)) {
      marker = file;
      return stack;
    }
  }
  // .NET projects and solutions carry the project's own name.
  std::error_code ec;
  std::size_t seen = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.root(), std::filesystem::directory_options::skip_permission_denied, ec)) {
    if (++seen > 10000) break;  // a project root holds far fewer; a hostile one is not walked forever
    std::string ext = entry.path().extension().string();
    if (ext == ".csproj" || ext == ".fsproj" || ext == ".vbproj" || ext == ".sln") {
      marker = entry.path().filename().string();
      return ".NET";
    }
  }
  return {};
}

}  // namespace

util::Result<Detection> detect(const ProjectDir& dir, const DetectChoices& choices) {
  std::vector<std::string> found;  // "ecosystem (marker)"
  std::vector<std::string> ecosystems;
  auto mark = [&](const char* ecosystem, std::initializer_list<const char*> markers) {
    for (const char* m : markers) {
      if (dir.exists(m)) {
        ecosystems.emplace_back(ecosystem);
        found.push_back(util::format("{} ({})", ecosystem, m));
        return;
      }
    }
  };
  mark("python", {"pyproject.toml", "uv.lock", "poetry.lock", "pdm.lock", "Pipfile", "requirements.txt"});
  mark("node", {"package.json"});
  mark("go", {"go.mod"});
  mark("rust", {"Cargo.toml"});

  std::string marker;
  std::string unsupported = ecosystems.empty() ? unsupported_stack(dir, marker) : std::string{};
  std::string chosen;
  if (!choices.stack.empty()) {
    if (kPythonStacks.contains(choices.stack)) chosen = "python";
    else if (kNodeStacks.contains(choices.stack)) chosen = "node";
    else if (choices.stack == "go") chosen = "go";
    else if (choices.stack == "cargo") chosen = "rust";
    else
      return util::unexpected(util::format("unknown stack '{}' (known: uv pdm poetry pipenv pip npm pnpm yarn yarn-berry bun go cargo)",
                                           choices.stack));
    if (std::find(ecosystems.begin(), ecosystems.end(), chosen) == ecosystems.end())
      return util::unexpected(util::format("--stack {} was chosen but no {} project files are in {}", choices.stack, chosen,
                                           dir.root().string()));
  } else if (!unsupported.empty()) {
    return util::unexpected(util::format("{}: {} is not supported by init (found {}); it writes container setups for Python, Node, "
                                         "Go and Rust projects", dir.root().string(), unsupported, shown(marker)));
  } else if (ecosystems.empty()) {
    return util::unexpected(util::format(
        "{}: no project found (looked for pyproject.toml, requirements.txt, Pipfile, package.json, go.mod, Cargo.toml)",
        dir.root().string()));
  } else if (ecosystems.size() > 1) {
    return util::unexpected(util::format("{}: several ecosystems found: {}; choose one with --stack", dir.root().string(),
                                         join(found, ", ")));
  } else {
    chosen = ecosystems.front();
  }

  util::Result<Detection> result = chosen == "python" ? detect_python(dir, choices)
                                   : chosen == "node" ? detect_node(dir, choices)
                                   : chosen == "go"   ? detect_go(dir, choices)
                                                      : detect_rust(dir, choices);
  if (!result) return result;
  Detection& d = *result;
  choose_base(d);
  if (ecosystems.size() > 1) d.reasons.insert(d.reasons.begin(), util::format("stack: --stack {} among {}", choices.stack, join(found, ", ")));
  return result;
}

}  // namespace plimsoll::init
