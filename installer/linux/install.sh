#!/usr/bin/env bash
# Install the unpacked bundle for the current user: the program in
# ~/.local/lib/rmdesk, a `rmdesk` command in ~/.local/bin, the menu entry and icon.
# `install.sh --uninstall` removes them again; the client book (in ~/.local/share/rmdesk)
# is kept unless --purge is given too.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LIB="$HOME/.local/lib/rmdesk"
BIN="$HOME/.local/bin"
APPS="$HOME/.local/share/applications"
ICONS="$HOME/.local/share/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$LIB" "$BIN/rmdesk" "$APPS/rmdesk.desktop" "$ICONS/rmdesk.png"
  if [ "${2:-}" = "--purge" ]; then rm -rf "$HOME/.local/share/rmdesk"; fi
  echo "rmdesk removed${2:+ with its data}"
  exit 0
fi
mkdir -p "$LIB" "$BIN" "$APPS" "$ICONS"
cp -a "$HERE/." "$LIB/"
ln -sf "$LIB/rmdesk" "$BIN/rmdesk"
sed "s|^Exec=rmdesk|Exec=$LIB/rmdesk|" "$HERE/rmdesk.desktop" > "$APPS/rmdesk.desktop"
cp "$HERE/rmdesk.png" "$ICONS/rmdesk.png"
echo "rmdesk installed: run 'rmdesk' or find it in the applications menu"
