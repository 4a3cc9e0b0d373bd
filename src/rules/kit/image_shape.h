// The kit shape for image rules: called once per audited image (`plimsoll image`).
#pragma once

#include "rules/image/image_context.h"
#include "rules/kit/rule_base.h"

namespace plimsoll::rules::kit {

template <const RuleInfo& Info>
class ImageRule : public RuleBase<Info> {
 public:
  Interest interest() const final { return Interest::at_image(); }
  void on_image(ImageContext& ctx) const final { check(ctx); }

 protected:
  virtual void check(ImageContext& ctx) const = 0;
};

}  // namespace plimsoll::rules::kit
