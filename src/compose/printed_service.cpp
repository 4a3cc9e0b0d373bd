// One service as `docker compose config` prints it: each field in the long form compose
// normalises it to. The typed parsers of compose/service.h read ports, volumes, environment and
// env files here exactly as they do for the rules.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "compose/printed_service.h"
#include "compose/service.h"
#include "compose/shell_words.h"
#include "compose/yaml_json.h"
#include "envfile/parser.h"
#include "util/format.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::compose::printed {
namespace {

using ojson = nlohmann::ordered_json;

// The order of compose's service fields (its ServiceConfig), for the keys a service may have.
const std::initializer_list<std::string_view> kServiceOrder = {
    "profiles", "annotations", "attach", "build", "develop", "blkio_config", "cap_add", "cap_drop", "cgroup_parent",
    "cgroup", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpus",
    "cpuset", "cpu_shares", "command", "configs", "container_name", "credential_spec", "depends_on", "deploy",
    "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "dockerfile", "domainname", "entrypoint",
    "provider", "environment", "env_file", "expose", "extends", "external_links", "extra_hosts", "group_add", "gpus",
    "hostname", "healthcheck", "image", "init", "ipc", "isolation", "labels", "label_file", "links", "logging",
    "log_driver", "log_opt", "mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness", "mac_address",
    "models", "net", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid", "pids_limit",
    "platform", "ports", "privileged", "pull_policy", "read_only", "restart", "runtime", "scale", "secrets",
    "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls", "tmpfs",
    "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volume_driver", "volumes", "volumes_from",
    "working_dir", "post_start", "pre_stop"};

const std::initializer_list<std::string_view> kBuildOrder = {
    "context", "dockerfile", "dockerfile_inline", "entitlements", "args", "ssh", "labels", "cache_from", "cache_to",
    "no_cache", "additional_contexts", "pull", "extra_hosts", "isolation", "network", "target", "secrets", "shm_size",
    "tags", "ulimits", "platforms", "privileged"};

const std::initializer_list<std::string_view> kPortOrder = {"name", "mode", "host_ip", "target", "published",
                                                                "protocol", "app_protocol"};
const std::initializer_list<std::string_view> kVolumeOrder = {"type", "source", "target", "read_only", "consistency",
                                                                  "bind", "volume", "tmpfs", "image"};
const std::initializer_list<std::string_view> kHealthcheckOrder = {"test", "timeout", "interval", "retries",
                                                                       "start_period", "start_interval", "disable"};
const std::initializer_list<std::string_view> kFileReferenceOrder = {"source", "target", "uid", "gid", "mode"};

bool is_remote_context(std::string_view context) {
  return context.find("://") != std::string_view::npos || context.starts_with("git@") ||
         context.starts_with("github.com/");
}

std::string text_of(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return value.dump();
}

// A number as Go's fmt.Sprint writes a float64 or int64: compose reads a plain `1.0` in a
// mapping as a number and turns it back into the string "1".
std::string go_number_text(const nlohmann::json& number) {
  if (!number.is_number_float()) return number.dump();
  double value = number.get<double>();
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  if (std::isnan(value)) return "NaN";
  if (value == 0) return std::signbit(value) ? "-0" : "0";
  std::array<char, 64> buffer{};
  // The shortest digits that read back as the same double, then laid out as Go's %v does:
  // plain decimal for exponents from -4 to 20, else d.ddde±XX.
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::scientific);
  std::string text(buffer.data(), ec == std::errc() ? end : buffer.data());
  std::size_t e = text.find('e');
  if (e == std::string::npos) return text;
  int exponent = std::stoi(text.substr(e + 1));
  std::string mantissa = text.substr(0, e);
  bool negative = mantissa.starts_with('-');
  if (negative) mantissa.erase(0, 1);
  std::string digits;
  for (char c : mantissa) {
    if (c != '.') digits += c;
  }
  std::string out = negative ? "-" : "";
  if (exponent < -4 || exponent >= 21) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    out += util::format("e{}{:02}", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out;
  }
  if (exponent < 0) return out + "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  auto whole = static_cast<std::size_t>(exponent) + 1;
  if (digits.size() <= whole) return out + digits + std::string(whole - digits.size(), '0');
  return out + digits.substr(0, whole) + "." + digits.substr(whole);
}

