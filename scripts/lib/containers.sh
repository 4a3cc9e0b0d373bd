# Sourced by the scripts that build and run containers on a machine without a daemon.
# Sets B (buildah) and P (podman) command arrays that share one storage under $work, and
# exports CONTAINERS_CONF / CONTAINERS_STORAGE_CONF so podman-compose's podman calls use the
# same storage and runtime settings: runc with cgroupfs (crun refuses some hosts' cgroup mode)
# and explicit ulimits (podman's defaults exceed what an unprivileged CI sandbox may set).
# The storage driver is overlay where the kernel lets buildah mount one (a layer is then a
# directory of changes; vfs copies the whole root filesystem for every layer and container,
# several times slower), else vfs; PLIMSOLL_STORAGE_DRIVER chooses one. Each driver has its own
# storage directory, since one storage cannot change driver.
# Needs: work (a directory), set before sourcing.
: "${work:?containers.sh: set work first}"
mkdir -p "$work/conf"
# True when buildah can create and mount an overlay container in a scratch storage.
overlay_works() {
  local probe=$work/overlay-probe ctr ok=1
  rm -rf "$probe"
  if ctr=$(buildah --storage-driver overlay --root "$probe/storage" --runroot "$probe/run" from scratch 2>/dev/null); then
    buildah --storage-driver overlay --root "$probe/storage" --runroot "$probe/run" mount "$ctr" >/dev/null 2>&1 && ok=0
    buildah --storage-driver overlay --root "$probe/storage" --runroot "$probe/run" rm "$ctr" >/dev/null 2>&1 || true
  fi
  rm -rf "$probe" 2>/dev/null || true
  return $ok
}
if [[ -z ${PLIMSOLL_STORAGE_DRIVER:-} ]]; then
  PLIMSOLL_STORAGE_DRIVER=vfs
  overlay_works && PLIMSOLL_STORAGE_DRIVER=overlay
  export PLIMSOLL_STORAGE_DRIVER
fi
storage_driver=$PLIMSOLL_STORAGE_DRIVER
# The run root lives in a short directory named after $work: podman refuses a run root longer
# than 50 characters (conmon's socket paths grow from it), and $work can be deep in a checkout.
# A run root left behind by an earlier storage that has since been deleted is stale state.
runroot=${TMPDIR:-/tmp}/plimsoll-run-$(printf '%s' "$work" | sha256sum | cut -c1-12)-$storage_driver
if (( ${#runroot} > 50 )); then
  runroot=/tmp/plimsoll-run-$(printf '%s' "$work" | sha256sum | cut -c1-12)-$storage_driver
fi
[[ -d $work/storage-$storage_driver ]] || rm -rf "$runroot" 2>/dev/null || true
mkdir -p "$runroot"
cat > "$work/conf/storage.conf" <<CONF
[storage]
driver = "$storage_driver"
graphroot = "$work/storage-$storage_driver"
runroot = "$runroot"
CONF
cat > "$work/conf/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_STORAGE_CONF=$work/conf/storage.conf
export CONTAINERS_CONF=$work/conf/containers.conf
B=(buildah --storage-driver "$storage_driver" --root "$work/storage-$storage_driver" --runroot "$runroot")
P=(podman --storage-driver "$storage_driver" --root "$work/storage-$storage_driver" --runroot "$runroot" --runtime runc --cgroup-manager cgroupfs)
