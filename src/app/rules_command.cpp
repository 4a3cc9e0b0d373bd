#include <iostream>

#include "app/commands.h"
#include "rules/registry.h"
#include "util/format.h"

namespace plimsoll::app {

int run_rules(const std::string& format) {
  const auto& rules = rules::all_rules();
  if (format == "markdown") {
    std::cout << "| ID | name | severity | summary |\n| --- | --- | --- | --- |\n";
    for (const rules::Rule* rule : rules) {
      const auto& i = rule->info();
      std::cout << util::format("| {} | {} | {} | {} |\n", i.id, i.name, core::severity_name(i.severity), i.summary);
    }
    return 0;
  }
  if (format != "table") {
    std::cerr << "plimsoll: --format must be table or markdown\n";
    return 2;
  }
  for (const rules::Rule* rule : rules) {
    const auto& i = rule->info();
    std::cout << util::format("{:<6} {:<28} {:<8} {}\n", i.id, i.name, core::severity_name(i.severity), i.summary);
  }
  return 0;
}

}  // namespace plimsoll::app
