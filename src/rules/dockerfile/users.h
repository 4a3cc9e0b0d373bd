// Users and groups a Dockerfile creates (`useradd`, `adduser`, `groupadd`, `addgroup`), shared
// by the rules about who the image runs as.
#pragma once

#include <string>
#include <vector>

#include "dockerfile/model.h"
#include "sh/script.h"

namespace plimsoll::rules {

class FileContext;

struct CreatedAccount {
  std::string name;
  bool group = false;            // groupadd/addgroup, or adduser --group/-G only
  const sh::Word* uid = nullptr;  // the -u/--uid (-g/--gid for groups) value, if given
  const sh::Command* command = nullptr;
};

// The accounts a command creates; empty for any other command.
std::vector<CreatedAccount> created_accounts(const sh::Command& command);

// Account names created by RUNs of `stage` (before `until`, when given) and of the stages it is
// built FROM.
std::vector<std::string> accounts_created_in_chain(FileContext& ctx, const dockerfile::Stage& stage,
                                                   const dockerfile::Instruction* until);

}  // namespace plimsoll::rules
