#include "compose/extends.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "compose/merge.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::compose {
namespace {

using util::YamlNode;

// The same service under the same name in a one-service document, so merge_into applies the
// service-level rules (command replaced, lists appended, environment merged by name).
YamlNode as_document(const YamlNode& service) {
  YamlNode services;
  services.kind = YamlNode::Kind::kMap;
  YamlNode key;
  key.kind = YamlNode::Kind::kScalar;
  key.scalar = "s";
  services.entries.push_back({key, service});
  YamlNode document;
  document.kind = YamlNode::Kind::kMap;
  key.scalar = "services";
  document.entries.push_back({key, std::move(services)});
  return document;
}

YamlNode without_extends(const YamlNode& service) {
  YamlNode out = service;
  std::erase_if(out.entries, [](const util::YamlEntry& e) { return e.key.is_scalar() && e.key.scalar == "extends"; });
  return out;
}

struct Target {
  std::string service;
  std::string file;  // empty: the same file
  const YamlNode* node = nullptr;
};

std::optional<Target> target_of(const YamlNode& extends) {
  if (extends.is_scalar()) return Target{extends.scalar, {}, &extends};
  if (!extends.is_map()) return std::nullopt;
  const YamlNode* service = extends.find("service");
  if (service == nullptr || !service->is_scalar() || service->scalar.empty()) return std::nullopt;
  Target target{service->scalar, {}, &extends};
  if (const YamlNode* file = extends.find("file"); file != nullptr) {
    if (!file->is_scalar()) return std::nullopt;
    target.file = file->scalar;
  }
  return target;
}

class Resolver {
 public:
  Resolver(const std::function<std::string(const YamlNode&)>& file_dir, const ExtendsFileLoader& load,
           std::vector<std::string>& problems, const ExtendsLimits& limits)
      : file_dir_(file_dir), load_(load), problems_(problems), limits_(limits) {}

  // `service` named `name` of the services map `services`, which sits in directory `dir`
  // (empty: ask file_dir for the node's own file; the top-level document mixes files).
  YamlNode resolve(const YamlNode& services, const std::string& name, const YamlNode& service, const std::string& dir,
                   std::vector<std::string>& chain) {
    const YamlNode* extends = service.is_map() ? service.find("extends") : nullptr;
    if (extends == nullptr) return service;
    YamlNode own = without_extends(service);
    auto target = target_of(*extends);
    std::string here = dir.empty() ? file_dir_(*extends) : dir;
    if (!target) {
      problems_.push_back(util::format("service `{}`: `extends` names no service", name));
      return own;
    }
    if (static_cast<int>(chain.size()) >= limits_.max_depth) {
      problems_.push_back(util::format("service `{}`: `extends` chain longer than {}; not followed", name, limits_.max_depth));
      return own;
    }
    const YamlNode* base_services = &services;
    std::string base_dir = dir;
    std::string file_key = here;
    if (!target->file.empty()) {
      std::string path = util::normal_path(util::join_path(here, target->file));
      std::string why = "could not be read";
      const YamlNode* root = load_(path, why);
      if (root == nullptr) {
        problems_.push_back(util::format("service `{}`: `extends.file` `{}` {}; not followed", name, path, why));
        return own;
      }
      base_services = root->find("services");
      base_dir = util::parent_dir(path);
      file_key = path;
      if (base_services == nullptr || !base_services->is_map()) {
        problems_.push_back(util::format("service `{}`: `{}` has no services; `extends` not followed", name, path));
        return own;
      }
    }
    std::string link = file_key + "\n" + target->service;
    if (std::find(chain.begin(), chain.end(), link) != chain.end()) {
      problems_.push_back(util::format("service `{}`: `extends` loops back to `{}`; not followed", name, target->service));
      return own;
    }
    const YamlNode* base = base_services->find(target->service);
    if (base == nullptr || !base->is_map()) {
      problems_.push_back(util::format("service `{}`: extends `{}`, which is not defined; not followed", name,
                                       target->service));
      return own;
    }
    chain.push_back(std::move(link));
    YamlNode merged = as_document(resolve(*base_services, target->service, *base, base_dir, chain));
    chain.pop_back();
    merge_into(merged, as_document(own));
    YamlNode out = std::move(merged.entries.front().value.entries.front().value);
    // The service is where it is written: its own marks, whatever the base's were.
    out.line = service.line;
    out.column = service.column;
    out.origin = service.origin;
    return out;
  }

 private:
  const std::function<std::string(const YamlNode&)>& file_dir_;
  const ExtendsFileLoader& load_;
  std::vector<std::string>& problems_;
  const ExtendsLimits& limits_;
};

std::size_t count_nodes(const YamlNode& node) {
  std::size_t n = 1;
  for (const auto& item : node.items) n += count_nodes(item);
  for (const auto& entry : node.entries) n += 1 + count_nodes(entry.value);
  return n;
}

}  // namespace

void resolve_extends(util::YamlNode& root, const std::function<std::string(const util::YamlNode&)>& file_dir,
                     const ExtendsFileLoader& load, std::vector<std::string>& problems, const ExtendsLimits& limits) {
  if (!root.is_map()) return;
  YamlNode* services = nullptr;
  for (auto& entry : root.entries) {
    if (entry.key.is_scalar() && entry.key.scalar == "services") services = &entry.value;
  }
  if (services == nullptr || !services->is_map()) return;
  // Resolved against the services as written, so one service's result never feeds another's.
  const YamlNode written = *services;
  Resolver resolver(file_dir, load, problems, limits);
  std::size_t nodes = 0, skipped = 0;
  for (std::size_t i = 0; i < services->entries.size(); ++i) {
    const auto& entry = written.entries[i];
    if (!entry.key.is_scalar() || !entry.value.is_map() || entry.value.find("extends") == nullptr) continue;
    if (nodes > limits.max_nodes) {
      services->entries[i].value = without_extends(entry.value);
      ++skipped;
      continue;
    }
    std::vector<std::string> chain;
    services->entries[i].value = resolver.resolve(written, entry.key.scalar, entry.value, {}, chain);
    nodes += count_nodes(services->entries[i].value);
  }
  if (skipped > 0) {
    problems.push_back(util::format("the resolved services exceed {} nodes; `extends` of {} more services not followed",
                                    limits.max_nodes, skipped));
  }
}

}  // namespace plimsoll::compose
