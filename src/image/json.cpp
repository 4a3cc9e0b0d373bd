#include "image/json.h"

#include <nlohmann/json.hpp>

#include "util/format.h"

namespace plimsoll::image {
namespace {

using nlohmann::json;

util::Result<json> parse_object(std::string_view text, std::string_view what) {
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) return util::unexpected(util::format("{} is not valid JSON", what));
  if (!doc.is_object()) return util::unexpected(util::format("{} is not a JSON object", what));
  return doc;
}

// Typed field readers: a missing field is the default, a wrongly typed one an error.
struct Reader {
  std::string_view what;
  std::optional<util::Error> error;

  std::string string(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_string()) return fail(key, "a string"), std::string();
    return it->get<std::string>();
  }
  int64_t integer(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return -1;
    if (!it->is_number_integer()) return fail(key, "an integer"), -1;
    return it->get<int64_t>();
  }
  std::vector<std::string> strings(const json& obj, const char* key) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) return fail(key, "an array of strings"), out;
    for (const auto& v : *it) {
      if (!v.is_string()) return fail(key, "an array of strings"), out;
      out.push_back(v.get<std::string>());
    }
    return out;
  }
  std::map<std::string, std::string> string_map(const json& obj, const char* key) {
    std::map<std::string, std::string> out;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_object()) return fail(key, "an object of strings"), out;
    for (auto [k, v] : it->items()) {
      if (!v.is_string()) return fail(key, "an object of strings"), out;
      out[k] = v.get<std::string>();
    }
    return out;
  }
  std::vector<std::string> keys(const json& obj, const char* key) {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_object()) return fail(key, "an object"), out;
    for (auto [k, v] : it->items()) out.push_back(k);
    return out;
  }
  const json* object(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return nullptr;
    if (!it->is_object()) return fail(key, "an object"), nullptr;
    return &*it;
  }
  const json* array(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return nullptr;
    if (!it->is_array()) return fail(key, "an array"), nullptr;
    return &*it;
  }
  void fail(const char* key, const char* expected) {
    if (!error) error = util::Error{util::format("{}: \"{}\" must be {}", what, key, expected)};
  }

  Descriptor descriptor(const json& d) {
    Descriptor out;
    if (!d.is_object()) {
      fail("descriptor", "an object");
      return out;
    }
    out.media_type = string(d, "mediaType");
    out.digest = string(d, "digest");
    out.size = integer(d, "size");
    out.annotations = string_map(d, "annotations");
    auto ref = out.annotations.find("org.opencontainers.image.ref.name");
    if (ref != out.annotations.end()) out.ref_name = ref->second;
    if (const json* p = object(d, "platform")) {
      out.platform = string(*p, "os") + "/" + string(*p, "architecture");
      std::string variant = string(*p, "variant");
      if (!variant.empty()) out.platform += "/" + variant;
    }
    return out;
  }
};

}  // namespace

util::Result<Manifest> parse_manifest(std::string_view text) {
  auto doc = parse_object(text, "manifest");
  if (!doc) return util::Unexpected<util::Error>{doc.error()};
  Reader r{"manifest", std::nullopt};
  Manifest out;
  out.media_type = r.string(*doc, "mediaType");
  out.annotations = r.string_map(*doc, "annotations");
  if (const json* list = r.array(*doc, "manifests")) {
    out.is_index = true;
    for (const auto& d : *list) out.manifests.push_back(r.descriptor(d));
  } else {
    const json* config = r.object(*doc, "config");
    if (config == nullptr && !r.error) return util::unexpected("manifest has neither \"manifests\" nor \"config\"");
    if (config != nullptr) out.config = r.descriptor(*config);
    if (const json* layers = r.array(*doc, "layers")) {
      for (const auto& d : *layers) out.layers.push_back(r.descriptor(d));
    }
  }
  if (r.error) return util::Unexpected<util::Error>{*r.error};
  return out;
}

util::Result<ImageConfig> parse_config(std::string_view text) {
  auto doc = parse_object(text, "config");
  if (!doc) return util::Unexpected<util::Error>{doc.error()};
  Reader r{"config", std::nullopt};
  ImageConfig out;
  out.os = r.string(*doc, "os");
  out.architecture = r.string(*doc, "architecture");
  if (const json* c = r.object(*doc, "config")) {
    out.user = r.string(*c, "User");
    out.working_dir = r.string(*c, "WorkingDir");
    out.env = r.strings(*c, "Env");
    out.cmd = r.strings(*c, "Cmd");
    out.entrypoint = r.strings(*c, "Entrypoint");
    out.labels = r.string_map(*c, "Labels");
    out.exposed_ports = r.keys(*c, "ExposedPorts");
    out.volumes = r.keys(*c, "Volumes");
    if (const json* h = r.object(*c, "Healthcheck")) out.healthcheck = r.strings(*h, "Test");
  }
  if (const json* rootfs = r.object(*doc, "rootfs")) out.diff_ids = r.strings(*rootfs, "diff_ids");
  if (const json* history = r.array(*doc, "history")) {
    for (const auto& h : *history) {
      if (!h.is_object()) {
        r.fail("history", "an array of objects");
        break;
      }
      HistoryEntry entry;
      entry.created_by = r.string(h, "created_by");
      auto empty = h.find("empty_layer");
      entry.empty_layer = empty != h.end() && empty->is_boolean() && empty->get<bool>();
      out.history.push_back(std::move(entry));
    }
  }
  if (r.error) return util::Unexpected<util::Error>{*r.error};
  return out;
}

util::Result<std::vector<ArchiveImage>> parse_archive_manifest(std::string_view text) {
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) return util::unexpected("manifest.json is not a JSON array");
  Reader r{"manifest.json", std::nullopt};
  std::vector<ArchiveImage> out;
  for (const auto& entry : doc) {
    if (!entry.is_object()) return util::unexpected("manifest.json: entries must be objects");
    out.push_back({r.string(entry, "Config"), r.strings(entry, "RepoTags"), r.strings(entry, "Layers")});
  }
  if (r.error) return util::Unexpected<util::Error>{*r.error};
  return out;
}

std::pair<std::string, std::string> package_json_identity(std::string_view text) {
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return {};
  Reader r{"package.json", std::nullopt};
  return {r.string(doc, "name"), r.string(doc, "version")};
}

std::string cyclonedx_json(const Image& image, const std::string& tool_version) {
  static const std::map<std::string, std::string> kPurlType = {
      {"deb", "deb"}, {"apk", "apk"}, {"pypi", "pypi"}, {"npm", "npm"}};
  json components = json::array();
  for (const auto& p : image.packages) {
    std::string purl = "pkg:" + kPurlType.at(p.type) + "/" + p.name + "@" + p.version;
    components.push_back({{"type", "library"},
                          {"name", p.name},
                          {"version", p.version},
                          {"purl", purl},
                          {"properties", json::array({{{"name", "plimsoll:path"}, {"value", "/" + p.path}}})}});
  }
  json doc = {{"bomFormat", "CycloneDX"},
              {"specVersion", "1.5"},
              {"version", 1},
              {"metadata",
               {{"tools", {{"components", json::array({{{"type", "application"}, {"name", "plimsoll"}, {"version", tool_version}}})}}},
                {"component", {{"type", "container"}, {"name", image.reference}}}}},
              {"components", components}};
  // Replace invalid UTF-8 rather than throwing: names and paths come from the image.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace plimsoll::image
