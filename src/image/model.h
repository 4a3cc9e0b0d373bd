// What plimsoll knows about one image: the config it runs with, its layers and the history
// entry that made each, and the file system view with every file's history across layers.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "image/filesystem.h"

namespace plimsoll::image {

struct HistoryEntry {
  std::string created_by;
  bool empty_layer = false;
};

struct ImageConfig {
  std::string user;
  std::string working_dir;
  std::string os;
  std::string architecture;
  std::vector<std::string> env;  // NAME=value
  std::vector<std::string> cmd;
  std::vector<std::string> entrypoint;
  std::map<std::string, std::string> labels;
  std::vector<std::string> exposed_ports;
  std::vector<std::string> volumes;  // `Volumes` keys: where the container writes its state
  std::optional<std::vector<std::string>> healthcheck;  // Test: ["CMD", …], ["CMD-SHELL", "…"], ["NONE"]
  std::vector<HistoryEntry> history;
  std::vector<std::string> diff_ids;
};

struct Descriptor {
  std::string media_type;
  std::string digest;  // "sha256:<hex>"
  int64_t size = -1;
  std::string platform;  // "os/arch[/variant]" for index entries
  std::string ref_name;  // org.opencontainers.image.ref.name
  std::map<std::string, std::string> annotations;
};

struct Layer {
  std::string digest;  // of the stored blob
  std::string media_type;
  uint64_t stored_bytes = 0;  // compressed, as stored
  uint64_t tar_bytes = 0;     // uncompressed tar stream
  uint64_t content_bytes = 0;  // sum of regular file sizes
  uint64_t files = 0;
  bool compressed = false;
  int history = -1;  // index into ImageConfig::history, -1 when the history does not say
};

// An OS or language package found in the file system, for the SBOM.
struct Package {
  std::string type;  // "deb", "apk", "pypi", "npm"
  std::string name;
  std::string version;
  std::string path;  // where it was found
};

struct Image {
  std::string reference;  // as given on the command line
  std::string format;     // "oci" or "docker-archive"
  std::map<std::string, std::string> annotations;  // of the manifest
  ImageConfig config;
  std::vector<Layer> layers;
  Filesystem files;
  std::map<std::string, std::string> contents;  // captured contents of current files by path
  std::vector<Package> packages;                // filled when an SBOM is asked for
};

}  // namespace plimsoll::image
