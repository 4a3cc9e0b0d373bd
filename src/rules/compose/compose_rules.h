// Accessors for every compose rule (DC); registry.cpp lists them in ID order.
#pragma once

#include "rules/rule.h"

namespace plimsoll::rules {

const Rule& dc001_schema_invalid();
const Rule& dc002_image_unpinned();
const Rule& dc003_privileged();
const Rule& dc004_no_new_privileges_missing();
const Rule& dc005_capabilities_not_dropped();
const Rule& dc006_root_filesystem_writable();
const Rule& dc007_resource_limits_missing();
const Rule& dc008_healthcheck_missing();
const Rule& dc009_restart_policy_missing();
const Rule& dc010_secret_in_environment();
const Rule& dc011_env_file_missing();
const Rule& dc012_sensitive_mount();
const Rule& dc013_host_namespace_shared();
const Rule& dc014_security_profile_disabled();
const Rule& dc015_root_user_override();
const Rule& dc016_logging_unbounded();
const Rule& dc017_dev_mount_writable();
const Rule& dc018_variable_undefined();
const Rule& dc019_port_convention();
const Rule& dc020_build_file_convention();
const Rule& dc021_dev_file_convention();
const Rule& dc022_published_on_all_interfaces();

}  // namespace plimsoll::rules
