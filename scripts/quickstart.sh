#!/usr/bin/env bash
# Custos quick start on Debian 12 (bookworm).
#
#   scripts/quickstart.sh demo      install build dependencies, build, open the demo vault
#   scripts/quickstart.sh test      install, configure, build and run the test suite
#   scripts/quickstart.sh asan      the same with AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/quickstart.sh fuzz      build the libFuzzer targets with clang and run each for
#                                   CUSTOS_FUZZ_SECONDS (default 30) seconds
#   scripts/quickstart.sh package   build the .deb; as root also install it and smoke-start it
#
# Missing Debian packages are installed with apt-get (needs root); when everything is
# already installed that step is skipped. The exit code is that of the build or tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6svg6 qt6-qpa-plugins libxkbcommon-dev
    libsqlcipher-dev sqlcipher libssl-dev openssl libzxcvbn-dev libphonenumber-dev
    xvfb xauth poppler-utils fonts-dejavu-core imagemagick
    librsvg2-bin desktop-file-utils appstream
)
# Only for `fuzz`: clang with libFuzzer and the sanitizer runtimes.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

log() { printf '==> %s\n' "$*"; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
    cat >&2 <<EOF
usage: $0 demo|test|asan|package

  demo      install dependencies, build, and open the demo vault
            (without a display: run under Xvfb and save a screenshot)
  test      install dependencies, configure, build and run the tests
  asan      the same with AddressSanitizer + UndefinedBehaviorSanitizer
  fuzz      build the fuzz targets with clang and run each for CUSTOS_FUZZ_SECONDS (30)
  package   build the Debian package; as root also install and smoke-test it
EOF
    exit 2
}

install_packages() {
    local pkg missing=() wanted=("${PACKAGES[@]}")
    [[ $COMMAND == fuzz ]] && wanted+=("${FUZZ_PACKAGES[@]}")
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii' || missing+=("$pkg")
    done
    if ((${#missing[@]} == 0)); then
        log "All ${#wanted[@]} required Debian packages are installed"
        return
    fi
    log "Missing Debian packages: ${missing[*]}"
    if ((EUID != 0)); then
        die "installing them needs root: run 'sudo $0 $COMMAND'"
    fi
    if ! grep -qs 'VERSION_CODENAME=bookworm' /etc/os-release; then
        log "Warning: this script is written for Debian 12 (bookworm); package names may differ"
    fi
    log "apt-get update"
    apt-get update
    log "apt-get install ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

run_demo() {
    log "Configuring and building (preset 'default')"
    cmake --preset default
    cmake --build --preset default
    local exe=build/default/ui/custos
    [[ -x $exe ]] || die "$exe was not built"

    if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
        log "Opening the demo vault: $exe --demo"
        exec "$exe" --demo
    fi

    local shot="$PWD/build/demo-screenshot.png"
    rm -f "$shot"
    log "No DISPLAY or WAYLAND_DISPLAY: running the demo under Xvfb for 8 seconds"
    xvfb-run -a -s "-screen 0 1280x800x24" \
        "$exe" --demo --screenshot "$shot" --quit-after 8
    [[ -s $shot ]] || die "the demo ran but wrote no screenshot to $shot"
    log "Screenshot of the demo window: $shot"
    log "On a desktop session the same command (scripts/quickstart.sh demo) opens the window."
}

run_workflow() {
    local preset=$1
    log "cmake --workflow --preset $preset (configure, build, test)"
    if cmake --workflow --preset "$preset"; then
        log "Workflow '$preset' passed"
    else
        local rc=$?
        log "Workflow '$preset' FAILED (exit code $rc)"
        exit "$rc"
    fi
}

run_package() {
    log "cmake --workflow --preset release (configure, build, package)"
    rm -f build/release/custos_*.deb
    cmake --workflow --preset release
    local debs=(build/release/custos_*.deb)
    [[ -f ${debs[0]} ]] || die "no build/release/custos_*.deb was produced"
    local deb="$PWD/${debs[0]}"
    log "Built $deb"
    log "Depends: $(dpkg-deb -f "$deb" Depends)"

    if ((EUID != 0)); then
        log "Not root: install it with 'sudo apt-get install $deb'"
        return
    fi
    log "Installing $deb"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "$deb"
    log "Smoke test: custos --version"
    QT_QPA_PLATFORM=offscreen /usr/bin/custos --version
    log "Smoke test: custos-cli --version"
    /usr/bin/custos-cli --version
    log "Package installed and both programs start"
}

(($# == 1)) || usage
COMMAND=$1
case $COMMAND in
    demo | test | asan | fuzz | package) ;;
    *) usage ;;
esac

install_packages
case $COMMAND in
    demo) run_demo ;;
    test) run_workflow default ;;
    asan) run_workflow asan ;;
    fuzz) CUSTOS_FUZZ_SECONDS="${CUSTOS_FUZZ_SECONDS:-30}" scripts/fuzz.sh ;;
    package) run_package ;;
esac
