// DF009 dev-settings-in-production: auto-reload, debuggers and dev dependencies in the image
// that ships: slower, leakier (debug pages show source and settings) and bigger.
#include <array>

#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF009", "dev-settings-in-production", core::Severity::kError, "dockerfile",
                         "Production stages must not enable reload/debug (`--reload`, `DEBUG=true`, `FLASK_DEBUG=1`, "
                         "dev dependency installs).",
                         "df009_dev_settings_in_production"};

// ENV settings that switch a framework into development mode, with the values that do.
struct DevSetting {
  std::string_view name;
  bool any_true;               // 1/true/yes/on
  std::string_view dev_value;  // or this exact value
};
constexpr std::array<DevSetting, 8> kDevSettings = {{{"DEBUG", true, ""},
                                                     {"FLASK_DEBUG", true, ""},
                                                     {"DJANGO_DEBUG", true, ""},
                                                     {"FLASK_ENV", false, "development"},
                                                     {"NODE_ENV", false, "development"},
                                                     {"APP_ENV", false, "development"},
                                                     {"RAILS_ENV", false, "development"},
                                                     {"QUART_DEBUG", true, ""}}};

bool is_dev_flag(std::string_view word) {
  return word == "--reload" || word == "--debug" || word == "--reload=true" || word == "--debug=true" ||
         word == "--watch" || word == "--inspect" || word.starts_with("--inspect=") || word == "--dev";
}

class DevSettingsInProduction final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    std::vector<bool> checked(ctx.model().stages.size(), false);  // targets share parents
    for (int target : ctx.shipped_targets()) {
      const dockerfile::Stage& stage = ctx.model().stages[static_cast<std::size_t>(target)];
      check_startup(stage, ctx);
      for (const dockerfile::Stage* s : from_chain(ctx.model(), target)) {
        if (checked[static_cast<std::size_t>(s->index)]) continue;
        checked[static_cast<std::size_t>(s->index)] = true;
        check_stage(*s, ctx);
      }
    }
  }

 private:
  static void check_startup(const dockerfile::Stage& stage, FileContext& ctx) {
    for (const auto& command : startup_commands(ctx, stage)) {
      for (std::size_t i = 0; i < command.words.size(); ++i) {
        const sh::Word& w = command.words[i];
        bool runserver = w.value == "runserver" && i > 0 && path_basename(command.words[i - 1].value) == "manage.py";
        if (!is_dev_flag(w.value) && !runserver) continue;
        ctx.report(kInfo, w.span,
                   runserver ? std::string("`manage.py runserver` is Django's development server; run gunicorn or "
                                           "uvicorn in the production image")
                             : util::format("`{}` is a development setting in the command of an image that ships; "
                                            "keep it in the development stage or compose file",
                                            w.value));
      }
    }
  }

  static void check_stage(const dockerfile::Stage& stage, FileContext& ctx) {
    for (const dockerfile::Instruction* in : stage.instructions) {
      if (in->kind == dockerfile::Keyword::kEnv) {
        for (const auto& pair : in->typed.pairs()) {
          std::string value = util::to_lower_ascii(pair.value);
          for (const auto& s : kDevSettings) {
            if (pair.key != s.name || !((s.any_true && is_truthy(value)) || (!s.dev_value.empty() && value == s.dev_value))) {
              continue;
            }
            ctx.report(kInfo, pair.key_span,
                       util::format("`{}={}` turns on development behaviour in an image that ships; set it only in "
                                    "the development stage or at run time",
                                    pair.key, pair.raw_value));
          }
        }
      } else if (in->kind == dockerfile::Keyword::kRun) {
        for (const auto& command : ctx.script(*in).commands) {
          const dockerfile::InstallerCommand* installer = ctx.installer(command);
          if (!installer || installer->kind.program != "poetry" || installer->kind.subcommand != "install") continue;
          // `--only main` and `--only=main` alike: the grammar reads both as the option.
          if (installer->has("--no-dev") || installer->has("--only") || installer->has("--without") ||
              installer->has("--only-root")) {
            continue;
          }
          ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                     "`poetry install` installs the dev dependency groups too in an image that ships; add "
                     "`--only main` (or `--without dev`)");
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df009_dev_settings_in_production, DevSettingsInProduction)

}  // namespace plimsoll::rules
