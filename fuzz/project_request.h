// A check request over a project written from one fuzz input (project_input.h), every file an
// overlay under a root that does not exist, so nothing is read from disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "project_input.h"
#include "session/session.h"

namespace plimsoll::fuzzing {

inline session::Request project_request(const uint8_t* data, size_t size) {
  const std::string root = "/nonexistent-plimsoll-fuzz";
  session::Request request;
  request.root = root;
  for (const ProjectFile& file : split_project(data, size)) {
    std::string path = root + "/" + file.name;
    bool dockerfile = file.name.find("Dockerfile") != std::string::npos;
    (dockerfile ? request.dockerfiles : request.project_files).push_back(path);
    request.overlays[path] = file.text;
  }
  request.project_rules = true;
  return request;
}

}  // namespace plimsoll::fuzzing
