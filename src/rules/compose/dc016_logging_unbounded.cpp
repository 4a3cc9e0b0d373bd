// DC016 logging-unbounded: Docker's default json-file driver never rotates, so a chatty
// service fills the host's disk unless `max-size` bounds its log.
#include <string>
#include <string_view>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC016", "logging-unbounded", core::Severity::kInfo, "compose",
                         "Production services should bound logs (`max-size`, `max-file`).", "dc016_logging_unbounded"};

// Only json-file (the default) keeps everything; `local` rotates by default and the others
// ship logs off the host.
bool unbounded_driver(std::string_view driver) { return driver.empty() || util::iequals_ascii(driver, "json-file"); }

// Development stacks are short-lived and recreated often; every other stack may be a server's.
bool applies_to(const project::ComposeStack& stack) { return stack.is_production() || !stack.is_development(); }

class LoggingUnbounded final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    if (!applies_to(service.stack)) return;
    const util::YamlNode* logging = service.node.find("logging");
    std::string driver;
    const util::YamlNode* options = nullptr;
    if (logging != nullptr && logging->is_map()) {
      if (const auto* d = logging->find("driver"); d != nullptr && d->is_scalar()) driver = d->scalar;
      options = logging->find("options");
    }
    if (!unbounded_driver(driver)) return;
    const util::YamlNode* max_size = options != nullptr ? options->find("max-size") : nullptr;
    if (max_size != nullptr && max_size->is_scalar() && !util::trim_ascii_space(max_size->scalar).empty() &&
        max_size->scalar != "-1") {
      return;
    }
    ctx.report_node(kInfo, service.stack, service.key,
                    util::format("service `{}` logs with json-file and no `max-size`: its log grows until the disk "
                                 "is full; add `logging: {{driver: json-file, options: {{max-size: \"10m\", "
                                 "max-file: \"3\"}}}}` (an `x-logging` anchor shares it) or use the `local` driver",
                                 service.name));
  }
};

}  // namespace

PLIMSOLL_RULE(dc016_logging_unbounded, LoggingUnbounded)

}  // namespace plimsoll::rules
