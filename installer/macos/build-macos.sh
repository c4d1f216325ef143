#!/usr/bin/env bash
# Build rmdesk.app and a .dmg on macOS from a clean clone (Python 3.11+, Xcode's
# command-line tools for hdiutil):
#
#     bash installer/macos/build-macos.sh
#
# Makes dist/rmdesk.app, runs its self-test, then dist/rmdesk-<version>.dmg (drag the app
# to Applications). Signing and notarising need the bank's Apple developer identity:
#     codesign --deep --options runtime --sign "Developer ID Application: …" dist/rmdesk.app
#     xcrun notarytool submit dist/rmdesk-<version>.dmg --keychain-profile … --wait
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PY=${PYTHON:-python3}
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
VENV=build/bundle-venv
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10"
QM="$ROOT/build/qm"
rm -rf "$QM" && mkdir -p "$QM"
for ts in resources/i18n/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$QM/$(basename "${ts%.ts}").qm"
done
rm -rf dist/rmdesk dist/rmdesk.app
RMDESK_QM_DIR="$QM" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/rmdesk.spec
QT_QPA_PLATFORM=offscreen dist/rmdesk.app/Contents/MacOS/rmdesk --self-test
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R dist/rmdesk.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "rmdesk $VERSION" -srcfolder "$STAGE" -ov -format UDZO "dist/rmdesk-$VERSION.dmg"
echo "== $(du -sh dist/rmdesk.app | cut -f1) app; dist/rmdesk-$VERSION.dmg"
