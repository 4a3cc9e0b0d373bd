#include "rules/dockerfile/users.h"

#include "rules/file_context.h"

namespace plimsoll::rules {
namespace {

// Options of useradd/adduser/groupadd/addgroup that take a value (GNU shadow, Debian adduser,
// BusyBox).
bool takes_value(std::string_view option) {
  static constexpr std::string_view kOptions[] = {"-u", "--uid", "-g", "--gid", "-G", "--groups", "-d", "--home",
                                                  "--home-dir", "-s", "--shell", "-c", "--comment", "-h", "-k",
                                                  "--skel", "-e", "--expiredate", "-f", "--inactive", "-K", "--key",
                                                  "-p", "--password", "--gecos", "--ingroup", "-R", "--root",
                                                  "--firstuid", "--lastuid", "-b", "--base-dir"};
  for (auto o : kOptions) {
    if (o == option) return true;
  }
  return false;
}

}  // namespace

std::vector<CreatedAccount> created_accounts(const sh::Command& command) {
  std::string_view program = command.program();
  bool user = program == "useradd" || program == "adduser";
  bool group = program == "groupadd" || program == "addgroup";
  if (!user && !group) return {};
  const sh::Word* id = nullptr;
  std::vector<const sh::Word*> positional;
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    const sh::Word& w = command.words[i];
    std::string_view v = w.value;
    if (v.starts_with("--uid=") || v.starts_with("--gid=")) {
      id = &w;
      continue;
    }
    if (v.starts_with("-")) {
      bool id_option = user ? (v == "-u" || v == "--uid") : (v == "-g" || v == "--gid");
      if (takes_value(v) && i + 1 < command.words.size()) {
        if (id_option) id = &command.words[i + 1];
        ++i;
      }
      continue;
    }
    positional.push_back(&w);
  }
  if (positional.empty()) return {};
  CreatedAccount account;
  account.name = positional.front()->value;
  account.group = group;
  account.uid = id;
  account.command = &command;
  return {account};
}

std::vector<std::string> accounts_created_in_chain(FileContext& ctx, const dockerfile::Stage& stage,
                                                   const dockerfile::Instruction* until) {
  std::vector<std::string> names;
  const dockerfile::Stage* current = &stage;
  for (std::size_t guard = 0; current != nullptr && guard <= ctx.model().stages.size(); ++guard) {
    for (const dockerfile::Instruction* in : current->instructions) {
      if (current == &stage && in == until) break;
      if (in->kind != dockerfile::Keyword::kRun) continue;
      for (const auto& command : ctx.script(*in).commands) {
        for (const auto& account : created_accounts(command)) names.push_back(account.name);
      }
    }
    current = current->parent >= 0 ? &ctx.model().stages[static_cast<std::size_t>(current->parent)] : nullptr;
  }
  return names;
}

}  // namespace plimsoll::rules