// A mapping value as compose turns it into a string: a plain scalar typed by the YAML reader
// first (`1.0` is the number 1, `true` the boolean), a quoted or interpolated one as written.
ojson mapping_value(const util::YamlNode& value, const ojson& missing) {
  if (!value.is_scalar()) return missing;
  if (!value.plain || value.interpolated) return value.scalar;
  nlohmann::json typed = plain_scalar_value(value.scalar);
  if (typed.is_null()) return missing;
  if (typed.is_boolean()) return typed.get<bool>() ? "true" : "false";
  if (typed.is_number()) return go_number_text(typed);
  return value.scalar;
}

// `environment`, `labels`, `args` and the like: a mapping, or a list of `KEY=value`. A list item
// or value without one is `missing` (null for environment and args, "" for labels).
ojson key_values(const util::YamlNode* node, const ojson& missing) {
  std::map<std::string, ojson> values;
  if (node != nullptr && node->is_map()) {
    for (const auto& entry : node->entries) values[entry.key.scalar] = mapping_value(entry.value, missing);
  } else if (node != nullptr && node->is_sequence()) {
    for (const auto& item : node->items) {
      if (!item.is_scalar()) continue;
      std::size_t eq = item.scalar.find('=');
      values[item.scalar.substr(0, eq)] = eq == std::string::npos ? missing : ojson(item.scalar.substr(eq + 1));
    }
  }
  ojson out = ojson::object();
  for (auto& [key, value] : values) append(out, key, std::move(value));
  return out;
}

ojson words_of(const nlohmann::json& value, const std::string& where, std::vector<std::string>& errors) {
  if (!value.is_string()) return sorted(value);
  auto words = split_shell_words(value.get<std::string>());
  if (!words) {
    errors.push_back(where + ": " + words.error().message);
    return sorted(value);
  }
  return ojson(*words);
}

ojson build(const util::YamlNode& node, const nlohmann::json& typed, const PrintContext& context) {
  std::string base = context.base_dir(node);
  ojson out = ojson::object();
  auto context_path = [&](const std::string& path) {
    return is_remote_context(path) ? path : resolved_path(path, base, context.home);
  };
  if (typed.is_string()) {
    out["context"] = context_path(typed.get<std::string>());
    out["dockerfile"] = "Dockerfile";
    return out;
  }
  if (!typed.is_object()) return sorted(typed);
  for (const auto& [key, value] : typed.items()) {
    if (key == "args") {
      // An argument without a value takes the variable's, and is left out when there is none.
      ojson args = key_values(node.find(key), ojson());
      ojson resolved = ojson::object();
      for (auto& [name, arg] : args.items()) {
        if (!arg.is_null()) {
          append(resolved, name, arg);
        } else if (auto from_environment = context.variables ? context.variables(name) : std::nullopt) {
          append(resolved, name, *from_environment);
        }
      }
      append(out, key, std::move(resolved));
    } else if (key == "labels") {
      append(out, key, key_values(node.find(key), ojson("")));
    } else if (key == "additional_contexts") {
      ojson contexts = key_values(node.find(key), ojson(""));
      for (auto& [name, target] : contexts.items()) {
        std::string text = target.is_string() ? target.get<std::string>() : std::string();
        bool reference = is_remote_context(text) || text.starts_with("docker-image://") || text.starts_with("service:") ||
                         text.starts_with("oci-layout://") || text.starts_with("target:");
        if (!reference && !text.empty()) target = resolved_path(text, base, context.home);
      }
      append(out, key, std::move(contexts));
    } else {
      append(out, key, sorted(value));
    }
  }
  out["context"] = context_path(typed.contains("context") ? text_of(typed["context"]) : std::string("."));
  if (!typed.contains("dockerfile") && !typed.contains("dockerfile_inline")) out["dockerfile"] = "Dockerfile";
  return in_order(out, kBuildOrder);
}

