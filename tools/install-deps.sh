#!/usr/bin/env bash
# Installs every Debian/Ubuntu package that building, testing and running Switchboard needs.
# Idempotent: when everything is present it checks and exits quietly.
# Arguments name extra groups for the portability and packaging checks of `tools/sb.sh test`
# (tools/ci/*.sh): clang, mingw, packaging. Without arguments: what building and running needs.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
  qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsecret-1-dev libsodium-dev
  libvulkan-dev vulkan-tools glslc spirv-tools mesa-vulkan-drivers
  libgl-dev libxkbcommon-dev
  xvfb xauth sqlite3 python3 clang-format
  postgresql-15 libqt6sql6-psql
  nodejs npm curl
)
for group in "$@"; do
  case "$group" in
    # clang build and libc++ syntax pass (tools/ci/clang.sh, tools/ci/libcxx.sh)
    clang) PACKAGES+=(clang lld libc++-dev libc++abi-dev) ;;
    # MinGW-w64 cross build of the engine, run under Wine (tools/ci/mingw.sh)
    mingw) PACKAGES+=(g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 wine wine64) ;;
    # .deb, NSIS and icon checks (tools/ci/package.sh, packaging/icons)
    packaging) PACKAGES+=(librsvg2-bin imagemagick icnsutils nsis lintian desktop-file-utils
                          appstream dpkg-dev fakeroot file debootstrap) ;;
    *) echo "install-deps: unknown group '$group' (clang, mingw, packaging)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node and npm may come from elsewhere on a developer's machine; accept them if present.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
