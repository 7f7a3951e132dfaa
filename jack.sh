#!/usr/bin/env bash
# Jack The Butler: set up a Debian 12 machine, build, and either run the demo or the tests.
#   ./jack.sh demo   install, build, start Jack with the demo hotel (dashboard if there is a display)
#   ./jack.sh test   install, build, run the whole test suite (ctest)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${JACK_BUILD_DIR:-build}
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-httpserver-dev
  qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
  libsodium-dev libspdlog-dev libfmt-dev libcld2-dev libstemmer-dev libxml2-dev
  libqt6sql6-sqlite qt6-qpa-plugins
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qttest
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  # Noto Sans Arabic UI and WenQuanYi Micro Hei: the Arabic and Chinese desk's glyphs.
  fonts-dejavu-core fonts-noto-ui-core fonts-wqy-microhei xvfb xauth
  libvmime-dev libetpan-dev
  qt6-multimedia-dev libqt6multimedia6 dbus
  qt6-charts-dev qml6-module-qtcharts
)
# Only the test suite needs these: real mail servers it starts itself, and a headless browser
# for the web chat widget.
TEST_PACKAGES=(
  dovecot-imapd postfix openssl
  chromium chromium-driver
)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_dependencies() { # packages…
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> Installing ${#missing[@]} Debian packages"
    as_root apt-get update -q
    # The mail servers are only started by the test suite, with their own configuration.
    echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

build() { # [targets…] (all when none)
  echo "==> Building in $BUILD_DIR"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${JACK_CMAKE_ARGS:-}
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$BUILD_DIR" -j "$(nproc)" "${targets[@]}"
}

case "${1:-}" in
  demo)
    install_dependencies "${PACKAGES[@]}"
    build jack-server jack-desk
    DATA_DIR=${JACK_DATA_DIR:-$HOME/.local/share/jack-the-butler-demo}
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      echo "==> Starting the dashboard with the demo hotel (data in $DATA_DIR)"
      exec "$BUILD_DIR/bin/jack-desk" --demo --data-dir "$DATA_DIR"
    else
      echo "==> No display: starting jack-server with the demo hotel (data in $DATA_DIR)"
      exec "$BUILD_DIR/bin/jack-server" --demo --data-dir "$DATA_DIR" --listen "${JACK_LISTEN:-127.0.0.1:3000}"
    fi
    ;;
  test)
    install_dependencies "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    JACK_CMAKE_ARGS="-DJACK_WERROR=ON ${JACK_CMAKE_ARGS:-}" build
    echo "==> Running the test suite"
    # Tests start their own hubs and fakes on 127.0.0.1 with free ports, so they run in parallel.
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" \
      --timeout 600 -LE bench
    ;;
  *)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
