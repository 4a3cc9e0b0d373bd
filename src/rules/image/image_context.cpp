#include "rules/image/image_context.h"

#include <algorithm>

#include "util/format.h"

namespace plimsoll::rules {
namespace {

// Docker's `#(nop) ` marker and the `/bin/sh -c` prefix say nothing to a reader.
std::string tidy(std::string text) {
  for (std::string_view noise : {"/bin/sh -c #(nop) ", "#(nop) "}) {
    if (text.starts_with(noise)) text.erase(0, noise.size());
  }
  std::replace(text.begin(), text.end(), '\n', ' ');
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

std::string human_bytes(uint64_t bytes) {
  if (bytes < 1000) return util::format("{} B", bytes);
  double v = static_cast<double>(bytes);
  for (const char* unit : {"kB", "MB", "GB"}) {
    v /= 1000.0;
    if (v < 1000.0 || std::string_view(unit) == "GB") return util::format("{:.1f} {}", v, unit);
  }
  return util::format("{} B", bytes);
}

std::string image_view_text(const image::Image& image) {
  std::string out = util::format("image {} ({}, {}/{}, {} layers)\n", image.reference, image.format, image.config.os,
                                 image.config.architecture, image.layers.size());
  std::vector<int> layer_of(image.config.history.size(), -1);
  for (std::size_t i = 0; i < image.layers.size(); ++i) {
    if (image.layers[i].history >= 0) layer_of[image.layers[i].history] = static_cast<int>(i);
  }
  for (std::size_t h = 0; h < image.config.history.size(); ++h) {
    out += util::format("history {}{}: {}\n", h, layer_of[h] >= 0 ? util::format(" layer {}", layer_of[h]) : "",
                        tidy(image.config.history[h].created_by));
  }
  for (std::size_t i = 0; i < image.layers.size(); ++i) {
    if (image.layers[i].history < 0) out += util::format("layer {}: {}\n", i, image.layers[i].digest);
  }
  return out;
}

ImageContext::ImageContext(const image::Image& image, const RuleSettings& settings)
    : image_(image), settings_(settings) {
  source_ = std::make_shared<core::SourceFile>(image.reference, image_view_text(image));
  auto extra = static_cast<uint32_t>(image.config.history.size()) + 2;
  for (const auto& layer : image.layers) {
    layer_lines_.push_back(layer.history >= 0 ? static_cast<uint32_t>(layer.history) + 2 : extra++);
  }
}

void ImageContext::report_line(const RuleInfo& rule, uint32_t line, std::string message) {
  const auto& lines = source_->lines();
  if (line < 1 || line > lines.line_count()) line = 1;
  std::string_view text = lines.line_text(line);
  auto start = static_cast<uint32_t>(text.data() - source_->text().data());
  core::Span span{start, start + static_cast<uint32_t>(text.size())};
  reported_.push_back(make_reported(rule, source_, span, std::move(message), std::nullopt, std::nullopt));
}

void ImageContext::report_config(const RuleInfo& rule, std::string message) { report_line(rule, 1, std::move(message)); }

void ImageContext::report_history(const RuleInfo& rule, int history, std::string message) {
  bool known = history >= 0 && history < static_cast<int>(image_.config.history.size());
  report_line(rule, known ? static_cast<uint32_t>(history) + 2 : 1, std::move(message));
}

void ImageContext::report_layer(const RuleInfo& rule, uint32_t layer, std::string message) {
  report_line(rule, layer < layer_lines_.size() ? layer_lines_[layer] : 1, std::move(message));
}

int ImageContext::history_of_instruction(std::string_view keyword) const {
  for (int h = static_cast<int>(image_.config.history.size()) - 1; h >= 0; --h) {
    std::string text = tidy(image_.config.history[h].created_by);
    if (text.size() > keyword.size() && text.starts_with(keyword) && text[keyword.size()] == ' ') return h;
  }
  return -1;
}

int ImageContext::history_mentioning(std::string_view word) const {
  for (int h = static_cast<int>(image_.config.history.size()) - 1; h >= 0; --h) {
    if (image_.config.history[h].created_by.find(word) != std::string::npos) return h;
  }
  return -1;
}

std::string ImageContext::describe_layer(uint32_t layer) const {
  if (layer >= image_.layers.size()) return util::format("layer {}", layer);
  int h = image_.layers[layer].history;
  if (h < 0) return util::format("layer {}", layer);
  std::string what = tidy(image_.config.history[h].created_by);
  if (what.size() > 60) what = what.substr(0, 57) + "...";
  return util::format("layer {} (history {}: {})", layer, h, what);
}

std::vector<Reported> run_image_rules(ImageContext& context, const std::vector<const Rule*>& rules,
                                      RuleTimings* timings) {
  CallTimer timer(timings);
  for (const Rule* rule : rules) {
    if (rule->interest().image) timer.run(rule->info().id, [&] { rule->on_image(context); });
  }
  return std::move(context.reported());
}

}  // namespace plimsoll::rules
