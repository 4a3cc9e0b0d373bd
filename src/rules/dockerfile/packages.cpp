#include "rules/dockerfile/packages.h"

#include <algorithm>

#include "rules/dockerfile/apt_commands.h"
#include "rules/dockerfile/helpers.h"

namespace plimsoll::rules {
namespace {

// Options that consume the next word, across apt, apk, dnf/yum and zypper.
constexpr std::string_view kValueOptions[] = {"-o", "-c", "-t", "--target-release", "-X", "--repository", "--virtual",
                                              "-p", "--root", "--setopt", "--enablerepo", "--disablerepo",
                                              "--releasever", "--installroot", "-r", "--repo"};

bool takes_value(std::string_view option) {
  return std::find(std::begin(kValueOptions), std::end(kValueOptions), option) != std::end(kValueOptions);
}

// The `--virtual NAME` / `-t NAME` group of an `apk add`.
std::string apk_virtual_group(const sh::Command& command) {
  auto args = command.arguments();
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == "--virtual" || args[i] == "-t") return std::string(args[i + 1]);
  }
  return {};
}

}  // namespace

std::vector<PackageWord> os_package_words(const sh::Command& command) {
  std::vector<PackageWord> out;
  auto kind = classify(command);
  if (!kind || !kind->is_os() || kind->action != "install") return out;
  bool subcommand_seen = false;
  bool dnf_like = kind->program == "dnf" || kind->program == "yum" || kind->program == "microdnf" ||
                  kind->program == "zypper";
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    const sh::Word& word = command.words[i];
    std::string_view a = word.value;
    if (a.starts_with("-")) {
      if (takes_value(a)) ++i;
      continue;
    }
    if (!subcommand_seen) {
      subcommand_seen = true;  // install / add
      continue;
    }
    std::size_t pin = a.find_first_of("=~<>");
    if (pin == std::string_view::npos && dnf_like) {
      // dnf/yum pin with `name-1.2.3`: a dash followed by a digit.
      for (std::size_t d = 1; d + 1 < a.size(); ++d) {
        if (a[d] == '-' && a[d + 1] >= '0' && a[d + 1] <= '9') {
          pin = d;
          break;
        }
      }
    }
    PackageWord p;
    p.word = &word;
    p.name = std::string(a.substr(0, pin));
    if (pin != std::string_view::npos) p.version = std::string(a.substr(pin));
    out.push_back(std::move(p));
  }
  return out;
}

bool removed_later(const std::vector<sh::Command>& commands, std::size_t index, std::string_view name) {
  std::string group = commands[index].program() == "apk" ? apk_virtual_group(commands[index]) : std::string();
  // The official images' idiom: `apt-mark auto '.*'` then `apt-get purge --auto-remove` (or
  // `autoremove`) drops every package not re-marked manual, build dependencies included.
  bool marked_auto = false;
  for (std::size_t i = index + 1; i < commands.size(); ++i) {
    const sh::Command& c = commands[i];
    std::string_view program = c.program();
    std::string_view sub = package_subcommand(c);
    if (program == "apt-mark" && c.words.size() > 1 && c.words[1].value == "auto") marked_auto = true;
    bool auto_removes = is_apt(c) && (sub == "autoremove" || (sub == "purge" && c.has_flag("--auto-remove")) ||
                                      (sub == "remove" && c.has_flag("--auto-remove")));
    if (marked_auto && auto_removes && is_apt(commands[index])) return true;
    bool removes = (is_apt(c) && (sub == "purge" || sub == "remove" || sub == "autoremove")) ||
                   (program == "apk" && sub == "del") ||
                   ((program == "dnf" || program == "yum" || program == "microdnf") && (sub == "remove" || sub == "erase")) ||
                   (program == "zypper" && (sub == "remove" || sub == "rm"));
    if (!removes) continue;
    for (auto arg : c.arguments()) {
      if (arg == name || (!group.empty() && arg == group)) return true;
    }
  }
  return false;
}

}  // namespace plimsoll::rules
