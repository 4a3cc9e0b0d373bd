// Accessors for every Dockerfile rule; registry.cpp lists them in ID order.
#pragma once

#include "rules/rule.h"

namespace plimsoll::rules {

const Rule& df001_multi_stage_required();
const Rule& df002_build_tools_in_final_stage();
const Rule& df003_final_base_not_minimal();
const Rule& df004_base_image_unpinned();
const Rule& df005_base_image_no_digest();
const Rule& df006_base_image_tag_imprecise();
const Rule& df007_stage_unnamed();
const Rule& df008_required_stages();
const Rule& df009_dev_settings_in_production();
const Rule& df010_final_user_root();
const Rule& df011_user_not_created();
const Rule& df012_user_uid_unspecified();
const Rule& df013_copy_without_chown();
const Rule& df014_chown_layer_duplication();
const Rule& df015_root_owned_path_for_user();
const Rule& df020_source_before_dependencies();
const Rule& df021_system_packages_after_source();
const Rule& df022_no_cache_mount();
const Rule& df023_uv_sync_unlocked();
const Rule& df024_uv_env_missing();
const Rule& df025_pdm_install_dev();
const Rule& df026_pip_cache_left();
const Rule& df027_npm_install_in_production();
const Rule& df028_dependency_unpinned();
const Rule& df030_apt_no_install_recommends();
const Rule& df031_apt_lists_not_removed();
const Rule& df032_apt_update_alone();
const Rule& df033_apt_not_noninteractive();
const Rule& df034_apk_cache_left();
const Rule& df035_dnf_yum_zypper_cache_left();
const Rule& df040_secret_in_env_or_arg();
const Rule& df041_secret_literal();
const Rule& df042_secret_file_copied();
const Rule& df050_shell_form_entrypoint();
const Rule& df051_shell_wrapper_without_exec();
const Rule& df052_entrypoint_cmd_split();
const Rule& df053_repeated_runtime_instruction();
const Rule& df054_healthcheck_missing();
const Rule& df055_healthcheck_tool_missing();
const Rule& df056_healthcheck_options();
const Rule& df057_expose_invalid_or_missing();
const Rule& df058_port_mismatch();
const Rule& df059_no_init_for_pid1();
const Rule& df060_oci_labels_missing();
const Rule& df061_syntax_directive_missing();
const Rule& df062_python_env_missing();
const Rule& df063_venv_not_on_path();
const Rule& df064_maintainer_deprecated();
const Rule& df065_add_instead_of_copy();
const Rule& df066_workdir_relative();
const Rule& df067_run_cd();
const Rule& df068_sudo();
const Rule& df069_casing();
const Rule& df070_pipefail();
const Rule& df071_undefined_variable();
const Rule& df072_stage_reference_invalid();
const Rule& df073_legacy_key_value();
const Rule& df074_parse_error();

}  // namespace plimsoll::rules
