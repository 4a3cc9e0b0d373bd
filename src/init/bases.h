// The pinned base images and tools of data/templates/bases.yaml, read once from the embedded
// copy.
#pragma once

#include <string>
#include <vector>

#include "init/version_requirement.h"
#include "util/result.h"

namespace plimsoll::init {

class Bases {
 public:
  static const Bases& get();  // aborts only if the embedded file is broken (a build defect)

  // The pinned image for `ecosystem` at `version`, else the fallback tag with the version in.
  // `pinned` says which it was.
  std::string image(const std::string& ecosystem, const std::string& version, bool* pinned = nullptr) const;
  // The plain tag for `version`, without a digest, whether or not one is recorded.
  std::string fallback_image(const std::string& ecosystem, const std::string& version) const;
  std::string final_image(const std::string& ecosystem) const;
  // The version used when the project states none (`default:`).
  std::string default_version(const std::string& ecosystem) const;
  std::string tool(const std::string& name) const;

  struct Recorded {
    std::string key;    // "3.12": what image() takes
    Version version;    // 3.12.8: the release in the image's tag
    std::string image;  // with its digest
  };
  // The digest-pinned images recorded for `ecosystem`, newest release first.
  std::vector<Recorded> recorded(const std::string& ecosystem) const;

 private:
  Bases() = default;
  struct Data;
  const Data* data_ = nullptr;
};

}  // namespace plimsoll::init
