// IM005 image-secret-in-config: the config and its history ship with the image to every
// registry and every `docker inspect`; a credential in an ENV, a label or a build argument
// (which `created_by` records) is published with it.
#include <set>

#include "knowledge/secret_names.h"
#include "knowledge/secret_patterns.h"
#include "knowledge/secret_values.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM005", "image-secret-in-config", core::Severity::kError, "image",
                         "Credentials in config env, labels, or history (`ARG` values show in `created_by`).",
                         "im005_image_secret_in_config"};

// Why `name=value` looks like a credential, or empty.
std::string secret_reason(std::string_view name, std::string_view value) {
  if (value.empty()) return {};
  if (auto found = knowledge::find_credential(value)) return found->match.kind;
  if (!knowledge::looks_like_secret_name(name)) return {};
  // Switches, numbers, paths and placeholders (`GF_AUTH_ANONYMOUS_ENABLED=true`) are settings.
  knowledge::SecretValue judged = knowledge::classify_secret_value(name, value);
  if (judged == knowledge::SecretValue::kWeak || judged == knowledge::SecretValue::kStrong) {
    return "a value for a credential-like name";
  }
  return {};
}

class ImageSecretInConfig final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    const auto& config = ctx.image().config;
    std::set<int> reported;  // history entries already named by an env or label finding
    for (const auto& e : config.env) {
      std::size_t eq = e.find('=');
      std::string name = e.substr(0, eq);
      std::string value = eq == std::string::npos ? "" : e.substr(eq + 1);
      std::string why = secret_reason(name, value);
      if (!why.empty()) {
        int h = ctx.history_mentioning(name + "=");
        reported.insert(h);
        ctx.report_history(kInfo, h, util::format("config env {} holds {}; it ships in the image config", name, why));
      }
    }
    for (const auto& [name, value] : config.labels) {
      std::string why = secret_reason(name, value);
      if (!why.empty()) {
        int h = ctx.history_mentioning(name + "=");
        reported.insert(h);
        ctx.report_history(kInfo, h, util::format("label {} holds {}; labels ship in the image config", name, why));
      }
    }
    for (std::size_t h = 0; h < config.history.size(); ++h) {
      if (reported.count(static_cast<int>(h)) != 0) continue;
      const std::string& text = config.history[h].created_by;
      if (auto found = knowledge::find_credential(text)) {
        ctx.report_history(kInfo, static_cast<int>(h),
                           util::format("history {} records {} in created_by", h, found->match.kind));
        continue;
      }
      // Build arguments appear as `|N NAME=value … /bin/sh -c …` before a RUN's command.
      if (!text.starts_with("|")) continue;
      std::size_t pos = text.find(' ');
      while (pos != std::string::npos) {
        std::size_t start = pos + 1;
        std::size_t end = text.find(' ', start);
        std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::size_t eq = word.find('=');
        if (eq == std::string::npos) break;
        std::string why = secret_reason(word.substr(0, eq), word.substr(eq + 1));
        if (!why.empty()) {
          ctx.report_history(kInfo, static_cast<int>(h),
                             util::format("history {} records build argument {} ({})", h, word.substr(0, eq), why));
        }
        pos = end;
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im005_image_secret_in_config, ImageSecretInConfig)

}  // namespace plimsoll::rules