// `env_file` contents, in order, then `environment:` over them: what the container is given.
ojson environment(const util::YamlNode& node, const PrintContext& context, std::size_t& spent_bytes,
                  std::vector<std::string>& errors) {
  std::map<std::string, ojson> values;
  std::vector<EnvironmentVariable> own = parse_environment(node.find("environment"));
  // An env file's references see the project's variables first, then the service's own
  // `environment:` values, as compose resolves them.
  envfile::Lookup lookup = [&context, &own](std::string_view name) -> std::optional<std::string> {
    if (context.variables) {
      if (auto value = context.variables(name)) return value;
    }
    for (const auto& variable : own) {
      if (variable.name == name && variable.value) return variable.value;
    }
    return std::nullopt;
  };
  for (const EnvFile& file : parse_env_files(node.find("env_file"))) {
    if (spent_bytes > kMaxEnvFileBytes) break;  // said once, where it was crossed
    std::string path = resolved_path(file.path, context.base_dir(*file.node), context.home);
    auto text = context.read_file(path);
    if (!text) {
      if (file.required) errors.push_back(util::format("env file {} not found: {}", path, text.error().message));
      continue;
    }
    spent_bytes += text->size();
    if (spent_bytes > kMaxEnvFileBytes) {
      errors.push_back(util::format("env_file: the stack's env files add up to more than {} MiB", kMaxEnvFileBytes >> 20));
      break;
    }
    envfile::EnvFile parsed = envfile::parse_env_file(*text, lookup);
    for (const auto& d : parsed.diagnostics) {
      if (d.severity == core::Severity::kError) errors.push_back(util::format("failed to read {}: {}", path, d.message));
    }
    for (const auto& entry : parsed.entries) {
      if (!entry.inherited) {
        values[entry.key] = entry.value;
      } else if (auto from_environment = context.variables ? context.variables(entry.key) : std::nullopt) {
        values[entry.key] = *from_environment;
      }
    }
  }
  for (const EnvironmentVariable& variable : own) {
    if (variable.value && variable.node != variable.name_node) {
      values[variable.name] = mapping_value(*variable.node, nullptr);  // the map form: `N: 1.0` is "1"
    } else if (variable.value) {
      values[variable.name] = *variable.value;
    } else if (auto from_environment = context.variables ? context.variables(variable.name) : std::nullopt) {
      values[variable.name] = *from_environment;
    } else if (!values.contains(variable.name)) {
      values[variable.name] = nullptr;
    }
  }
  ojson out = ojson::object();
  for (auto& [key, value] : values) append(out, key, std::move(value));
  return out;
}

// What compose adds to `depends_on`: a service named by `links`, by `network_mode`, `ipc`,
// `pid`, `uts` or `cgroup` as `service:NAME` (restarted with it), or by `volumes_from`.
void implied_dependencies(const nlohmann::json& service, std::map<std::string, ojson>& out) {
  auto add = [&out](const std::string& name, bool restart) {
    out.try_emplace(name, ojson{{"condition", "service_started"}, {"restart", restart}, {"required", true}});
  };
  if (auto links = service.find("links"); links != service.end() && links->is_array()) {
    for (const auto& link : *links) {
      if (!link.is_string()) continue;
      std::string name = link.get<std::string>();
      if (std::count(name.begin(), name.end(), ':') == 1) name = name.substr(0, name.find(':'));
      add(name, true);
    }
  }
  for (const char* field : {"network_mode", "ipc", "pid", "uts", "cgroup"}) {
    auto it = service.find(field);
    if (it != service.end() && it->is_string() && it->get<std::string>().starts_with("service:")) {
      add(it->get<std::string>().substr(8), true);
    }
  }
  if (auto from = service.find("volumes_from"); from != service.end() && from->is_array()) {
    for (const auto& item : *from) {
      if (!item.is_string() || item.get<std::string>().starts_with("container:")) continue;
      std::string spec = item.get<std::string>();
      add(spec.substr(0, spec.find(':')), false);
    }
  }
}

ojson depends_on(const nlohmann::json& typed, const nlohmann::json& service) {
  std::map<std::string, ojson> out;
  if (typed.is_array()) {
    for (const auto& name : typed) {
      out[text_of(name)] = ojson{{"condition", "service_started"}, {"required", true}};
    }
  } else if (typed.is_object()) {
    for (const auto& [name, value] : typed.items()) {
      ojson dependency = value.is_object() ? sorted(value) : ojson::object();
      if (!dependency.contains("condition")) dependency["condition"] = "service_started";
      if (!dependency.contains("required")) dependency["required"] = true;
      out[name] = in_order(dependency, {"condition", "restart", "required"});
    }
  }
  implied_dependencies(service, out);
  ojson result = ojson::object();
  for (auto& [name, value] : out) append(result, name, std::move(value));
  return result;
}

ojson networks(const nlohmann::json& typed) {
  if (!typed.is_array()) return sorted(typed);
  std::map<std::string, ojson> names;
  for (const auto& name : typed) names[text_of(name)] = nullptr;
  ojson out = ojson::object();
  for (auto& [name, value] : names) append(out, name, std::move(value));
  return out;
}

