// Accessors for every built-image rule (IM); registry.cpp lists them in ID order.
#pragma once

#include "rules/rule.h"

namespace plimsoll::rules {

const Rule& im001_image_user_root();
const Rule& im002_image_user_unknown();
const Rule& im003_image_healthcheck_missing();
const Rule& im004_image_healthcheck_broken();
const Rule& im005_image_secret_in_config();
const Rule& im006_image_secret_file();
const Rule& im007_image_build_tools();
const Rule& im008_image_shell_or_package_manager();
const Rule& im009_image_setuid();
const Rule& im010_image_world_writable();
const Rule& im011_image_wasted_space();
const Rule& im012_image_size_budget();
const Rule& im013_image_app_owner();
const Rule& im014_image_shell_form();
const Rule& im015_image_labels_missing();

}  // namespace plimsoll::rules
