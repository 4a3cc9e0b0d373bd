// The pinned base images, tools and Debian package versions of data/templates/bases.yaml,
// read once from the embedded copy.
#pragma once

#include <string>

#include "util/result.h"

namespace plimsoll::init {

class Bases {
 public:
  static const Bases& get();  // aborts only if the embedded file is broken (a build defect)

  // The pinned image for `ecosystem` at `version`, else the fallback tag with the version in.
  // `pinned` says which it was.
  std::string image(const std::string& ecosystem, const std::string& version, bool* pinned = nullptr) const;
  std::string final_image(const std::string& ecosystem) const;
  // The version used when the project states none (`default:`).
  std::string default_version(const std::string& ecosystem) const;
  std::string tool(const std::string& name) const;
  // "name=version" for a Debian package, or the bare name when no version is recorded.
  std::string debian(const std::string& package) const;

 private:
  Bases() = default;
  struct Data;
  const Data* data_ = nullptr;
};

}  // namespace plimsoll::init