ojson ports(const util::YamlNode& node, const nlohmann::json& typed, std::size_t& printed,
            std::vector<std::string>& errors) {
  ojson out = ojson::array();
  const util::YamlNode* list = node.find("ports");
  for (const Port& port : parse_ports(list)) {
    // The typed item (type casts applied) of a long-syntax entry is the one at the same index.
    auto index = static_cast<std::size_t>(port.node - list->items.data());
    if (port.long_syntax && typed.is_array() && index < typed.size()) {
      ojson entry = sorted(typed[index]);
      if (entry.contains("published")) entry["published"] = text_of(typed[index]["published"]);
      if (!entry.contains("mode")) entry["mode"] = "ingress";
      if (!entry.contains("protocol")) entry["protocol"] = "tcp";
      out.push_back(in_order(entry, kPortOrder));
      continue;
    }
    std::string protocol = port.protocol.empty() ? "tcp" : util::to_lower_ascii(port.protocol);
    auto targets = port.target_range();
    auto published = port.published_range();
    int count = targets ? targets->last - targets->first + 1 : 1;
    // A range maps port to port when both sides have the same length; otherwise each container
    // port is published on the whole host range, as the Docker engine reads it.
    bool pairwise = targets && published && published->last - published->first == targets->last - targets->first;
    if (printed > kMaxPortEntries) return out;  // said once, where it was crossed
    if (printed + static_cast<std::size_t>(count) > kMaxPortEntries) {
      errors.push_back(util::format("ports: the stack's port ranges expand to more than {} entries", kMaxPortEntries));
      printed = kMaxPortEntries + 1;
      return out;
    }
    printed += static_cast<std::size_t>(count);
    for (int i = 0; i < count; ++i) {
      ojson entry;
      entry["mode"] = "ingress";
      if (!port.host_ip.empty()) entry["host_ip"] = port.host_ip;
      entry["target"] = targets ? ojson(targets->first + i) : ojson(port.target);
      if (pairwise) {
        entry["published"] = std::to_string(published->first + i);
      } else if (!port.published.empty()) {
        entry["published"] = port.published;
      }
      entry["protocol"] = protocol;
      out.push_back(std::move(entry));
    }
  }
  return out;
}

// Short syntax options after the second colon: access, SELinux label, propagation, nocopy.
void apply_volume_mode(ojson& entry, std::string_view mode) {
  while (!mode.empty()) {
    std::size_t comma = mode.find(',');
    std::string_view option = mode.substr(0, comma);
    mode.remove_prefix(comma == std::string_view::npos ? mode.size() : comma + 1);
    if (option == "ro") entry["read_only"] = true;
    if (option == "z" || option == "Z") entry["bind"]["selinux"] = std::string(option);
    if (option == "shared" || option == "rshared" || option == "slave" || option == "rslave" || option == "private" ||
        option == "rprivate") {
      entry["bind"]["propagation"] = std::string(option);
    }
    if (option == "nocopy") entry["volume"]["nocopy"] = true;
  }
}

ojson volumes(const util::YamlNode& node, const nlohmann::json& typed, const PrintContext& context) {
  ojson out = ojson::array();
  const util::YamlNode* list = node.find("volumes");
  for (const Mount& mount : parse_volumes(list)) {
    auto index = static_cast<std::size_t>(mount.node - list->items.data());
    std::string base = context.base_dir(*mount.node);
    ojson entry;
    if (mount.long_syntax && typed.is_array() && index < typed.size()) {
      entry = sorted(typed[index]);
      if (!mount.target.empty()) entry["target"] = mount.target;  // lexically clean, as compose makes it
      if (mount.type == "bind" && !mount.source.empty()) {
        entry["source"] = resolved_path(mount.source, base, context.home);
      }
    } else {
      entry["type"] = mount.type;
      if (!mount.source.empty()) {
        entry["source"] = mount.type == "bind" ? resolved_path(mount.source, base, context.home) : mount.source;
      }
      entry["target"] = mount.target;
      if (mount.type == "bind") entry["bind"] = ojson::object();
      if (mount.type == "volume") entry["volume"] = ojson::object();
      apply_volume_mode(entry, mount.mode);
    }
    out.push_back(in_order(entry, kVolumeOrder));
  }
  return out;
}

ojson file_references(const nlohmann::json& typed, bool secrets) {
  ojson out = ojson::array();
  if (!typed.is_array()) return sorted(typed);
  for (const auto& item : typed) {
    ojson entry = item.is_object() ? sorted(item) : ojson{{"source", text_of(item)}};
    if (secrets && !entry.contains("target") && entry.contains("source")) {
      entry["target"] = "/run/secrets/" + text_of(entry["source"]);
    }
    out.push_back(in_order(entry, kFileReferenceOrder));
  }
  return out;
}

ojson healthcheck(const nlohmann::json& typed) {
  if (!typed.is_object()) return sorted(typed);
  ojson out = sorted(typed);
  if (typed.contains("test") && typed["test"].is_string()) out["test"] = ojson::array({"CMD-SHELL", typed["test"].get<std::string>()});
  return in_order(out, kHealthcheckOrder);
}

}  // namespace

