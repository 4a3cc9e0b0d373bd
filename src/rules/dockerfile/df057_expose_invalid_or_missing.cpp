// DF057 expose-invalid-or-missing: EXPOSE documents which ports the service uses (and is what
// `docker run -P` publishes); an invalid word fails or misleads, a missing one hides the port.
#include <string>
#include <vector>

#include "knowledge/base_images.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/rule_base.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF057", "expose-invalid-or-missing", core::Severity::kWarning, "dockerfile",
                         "EXPOSE ports must be valid (1–65535, tcp/udp); a service image should EXPOSE its port.",
                         "df057_expose_invalid_or_missing"};

// The argument an exposed word came from (variables may have expanded it).
core::Span argument_span(const dockerfile::ExposedPort& port) {
  const dockerfile::Instruction& in = *port.via;
  for (const auto& arg : in.args) {
    if (arg.value == port.text) return arg.span;
  }
  return in.args.empty() ? in.keyword_span : core::cover(in.args.front().span, in.args.back().span);
}

class ExposeInvalidOrMissing final : public kit::RuleBase<kInfo> {
 public:
  Interest interest() const override {
    Interest interest = Interest::on({dockerfile::Keyword::kExpose});
    interest.file_end = true;
    return interest;
  }

  void on_instruction(const dockerfile::Instruction& expose, FileContext& ctx) const override {
    if (ctx.stage_index() < 0) return;
    const auto& stage = ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())];
    for (const auto& port : stage.exposed) {
      if (port.via != &expose || port.valid()) continue;
      ctx.report(kInfo, argument_span(port),
                 util::format("`{}` is not a port EXPOSE accepts: use a number 1–65535 or a range, optionally "
                              "with /tcp, /udp or /sctp (publishing host ports is `docker run -p`'s job)",
                              port.text));
    }
  }

  void on_file_end(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check_missing(ctx, ctx.model().stages[static_cast<std::size_t>(index)]);
  }

 private:
  // A target that starts a recognisable server (or passes a port to its command) but exposes nothing.
  static void check_missing(FileContext& ctx, const dockerfile::Stage& stage) {
    if (!stage.exposed.empty()) return;
    // A server base image (nginx, httpd, …) EXPOSEs its port in its own config.
    if (stage.root_image != nullptr &&
        !knowledge::base_image_exposed_ports(stage.root_image->full_repository(), stage.root_image->tag).empty()) {
      return;
    }
    std::vector<PortClaim> ports = command_ports(ctx, stage);
    std::string server;
    for (const auto& command : startup_commands(ctx, stage)) {
      if (!command.empty() && is_server_program(command.words.front().value)) {
        server = std::string(command.program());
        break;
      }
    }
    if (ports.empty() && server.empty()) return;
    const dockerfile::Instruction* where = stage.cmd != nullptr ? stage.cmd : stage.entrypoint;
    if (stage.entrypoint != nullptr && (stage.cmd == nullptr || !server.empty())) where = stage.entrypoint;
    if (where == nullptr) return;
    std::string what = !ports.empty() ? util::format("listens on port {} ({})", ports.front().port, ports.front().source)
                                      : util::format("starts the server `{}`", server);
    std::string hint = !ports.empty() ? util::format("add `EXPOSE {}`", ports.front().port)
                                      : std::string("add `EXPOSE <port>` for the port it listens on");
    ctx.report(kInfo, where->keyword_span,
               util::format("the image {} but EXPOSEs no port; {}", what, hint));
  }
};

}  // namespace

PLIMSOLL_RULE(df057_expose_invalid_or_missing, ExposeInvalidOrMissing)

}  // namespace plimsoll::rules
