#include "dockerfile/installer.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace plimsoll::dockerfile {
namespace {

// getopt-style grouping (`-qy` is `-q -y`) holds for these; Go, compilers, the JVM tools and
// dotnet take single-dash long options (`-ldflags`, `-isystem`), so a group is one option there.
bool groups_short_options(std::string_view ecosystem) {
  return ecosystem == "os" || ecosystem == "python" || ecosystem == "node" || ecosystem == "rust" ||
         ecosystem == "ruby" || ecosystem == "php";
}

bool is_archive(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kSuffixes = {
      ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar", ".whl", ".zip", ".deb", ".rpm", ".apk", ".gem", ".jar", ".egg"};
  return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view s) { return word.ends_with(s); });
}

bool is_url(std::string_view word) {
  return word.find("://") != std::string_view::npos || word.starts_with("git+") || word.starts_with("git@");
}

bool is_local_path(std::string_view word) {
  return word == "." || word == ".." || word.starts_with("./") || word.starts_with("../") || word.starts_with("/") ||
         word.starts_with("~");
}

std::size_t subcommand_words(std::string_view subcommand) {
  if (subcommand.empty()) return 0;
  return static_cast<std::size_t>(std::count(subcommand.begin(), subcommand.end(), ' ')) + 1;
}

class Reader {
 public:
  Reader(const sh::Command& command, const knowledge::PackageCommand& kind)
      : words_(command.words), grammar_(*kind.grammar), group_(groups_short_options(kind.ecosystem)) {
    out_.kind = kind;
  }

  InstallerCommand read() {
    std::size_t i = 1;
    if (!grammar_.module.empty()) i += 2;  // `-m pip`, checked by the classification
    std::size_t skip = subcommand_words(out_.kind.subcommand);
    bool options_ended = false;
    for (; i < words_.size(); ++i) {
      const sh::Word& word = words_[i];
      std::string_view v = word.value;
      if (!options_ended && v == "--") {
        options_ended = true;
        continue;
      }
      if (!options_ended && v.size() > 1 && v[0] == '-' && !word.has_expansion) {
        i = option(i);
        continue;
      }
      if (skip > 0) {
        --skip;
        continue;
      }
      if (grammar_.package_operands) out_.operands.push_back(operand(word));
    }
    return std::move(out_);
  }

 private:
  // Reads the option at `i`; returns the index of the last word it consumed.
  std::size_t option(std::size_t i) {
    const sh::Word& word = words_[i];
    std::string_view v = word.value;
    const sh::Word* next = i + 1 < words_.size() ? &words_[i + 1] : nullptr;
    if (v.starts_with("--") || !group_ || grammar_.takes_value(v) || v.size() == 2) {
      std::size_t eq = v.find('=');
      std::string name = grammar_.canonical_option(v.substr(0, eq));
      if (eq != std::string_view::npos) {
        add(name, std::string(v.substr(eq + 1)), &word, nullptr);
        return i;
      }
      if (grammar_.takes_value(name) && next != nullptr) {
        add(name, next->value, &word, next);
        return i + 1;
      }
      add(name, {}, &word, nullptr, false);
      return i;
    }
    // A group of short options; one that takes a value takes the rest of the word, or the next.
    for (std::size_t c = 1; c < v.size(); ++c) {
      std::string name = std::string("-") + v[c];
      if (!grammar_.takes_value(name)) {
        add(name, {}, &word, nullptr, false);
        continue;
      }
      if (c + 1 < v.size()) {
        add(name, std::string(v.substr(c + 1)), &word, nullptr);
        return i;
      }
      if (next != nullptr) {
        add(name, next->value, &word, next);
        return i + 1;
      }
      add(name, {}, &word, nullptr, false);
    }
    return i;
  }

  void add(std::string name, std::string value, const sh::Word* word, const sh::Word* value_word,
           bool has_value = true) {
    if (has_value && grammar_.names_file(name)) out_.requirement_files.push_back(value);
    out_.options.push_back({std::move(name), std::move(value), has_value, word, value_word});
  }

  InstallerOperand operand(const sh::Word& word) const {
    InstallerOperand out;
    out.word = &word;
    std::string_view v = word.value;
    if (word.has_expansion) {
      out.kind = OperandKind::kExpansion;
      out.name = std::string(v);
    } else if (is_url(v)) {
      out.kind = OperandKind::kUrl;
      out.name = std::string(v);
    } else if (is_archive(v)) {
      out.kind = OperandKind::kArchive;
      out.name = std::string(v);
    } else if (is_local_path(v)) {
      out.kind = OperandKind::kLocalPath;
      out.name = std::string(v);
    } else {
      std::tie(out.name, out.version) = split_pin(v, grammar_.pins);
    }
    return out;
  }

  const std::vector<sh::Word>& words_;
  const knowledge::CommandGrammar& grammar_;
  bool group_;
  InstallerCommand out_;
};

// dnf and yum pin with `name-1.2.3`: the first dash followed by a digit, past the first character.
std::size_t rpm_dash_pin(std::string_view word) {
  for (std::size_t d = 1; d + 1 < word.size(); ++d) {
    if (word[d] == '-' && word[d + 1] >= '0' && word[d + 1] <= '9') return d;
  }
  return std::string_view::npos;
}

}  // namespace

std::pair<std::string, std::string> split_pin(std::string_view word, std::string_view pins) {
  std::size_t at = std::string_view::npos;
  std::string_view name_part = word;
  if (pins == "deb") {
    at = word.find('=');
  } else if (pins == "apk") {
    at = word.find_first_of("=~<>");
  } else if (pins == "rpm") {
    at = word.find_first_of("=<>");
    if (at == std::string_view::npos) at = rpm_dash_pin(word);
  } else if (pins == "python") {
    at = word.find_first_of("=<>!~@;(");
  } else if (pins == "node") {
    at = word.find('@', word.starts_with('@') ? 1 : 0);
    if (at == 0) at = std::string_view::npos;
  } else if (pins == "go" || pins == "cargo") {
    at = word.find('@');
  } else if (pins == "composer") {
    at = word.find_first_of(":=");
  }
  if (at != std::string_view::npos) name_part = word.substr(0, at);
  std::string name(name_part);
  if (pins == "python") name = name.substr(0, name.find('['));  // extras are not part of the name
  std::string version = at == std::string_view::npos ? std::string() : std::string(word.substr(at));
  return {std::move(name), std::move(version)};
}

bool InstallerCommand::has(std::string_view name) const {
  return std::any_of(options.begin(), options.end(), [&](const InstallerOption& o) { return o.name == name; });
}

std::optional<std::string> InstallerCommand::value_of(std::string_view name) const {
  for (auto it = options.rbegin(); it != options.rend(); ++it) {
    if (it->name == name && it->has_value) return it->value;
  }
  return std::nullopt;
}

bool InstallerCommand::has_packages() const { return !operands.empty(); }

std::optional<InstallerCommand> parse_installer(const sh::Command& command) {
  if (command.words.empty()) return std::nullopt;
  auto kind = knowledge::classify_command(command.program(), command.arguments());
  if (!kind || kind->grammar == nullptr) return std::nullopt;
  return Reader(command, *kind).read();
}

}  // namespace plimsoll::dockerfile