nlohmann::ordered_json sorted(const nlohmann::json& value) {
  if (value.is_object()) {
    ojson out = ojson::object();
    for (const auto& [key, item] : value.items()) append(out, key, sorted(item));  // nlohmann::json keeps keys sorted
    return out;
  }
  if (value.is_array()) {
    ojson out = ojson::array();
    for (const auto& item : value) out.push_back(sorted(item));
    return out;
  }
  return ojson(value);
}

nlohmann::ordered_json in_order(const nlohmann::ordered_json& fields, std::initializer_list<std::string_view> order) {
  ojson out = ojson::object();
  std::unordered_map<std::string_view, const ojson*> by_key;
  for (const auto& [key, value] : fields.items()) by_key.try_emplace(key, &value);
  std::unordered_set<std::string_view> ordered;
  for (std::string_view key : order) {
    ordered.insert(key);
    if (auto it = by_key.find(key); it != by_key.end()) append(out, std::string(key), *it->second);
  }
  std::vector<std::string_view> rest;
  for (const auto& [key, value] : by_key) {
    if (!ordered.contains(key)) rest.push_back(key);
  }
  std::sort(rest.begin(), rest.end());
  for (std::string_view key : rest) append(out, std::string(key), *by_key[key]);
  return out;
}

void append(nlohmann::ordered_json& object, std::string key, nlohmann::ordered_json value) {
  object.get_ref<ojson::object_t&>().emplace_back(std::move(key), std::move(value));
}

std::string resolved_path(std::string_view path, const std::string& base, const std::string& home) {
  if (path == "~" || path.starts_with("~/")) return util::normal_path(home + std::string(path.substr(1)));
  if (path.starts_with('/') || (path.size() > 2 && path[1] == ':' && util::is_ascii_alpha(path[0]))) {
    return std::string(path);
  }
  return util::normal_path(util::join_path(base, path));
}

nlohmann::ordered_json service(const std::string& name, const util::YamlNode& node, const nlohmann::json& typed,
                               const PrintContext& context, Spent& spent, std::vector<std::string>& errors) {
  ojson out = ojson::object();
  if (!typed.is_object()) return out;
  std::string where = "services." + name;
  for (const auto& [key, value] : typed.items()) {
    if (key == "build") {
      append(out, key, build(*node.find(key), value, context));
    } else if (key == "command" || key == "entrypoint") {
      append(out, key, words_of(value, where + "." + key, errors));
    } else if (key == "labels" || key == "annotations" || key == "sysctls") {
      append(out, key, key_values(node.find(key), ojson("")));
    } else if (key == "depends_on") {
      // Filled in below, with what other fields imply.
    } else if (key == "pull_policy" && value == "if_not_present") {
      append(out, key, "missing");  // compose's one spelling of it
    } else if (key == "networks") {
      append(out, key, networks(value));
    } else if (key == "ports") {
      append(out, key, ports(node, value, spent.port_entries, errors));
    } else if (key == "expose" && value.is_array()) {
      append(out, key, ojson::array());
      for (const auto& port : value) out[key].push_back(text_of(port));
    } else if (key == "volumes") {
      append(out, key, volumes(node, value, context));
    } else if (key == "secrets" || key == "configs") {
      append(out, key, file_references(value, key == "secrets"));
    } else if (key == "healthcheck") {
      append(out, key, healthcheck(value));
    } else if (key == "environment" || key == "env_file" || key == "extends") {
      // Folded below (env_file), or already resolved by the loader (extends).
    } else {
      append(out, key, sorted(value));
    }
  }
  if (ojson dependencies = depends_on(typed.contains("depends_on") ? typed["depends_on"] : nlohmann::json(), typed);
      !dependencies.empty()) {
    out["depends_on"] = std::move(dependencies);
  }
  if (typed.contains("environment") || typed.contains("env_file")) {
    ojson env = environment(node, context, spent.env_file_bytes, errors);
    if (!env.empty()) out["environment"] = std::move(env);
  }
  // A service joins the default network unless it names networks, a network mode or a provider.
  bool names_networks = out.contains("networks") && out["networks"].is_object() && !out["networks"].empty();
  if (!names_networks && !typed.contains("network_mode") && !typed.contains("provider")) {
    out["networks"] = ojson{{"default", nullptr}};
  }
  if (context.json) {
    if (!out.contains("command")) out["command"] = nullptr;
    if (!out.contains("entrypoint")) out["entrypoint"] = nullptr;
  }
  return in_order(out, kServiceOrder);
}

}  // namespace plimsoll::compose::printed
