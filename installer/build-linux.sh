#!/usr/bin/env bash
# Build the Linux bundle from a clean clone: a one-folder PyInstaller bundle with the
# compiled translations, a .desktop entry and the icon, packed as a tarball in dist/,
# then checked with its own self-test (headless).
#
#     bash installer/build-linux.sh
#
# Needs Python 3.11+ with venv. Writes build/ and dist/ (both ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-python3}
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
VENV=build/bundle-venv

echo "== rmdesk $VERSION: a build environment"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10"

echo "== translations (.qm, compiled now rather than on first start)"
QM="$ROOT/build/qm"
rm -rf "$QM" && mkdir -p "$QM"
for ts in resources/i18n/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$QM/$(basename "${ts%.ts}").qm"
done

echo "== a Chinese font, for Linux machines that have none (taken from this system's)"
FONTS="$ROOT/build/fonts"
rm -rf "$FONTS" && mkdir -p "$FONTS"
FONT=$(fc-match -f '%{file}' 'sans-serif:lang=zh-cn' 2>/dev/null || true)
case "$FONT" in
  *.ttf|*.ttc|*.otf)
    cp "$FONT" "$FONTS/"
    # Its licence travels with it (Debian keeps it as the package's copyright file).
    PACKAGE=$(dpkg -S "$FONT" 2>/dev/null | cut -d: -f1 || true)
    if [ -n "$PACKAGE" ] && [ -f "/usr/share/doc/$PACKAGE/copyright" ]; then
      cp "/usr/share/doc/$PACKAGE/copyright" "$FONTS/$(basename "$FONT").LICENSE.txt"
    fi
    echo "   $(basename "$FONT")" ;;
  *) echo "   none found (fc-match): the bundle relies on the system's fonts" ;;
esac

echo "== the bundle"
rm -rf dist/rmdesk
RMDESK_QM_DIR="$QM" RMDESK_FONT_DIR="$FONTS" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/rmdesk.spec
install -m 0644 installer/linux/rmdesk.desktop dist/rmdesk/rmdesk.desktop
install -m 0644 resources/icon/rmdesk-256.png dist/rmdesk/rmdesk.png
install -m 0755 installer/linux/install.sh dist/rmdesk/install.sh

echo "== self-test of the bundle (headless)"
QT_QPA_PLATFORM=offscreen dist/rmdesk/rmdesk --self-test

TARBALL="dist/rmdesk-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$TARBALL" rmdesk
echo "== bundle: $(du -sh dist/rmdesk | cut -f1) in dist/rmdesk, $(du -h "$TARBALL" | cut -f1) packed: $TARBALL"
