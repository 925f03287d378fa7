# Sourced by tools/vulkan-sysroot.sh and tools/gpu-bundle.sh: apt with its own lists, cache and
# an empty dpkg status, so that it fetches .deb files (with every dependency) from the suites
# named in DIR/sources.list without touching the system's apt state or installing anything.
#   private_apt_init DIR        writes DIR's layout; the caller then writes DIR/sources.list
#                               (and DIR/preferences for pins)
#   private_apt DIR ARGS...     apt-get with DIR's options; .deb files land in DIR/debs
private_apt_init() {
  local dir="$1"
  mkdir -p "$dir/lists/partial" "$dir/cache" "$dir/debs/partial" "$dir/prefs.d"
  : >"$dir/status"
  : >"$dir/preferences"
}

private_apt() {
  local dir="$1"; shift
  apt-get \
    -o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=$dir/none" \
    -o "Dir::Etc::Preferences=$dir/preferences" -o "Dir::Etc::PreferencesParts=$dir/prefs.d" \
    -o "Dir::State::Lists=$dir/lists" -o "Dir::State::status=$dir/status" \
    -o "Dir::Cache=$dir/cache" -o "Dir::Cache::archives=$dir/debs" \
    -o APT::Architecture=amd64 -o APT::Architectures::=amd64 -o Debug::NoLocking=1 \
    -o APT::Install-Recommends=false -o Acquire::Retries=3 -o APT::Sandbox::User=root \
    "$@"
}
