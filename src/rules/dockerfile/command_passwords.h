// Passwords written on a RUN command line: `echo 'root:pw' | chpasswd`, `net user app pw /add`,
// `curl -u user:pw`, `mysql -ppw`, `--password=pw`. DF041 reports them; a word with an
// expansion (`$PW`, `$(cat /run/secrets/pw)`) is a reference, not a literal, and is skipped.
#pragma once

#include <string>
#include <vector>

#include "sh/script.h"

namespace plimsoll::rules {

struct CommandPassword {
  const sh::Word* word = nullptr;  // the word the password is written in
  std::string password;
  std::string how;  // what takes it: "chpasswd", "curl -u", "mysql -p", "--password="
};

std::vector<CommandPassword> command_passwords(const sh::Script& script);

}  // namespace plimsoll::rules
