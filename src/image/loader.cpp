#include "image/loader.h"

#include <set>

#include "image/digest.h"
#include "image/json.h"
#include "image/packages.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::image {
namespace {

constexpr std::string_view kDefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

std::string env_value(const ImageConfig& config, std::string_view name) {
  for (const auto& e : config.env) {
    if (e.size() > name.size() && e.starts_with(name) && e[name.size()] == '=') return e.substr(name.size() + 1);
  }
  return {};
}

struct Capture {
  uint32_t layer;
  std::string text;
};

// Which file contents the walk keeps, decided on the normalised path.
struct CapturePlan {
  std::set<std::string> programs;  // base names of healthcheck programs
  bool packages = false;
  bool wants(const std::string& path) const {
    if (path == "etc/passwd" || path == "etc/group" || path == "etc/ld.so.conf") return true;
    if (path.starts_with("etc/ld.so.conf.d/") && path.ends_with(".conf")) return true;
    if (programs.count(std::string(util::basename(path))) != 0) return true;
    return packages && is_package_record(path);
  }
};

}  // namespace

std::vector<std::string> healthcheck_programs(const ImageConfig& config) {
  std::vector<std::string> out;
  if (!config.healthcheck || config.healthcheck->size() < 2) return out;
  const auto& test = *config.healthcheck;
  auto first_word = [](const std::string& s) {
    std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return std::string();
    return s.substr(b, s.find_first_of(" \t;|&", b) - b);
  };
  if (test[0] == "CMD") {
    out.push_back(test[1]);
  } else if (test[0] == "CMD-SHELL") {
    out.push_back("/bin/sh");
    std::string word = first_word(test[1]);
    if (!word.empty() && word != "exec") out.push_back(word);
  }
  return out;
}

std::string find_program(const Image& image, const std::string& program) {
  auto exists = [&](const std::string& path) {
    auto real = image.files.resolve(path);
    if (!real) return false;
    const FileVersion* v = image.files.current(*real);
    return v != nullptr && (v->type == EntryType::kFile || v->type == EntryType::kHardlink);
  };
  if (program.find('/') != std::string::npos) {
    std::string path = program.starts_with("/") ? program : image.config.working_dir + "/" + program;
    return exists(path) ? path : std::string();
  }
  std::string path_var = env_value(image.config, "PATH");
  if (path_var.empty()) path_var = kDefaultPath;
  std::size_t start = 0;
  while (start <= path_var.size()) {
    std::size_t colon = path_var.find(':', start);
    std::string dir = path_var.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!dir.empty() && exists(dir + "/" + program)) return dir + "/" + program;
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  return {};
}

util::Result<Image> load_image(const std::string& reference, const LoadOptions& options) {
  Reference ref = parse_reference(reference);
  if (auto digests = digests_available(); !digests) return util::unexpected(digests.error());
  auto source = open_source(ref, options.platform, options.limits);
  if (!source) return util::unexpected(source.error());
  auto config = parse_config(source->config_text);
  if (!config) return util::unexpected(reference + ": " + config.error().message);

  Image image;
  image.files = Filesystem(options.files);
  image.reference = reference;
  image.format = source->format;
  image.annotations = source->annotations;
  image.config = std::move(*config);
  image.layers = source->layers;
  if (!image.config.diff_ids.empty() && image.config.diff_ids.size() != image.layers.size()) {
    return util::unexpected(util::format("{}: the manifest lists {} layers but the config's rootfs has {}", reference,
                                         image.layers.size(), image.config.diff_ids.size()));
  }

  CapturePlan plan;
  for (const auto& p : healthcheck_programs(image.config)) plan.programs.insert(std::string(util::basename(p)));
  plan.packages = options.packages;
  std::map<std::string, Capture> captured;
  for (std::size_t i = 0; i < image.layers.size(); ++i) {
    Layer& layer = image.layers[i];
    auto layer_index = static_cast<uint32_t>(i);
    uint64_t entry_number = 0;
    auto visit = [&](const TarEntry& entry, ByteReader& data) -> util::Status {
      ++entry_number;
      if (auto applied = image.files.apply(layer_index, entry); !applied) {
        return util::unexpected(util::format("entry {}: {}", entry_number, applied.error().message));
      }
      if (entry.type != EntryType::kFile) return util::ok();
      ++layer.files;
      layer.content_bytes += static_cast<uint64_t>(entry.size);
      auto path = normalize_entry_path(entry.path);
      if (!path || !plan.wants(*path)) return util::ok();
      auto text = read_all(data, options.max_captured);
      if (!text) return util::unexpected(util::format("entry {} ({}): {}", entry_number, entry.path, text.error().message));
      captured[*path] = {layer_index, std::move(*text)};
      return util::ok();
    };
    auto stats = source->walk_layer(i, visit);
    if (!stats) return util::unexpected(stats.error());
    layer.stored_bytes = stats->compressed_bytes;
    layer.tar_bytes = stats->uncompressed_bytes;
    layer.compressed = stats->compressed;
  }
  image.files.sort();
  for (auto& [path, capture] : captured) {
    const FileVersion* v = image.files.current(path);
    if (v != nullptr && v->type == EntryType::kFile && v->layer == capture.layer) image.contents[path] = std::move(capture.text);
  }

  // A healthcheck program reached through a symlink to another name: read the target's layer again.
  for (const auto& program : healthcheck_programs(image.config)) {
    std::string found = find_program(image, program);
    if (found.empty()) continue;
    auto real = image.files.resolve(found);
    if (!real || image.contents.count(*real) != 0) continue;
    const FileVersion* v = image.files.current(*real);
    if (v == nullptr || v->type != EntryType::kFile) continue;
    std::string target = *real;
    auto again = source->walk_layer(v->layer, [&](const TarEntry& entry, ByteReader& data) -> util::Status {
      auto path = normalize_entry_path(entry.path);
      if (entry.type != EntryType::kFile || !path || *path != target) return util::ok();
      auto text = read_all(data, options.max_captured);
      if (!text) return util::unexpected(text.error());
      image.contents[target] = std::move(*text);
      return util::ok();
    });
    if (!again) return util::unexpected(again.error());
  }

  int history = 0;
  for (auto& layer : image.layers) {
    while (history < static_cast<int>(image.config.history.size()) && image.config.history[history].empty_layer) ++history;
    if (history < static_cast<int>(image.config.history.size())) layer.history = history++;
  }
  if (options.packages) image.packages = collect_packages(image);
  return image;
}

}  // namespace plimsoll::image
