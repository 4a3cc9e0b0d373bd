#include "rules/dockerfile/command_passwords.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "util/text.h"

namespace plimsoll::rules {
namespace {

using Found = std::vector<CommandPassword>;

void add(Found& out, const sh::Word& word, std::string_view password, std::string how) {
  if (word.has_expansion || password.empty()) return;
  out.push_back(CommandPassword{&word, std::string(password), std::move(how)});
}

// `user:password` lines, as chpasswd reads them; `\n` separates several in one echo.
void add_pairs(Found& out, const sh::Word& word, std::string_view how) {
  std::string_view text = word.value;
  while (!text.empty()) {
    std::size_t end = text.find("\\n");
    std::string_view line = text.substr(0, end);
    std::size_t colon = line.find(':');
    if (colon != std::string_view::npos) add(out, word, line.substr(colon + 1), std::string(how));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 2);
  }
}

// The words an `echo`/`printf` hands to the next command of its pipe.
std::vector<const sh::Word*> echoed(const sh::Command& command) {
  std::vector<const sh::Word*> out;
  if (command.program() != "echo" && command.program() != "printf") return out;
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    const sh::Word& w = command.words[i];
    if (command.program() == "echo" && w.value.size() > 1 && w.value[0] == '-') continue;  // -e, -n
    if (command.program() == "printf" && w.value.find('%') != std::string::npos) return {};  // a format
    out.push_back(&w);
  }
  return out;
}

// chpasswd (`user:pw` on stdin) and `passwd --stdin user` (the password alone).
void from_stdin(const sh::Script& script, std::size_t index, Found& out) {
  const sh::Command& command = script.commands[index];
  bool chpasswd = command.program() == "chpasswd";
  bool passwd_stdin = command.program() == "passwd" && command.has_flag("--stdin");
  if (!chpasswd && !passwd_stdin) return;
  // `chpasswd -e` reads hashes, which are not the password.
  if (chpasswd && (command.has_flag("-e") || command.has_flag("--encrypted"))) return;
  std::string how(command.program());
  auto take = [&](const sh::Word& w) {
    if (chpasswd) {
      add_pairs(out, w, how);
    } else {
      add(out, w, w.value, how);
    }
  };
  for (const auto& r : command.redirects) {
    if (r.op == "<<<") take(r.target);
  }
  if (command.joined_by != sh::Joiner::kPipe) return;
  // The producer is the nearest earlier command at the same depth (nested scripts of the
  // producer are listed after it).
  for (std::size_t i = index; i-- > 0;) {
    if (script.commands[i].nesting != command.nesting) continue;
    for (const sh::Word* w : echoed(script.commands[i])) take(*w);
    break;
  }
}

// `net user NAME PASSWORD /add`: the second plain argument after `user`; `*` prompts.
void from_net_user(const sh::Command& command, Found& out) {
  std::string_view program = command.program();
  if (!util::iequals_ascii(program, "net") && !util::iequals_ascii(program, "net.exe")) return;
  if (command.words.size() < 2 || !util::iequals_ascii(command.words[1].value, "user")) return;
  int plain = 0;
  for (std::size_t i = 2; i < command.words.size(); ++i) {
    const sh::Word& w = command.words[i];
    if (!w.value.empty() && w.value[0] == '/') continue;
    if (++plain == 2) {
      if (w.value != "*") add(out, w, w.value, "net user");
      return;
    }
  }
}

// `curl -u user:pw`, `-uuser:pw`, `--user user:pw`, `--user=user:pw`; without `:` curl prompts.
void from_curl(const sh::Command& command, Found& out) {
  if (command.program() != "curl") return;
  auto credentials = [&](const sh::Word& w, std::string_view value) {
    std::size_t colon = value.find(':');
    if (colon != std::string_view::npos) add(out, w, value.substr(colon + 1), "curl -u");
  };
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    std::string_view v = command.words[i].value;
    bool next = (v == "-u" || v == "--user" || v == "--proxy-user" || v == "-U") && i + 1 < command.words.size();
    if (next) {
      credentials(command.words[i + 1], command.words[i + 1].value);
      ++i;
    } else if (v.rfind("--user=", 0) == 0) {
      credentials(command.words[i], v.substr(7));
    } else if ((v.rfind("-u", 0) == 0 || v.rfind("-U", 0) == 0) && v.size() > 2) {
      credentials(command.words[i], v.substr(2));
    }
  }
}

constexpr std::array<std::string_view, 9> kMysqlClients{"mysql", "mysqldump", "mysqladmin", "mysqlimport",
                                                        "mysqlcheck", "mariadb", "mariadb-dump",
                                                        "mariadb-admin", "mysqlshow"};

// MySQL's `-pSECRET` (attached: a separate word after `-p` is the database, and `-p` prompts).
void from_mysql(const sh::Command& command, Found& out) {
  if (std::find(kMysqlClients.begin(), kMysqlClients.end(), command.program()) == kMysqlClients.end()) return;
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    std::string_view v = command.words[i].value;
    if (v.size() > 2 && v[0] == '-' && v[1] == 'p') add(out, command.words[i], v.substr(2), "mysql -p");
  }
}

// `--password=pw`, `--db-password=pw`, `--admin-passwd=pw` for any program; `--password-file=`
// and `--password-stdin` name where it comes from instead.
void from_long_option(const sh::Command& command, Found& out) {
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    std::string_view v = command.words[i].value;
    if (v.rfind("--", 0) != 0) continue;
    std::size_t eq = v.find('=');
    if (eq == std::string_view::npos) continue;
    std::string option = util::to_lower_ascii(v.substr(2, eq - 2));
    auto ends_with = [&](std::string_view s) {
      return option.size() >= s.size() && option.compare(option.size() - s.size(), s.size(), s) == 0;
    };
    if (ends_with("password") || ends_with("passwd")) add(out, command.words[i], v.substr(eq + 1), "--" + option + "=");
  }
}

}  // namespace

std::vector<CommandPassword> command_passwords(const sh::Script& script) {
  Found out;
  for (std::size_t i = 0; i < script.commands.size(); ++i) {
    const sh::Command& command = script.commands[i];
    if (command.empty()) continue;
    from_stdin(script, i, out);
    from_net_user(command, out);
    from_curl(command, out);
    from_mysql(command, out);
    from_long_option(command, out);
  }
  return out;
}

}  // namespace plimsoll::rules
