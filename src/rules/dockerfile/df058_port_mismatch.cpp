// DF058 port-mismatch: the port the service listens on is written in several places (EXPOSE,
// ENV PORT, the command's --port, the HEALTHCHECK URL); when one disagrees, either the probe
// fails, the published port goes nowhere, or the documentation lies.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "rules/compose/services.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/rule_base.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kPortVariables{"port-variables",
    "PORT,APP_PORT,HTTP_PORT,SERVER_PORT,WEB_PORT,LISTEN_PORT,SERVICE_PORT,UVICORN_PORT,FLASK_RUN_PORT",
    "ENV variables that hold the port the service listens on"};
constexpr OptionSpec kOptions[] = {kPortVariables};

constexpr RuleInfo kInfo{"DF058", "port-mismatch", core::Severity::kWarning, "dockerfile",
                         "EXPOSE, `ENV PORT`-style variables, `--port` in CMD and the HEALTHCHECK URL must agree.",
                         "df058_port_mismatch", kOptions};

// The last `ENV NAME=value` in the chain for each port variable, with its expanded value.
std::vector<PortClaim> env_ports(FileContext& ctx, const std::vector<const dockerfile::Stage*>& chain) {
  std::vector<PortClaim> out;
  auto names = kit::option(ctx.settings(), kInfo, kPortVariables);
  const dockerfile::Stage& target = *chain.front();
  for (const auto& name : names) {
    auto value = target.env.get(name);
    if (!value) continue;
    uint32_t port = parse_port_number(*value);
    if (port == 0) continue;
    const dockerfile::KeyValue* where = nullptr;
    for (auto stage = chain.rbegin(); stage != chain.rend(); ++stage) {
      for (const dockerfile::Instruction* in : (*stage)->instructions) {
        if (in->kind != dockerfile::Keyword::kEnv) continue;
        for (const auto& pair : in->typed.pairs()) {
          if (pair.key == name) where = &pair;
        }
      }
    }
    if (where == nullptr) continue;  // an ARG, not a runtime variable
    out.push_back({port, where->value_span, util::format("`ENV {}={}`", name, port)});
  }
  return out;
}

std::string describe(const std::vector<const PortClaim*>& claims) {
  std::string out;
  for (const PortClaim* c : claims) out += (out.empty() ? "" : ", ") + c->source;
  return out;
}

class PortMismatch final : public kit::RuleBase<kInfo> {
 public:
  Interest interest() const override {
    Interest interest = Interest::at_file_end();
    interest.project = true;  // compose `ports:` against the image a service builds
    return interest;
  }
  void on_file_end(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check(ctx, index);
  }
  void on_project(ProjectContext& ctx) const override {
    for_each_service(ctx.project(), [&](const ServiceView& service) { check_published(ctx, service); });
  }

 private:
  static void check(FileContext& ctx, int index) {
    auto chain = from_chain(ctx.model(), index);
    const dockerfile::Stage& target = *chain.front();
    // Claims in order of authority: what the process is told, then the variables it reads,
    // then the probe, then EXPOSE (documentation).
    std::vector<PortClaim> claims = command_ports(ctx, target);
    for (auto& c : env_ports(ctx, chain)) claims.push_back(std::move(c));
    if (auto h = healthcheck_port(ctx, target)) claims.push_back(std::move(*h));
    if (claims.empty()) return;
    std::vector<const dockerfile::ExposedPort*> exposed;
    for (const auto& p : target.exposed) {
      if (p.valid() && p.protocol == "tcp") exposed.push_back(&p);
    }
    if (exposed.size() == 1 && exposed[0]->first == exposed[0]->last) {
      claims.push_back({exposed[0]->first, expose_span(*exposed[0]), util::format("`EXPOSE {}`", exposed[0]->first)});
      exposed.clear();
    }
    uint32_t reference = agreed_port(claims);
    std::vector<const PortClaim*> agreeing;
    for (const auto& c : claims) {
      if (c.port == reference) agreeing.push_back(&c);
    }
    for (const auto& c : claims) {
      if (c.port == reference) continue;
      ctx.report(kInfo, c.span,
                 util::format("{} says port {}, but {} use{} port {}; make them agree", c.source, c.port,
                              describe(agreeing), agreeing.size() == 1 ? "s" : "", reference));
    }
    if (exposed.empty()) return;
    bool listed = std::any_of(exposed.begin(), exposed.end(),
                              [&](const auto* p) { return p->first <= reference && reference <= p->last; });
    if (!listed) {
      ctx.report(kInfo, expose_span(*exposed.front()),
                 util::format("EXPOSE does not list port {}, which {} use{}", reference, describe(agreeing),
                              agreeing.size() == 1 ? "s" : ""));
    }
  }

  // A published container port the built image does not EXPOSE goes to a port nothing listens
  // on. Only judged when the image's final stage EXPOSEs something: no EXPOSE says nothing.
  static void check_published(ProjectContext& ctx, const ServiceView& service) {
    // A compose `command:` or `entrypoint:` starts another process than the image describes.
    if (service.node.find("command") != nullptr || service.node.find("entrypoint") != nullptr) return;
    const dockerfile::Stage* stage = built_final_stage(ctx.project(), service);
    if (stage == nullptr) return;
    std::vector<const dockerfile::ExposedPort*> exposed;
    std::string listed;
    for (const auto& p : stage->exposed) {
      if (!p.valid() || p.protocol != "tcp") continue;
      exposed.push_back(&p);
      listed += (listed.empty() ? "" : ", ") + p.text;
    }
    if (exposed.empty()) return;
    for (const PublishedPort& port : ports_of(service)) {
      if (!port.protocol.empty() && port.protocol != "tcp") continue;
      uint32_t target = parse_port_number(port.target);
      if (target == 0) continue;  // a range or a variable: not judged
      bool open = std::any_of(exposed.begin(), exposed.end(),
                              [&](const auto* p) { return p->first <= target && target <= p->last; });
      if (open) continue;
      ctx.report_node(kInfo, service.stack, *port.node,
                      util::format("service `{}` publishes container port {}, but the image it builds EXPOSEs {}; "
                                   "publish the port the service listens on",
                                   service.name, target, listed));
    }
  }

  // The most-claimed port; ties go to the most authoritative claim (the earliest).
  static uint32_t agreed_port(const std::vector<PortClaim>& claims) {
    std::map<uint32_t, int> counts;
    for (const auto& c : claims) ++counts[c.port];
    uint32_t best = claims.front().port;
    for (const auto& c : claims) {
      if (counts[c.port] > counts[best]) best = c.port;
    }
    return best;
  }

  static core::Span expose_span(const dockerfile::ExposedPort& port) {
    const dockerfile::Instruction& in = *port.via;
    for (const auto& arg : in.args) {
      if (arg.value == port.text || arg.value.starts_with(port.text + "/")) return arg.span;
    }
    return in.args.empty() ? in.keyword_span : in.args.front().span;
  }
};

}  // namespace

PLIMSOLL_RULE(df058_port_mismatch, PortMismatch)

}  // namespace plimsoll::rules
