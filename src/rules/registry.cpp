#include "rules/registry.h"

#include "rules/compose/compose_rules.h"
#include "rules/context/context_rules.h"
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/env/env_rules.h"
#include "rules/image/image_rules.h"
#include "rules/layout/layout_rules.h"
#include "util/text.h"

namespace plimsoll::rules {

const std::vector<const Rule*>& all_rules() {
  // Sorted by ID; the catalogue test keeps it that way and in step with STANDARD.md.
  static const std::vector<const Rule*> rules = {
      &dc001_schema_invalid(),
      &dc002_image_unpinned(),
      &dc003_privileged(),
      &dc004_no_new_privileges_missing(),
      &dc005_capabilities_not_dropped(),
      &dc006_root_filesystem_writable(),
      &dc007_resource_limits_missing(),
      &dc008_healthcheck_missing(),
      &dc009_restart_policy_missing(),
      &dc010_secret_in_environment(),
      &dc011_env_file_missing(),
      &dc012_sensitive_mount(),
      &dc013_host_namespace_shared(),
      &dc014_security_profile_disabled(),
      &dc015_root_user_override(),
      &dc016_logging_unbounded(),
      &dc017_dev_mount_writable(),
      &dc018_variable_undefined(),
      &dc019_port_convention(),
      &dc020_build_file_convention(),
      &dc021_dev_file_convention(),
      &dc022_published_on_all_interfaces(),
      &df001_multi_stage_required(),
      &df002_build_tools_in_final_stage(),
      &df003_final_base_not_minimal(),
      &df004_base_image_unpinned(),
      &df005_base_image_no_digest(),
      &df006_base_image_tag_imprecise(),
      &df007_stage_unnamed(),
      &df008_required_stages(),
      &df009_dev_settings_in_production(),
      &df010_final_user_root(),
      &df011_user_not_created(),
      &df012_user_uid_unspecified(),
      &df013_copy_without_chown(),
      &df014_chown_layer_duplication(),
      &df015_root_owned_path_for_user(),
      &df020_source_before_dependencies(),
      &df021_system_packages_after_source(),
      &df022_no_cache_mount(),
      &df023_uv_sync_unlocked(),
      &df024_uv_env_missing(),
      &df025_pdm_install_dev(),
      &df026_pip_cache_left(),
      &df027_npm_install_in_production(),
      &df028_dependency_unpinned(),
      &df030_apt_no_install_recommends(),
      &df031_apt_lists_not_removed(),
      &df032_apt_update_alone(),
      &df033_apt_not_noninteractive(),
      &df034_apk_cache_left(),
      &df035_dnf_yum_zypper_cache_left(),
      &df040_secret_in_env_or_arg(),
      &df041_secret_literal(),
      &df042_secret_file_copied(),
      &df050_shell_form_entrypoint(),
      &df051_shell_wrapper_without_exec(),
      &df052_entrypoint_cmd_split(),
      &df053_repeated_runtime_instruction(),
      &df054_healthcheck_missing(),
      &df055_healthcheck_tool_missing(),
      &df056_healthcheck_options(),
      &df057_expose_invalid_or_missing(),
      &df058_port_mismatch(),
      &df059_no_init_for_pid1(),
      &df060_oci_labels_missing(),
      &df061_syntax_directive_missing(),
      &df062_python_env_missing(),
      &df063_venv_not_on_path(),
      &df064_maintainer_deprecated(),
      &df065_add_instead_of_copy(),
      &df066_workdir_relative(),
      &df067_run_cd(),
      &df068_sudo(),
      &df069_casing(),
      &df070_pipefail(),
      &df071_undefined_variable(),
      &df072_stage_reference_invalid(),
      &df073_legacy_key_value(),
      &df074_parse_error(),
      &di001_dockerignore_missing(),
      &di002_dockerignore_incomplete(),
      &di003_secret_in_context(),
      &di004_copy_of_ignored_file(),
      &di005_copy_source_missing(),
      &en001_env_file_tracked(),
      &en002_env_example_drift(),
      &en003_env_syntax(),
      &im001_image_user_root(),
      &im002_image_user_unknown(),
      &im003_image_healthcheck_missing(),
      &im004_image_healthcheck_broken(),
      &im005_image_secret_in_config(),
      &im006_image_secret_file(),
      &im007_image_build_tools(),
      &im008_image_shell_or_package_manager(),
      &im009_image_setuid(),
      &im010_image_world_writable(),
      &im011_image_wasted_space(),
      &im012_image_size_budget(),
      &im013_image_app_owner(),
      &im014_image_shell_form(),
      &im015_image_labels_missing(),
      &ly001_layout(),
      &ly002_make_targets(),
      &ly003_lockfile_missing(),
  };
  return rules;
}

const Rule* find_rule(std::string_view id_or_name, std::string_view family) {
  const Rule* first = nullptr;
  for (const Rule* rule : all_rules()) {
    if (util::iequals_ascii(rule->info().id, id_or_name)) return rule;
    if (!util::iequals_ascii(rule->info().name, id_or_name)) continue;
    if (!family.empty() && rule->info().family == family) return rule;
    if (first == nullptr) first = rule;
  }
  return first;
}

std::vector<const Rule*> rules_named(std::string_view name) {
  std::vector<const Rule*> out;
  for (const Rule* rule : all_rules()) {
    if (util::iequals_ascii(rule->info().name, name)) out.push_back(rule);
  }
  return out;
}

}  // namespace plimsoll::rules
