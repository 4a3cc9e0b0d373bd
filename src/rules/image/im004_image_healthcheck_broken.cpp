// IM004 image-healthcheck-broken: a healthcheck whose program is absent, or an ELF whose
// interpreter or libraries the loader cannot find, fails every probe and the container is
// marked unhealthy (and restarted) although the service is fine.
#include "image/elf.h"
#include "image/loader.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM004", "image-healthcheck-broken", core::Severity::kError, "image",
                         "Healthcheck program absent from the filesystem, or an ELF whose needed libraries are absent.",
                         "im004_image_healthcheck_broken"};

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// What is wrong with running `program`, or empty when nothing is.
std::string problem(const image::Image& image, const std::string& program) {
  if (program.find('/') != std::string::npos) {
    auto real = image.files.resolve(program);
    if (!real) return util::format("healthcheck program '{}': {}", program, real.error().message);
  }
  std::string found = image::find_program(image, program);
  if (found.empty()) {
    return program.find('/') != std::string::npos
               ? util::format("healthcheck program '{}' is not in the image", program)
               : util::format("healthcheck program '{}' is not on the image's PATH", program);
  }
  auto real = image.files.resolve(found);
  if (!real) return util::format("healthcheck program '{}': {}", found, real.error().message);
  const image::FileVersion* v = image.files.current(*real);
  if (v != nullptr && v->type == image::EntryType::kFile && (v->mode & 0111u) == 0) {
    return util::format("healthcheck program '/{}' is not executable (mode {:04o})", *real, v->mode);
  }
  auto content = image.contents.find(*real);
  if (content == image.contents.end()) return {};
  const std::string& bytes = content->second;
  if (bytes.starts_with("#!")) {
    std::string line = bytes.substr(2, bytes.find('\n') - 2);
    std::size_t b = line.find_first_not_of(" \t");
    std::string interpreter = b == std::string::npos ? "" : line.substr(b, line.find_first_of(" \t", b) - b);
    if (!interpreter.empty() && image::find_program(image, interpreter).empty()) {
      return util::format("healthcheck script '{}' runs '{}', which is not in the image", found, interpreter);
    }
    return {};
  }
  auto elf = image::read_elf(bytes);
  if (!elf) return {};
  auto missing = image::missing_libraries(image, "/" + *real, *elf);
  if (missing.empty()) return {};
  return util::format("healthcheck program '{}' needs {}, which the loader would not find in the image", found,
                      joined(missing));
}

class ImageHealthcheckBroken final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    for (const auto& program : image::healthcheck_programs(ctx.image().config)) {
      std::string message = problem(ctx.image(), program);
      if (!message.empty()) ctx.report_history(kInfo, ctx.history_of_instruction("HEALTHCHECK"), message);
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im004_image_healthcheck_broken, ImageHealthcheckBroken)

}  // namespace plimsoll::rules
