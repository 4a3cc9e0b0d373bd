# Sourced by the scripts that build and run containers on a machine without a daemon.
# Sets B (buildah) and P (podman) command arrays that share one vfs storage under $work, and
# exports CONTAINERS_CONF / CONTAINERS_STORAGE_CONF so podman-compose's podman calls use the
# same storage and runtime settings: runc with cgroupfs (crun refuses some hosts' cgroup mode)
# and explicit ulimits (podman's defaults exceed what an unprivileged CI sandbox may set).
# Needs: work (a directory), set before sourcing.
: "${work:?containers.sh: set work first}"
mkdir -p "$work/conf"
cat > "$work/conf/storage.conf" <<CONF
[storage]
driver = "vfs"
graphroot = "$work/storage"
runroot = "$work/run"
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
B=(buildah --storage-driver vfs --root "$work/storage" --runroot "$work/run")
P=(podman --storage-driver vfs --root "$work/storage" --runroot "$work/run" --runtime runc --cgroup-manager cgroupfs)
