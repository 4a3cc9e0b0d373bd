// Which ecosystem: each one's marker file; several are refused unless --stack picks one.
#include "init/detection.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "init/base_choice.h"
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
