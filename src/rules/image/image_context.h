// What an image rule may ask about the audited image, and where its findings go: a text view
// of the image (a header line, then one line per history entry) that every report format can
// point into. One ImageContext per audit, used by one thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "image/model.h"
#include "rules/reported.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"
#include "rules/settings.h"

namespace plimsoll::rules {

// The text findings point into: line 1 names the image, line 2+h is history entry h, then one
// line per layer no history entry describes.
std::string image_view_text(const image::Image& image);

class ImageContext {
 public:
  ImageContext(const image::Image& image, const RuleSettings& settings);

  const image::Image& image() const { return image_; }
  const RuleSettings& settings() const { return settings_; }
  const std::shared_ptr<const core::SourceFile>& source() const { return source_; }

  // A finding on the image as a whole (its config): line 1.
  void report_config(const RuleInfo& rule, std::string message);
  // A finding on history entry `history` (falls back to line 1 when out of range).
  void report_history(const RuleInfo& rule, int history, std::string message);
  // A finding on what layer `layer` wrote: its history entry's line.
  void report_layer(const RuleInfo& rule, uint32_t layer, std::string message);
  // The last history entry made by instruction `keyword` ("USER", "HEALTHCHECK"), or -1.
  int history_of_instruction(std::string_view keyword) const;
  // The last history entry whose created_by contains `text` (e.g. "API_KEY="), or -1.
  int history_mentioning(std::string_view text) const;
  // "layer 2 (history 4: COPY app /app)" for messages.
  std::string describe_layer(uint32_t layer) const;

  std::vector<Reported>& reported() { return reported_; }

 private:
  void report_line(const RuleInfo& rule, uint32_t line, std::string message);

  const image::Image& image_;
  const RuleSettings& settings_;
  std::shared_ptr<const core::SourceFile> source_;
  std::vector<uint32_t> layer_lines_;
  std::vector<Reported> reported_;
};

// Runs the image rules among `rules` over the context's image. Returns what they reported,
// unfinished: the check session applies settings and order.
std::vector<Reported> run_image_rules(ImageContext& context, const std::vector<const Rule*>& rules,
                                      RuleTimings* timings = nullptr);

// A byte count for messages: "512 B", "1.5 kB", "12.3 MB".
std::string human_bytes(uint64_t bytes);

}  // namespace plimsoll::rules
