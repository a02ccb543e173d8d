#!/usr/bin/env bash
# Renders every application icon from the SVG sources in build/ (`make icons`):
#   build/appicon.png                         1024 px, what Wails uses
#   build/windows/icon.ico                    16…256 px, the .exe and the installer
#   build/linux/hicolor/NxN/apps/*.png        16…512 px, the .deb packages
# 16 px comes from appicon-16.svg, a simplified cut that stays legible at that
# size. The results are committed, so a build needs neither rsvg nor ImageMagick.
# Needs rsvg-convert (librsvg2-bin) and convert (imagemagick).
set -euo pipefail
cd "$(dirname "$0")"

svg=appicon.svg
small=appicon-16.svg
name=kam-workbench

# render SIZE OUT: the icon at SIZE×SIZE pixels.
render() {
  local src=$svg
  [ "$1" -le 16 ] && src=$small
  mkdir -p "$(dirname "$2")"
  rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$src" --output "$2"
}

render 1024 appicon.png

for s in 16 32 48 64 128 256 512; do
  render "$s" "linux/hicolor/${s}x${s}/apps/$name.png"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ico=()
for s in 16 24 32 48 64 128 256; do
  render "$s" "$tmp/$s.png"
  ico+=("$tmp/$s.png")
done
mkdir -p windows
convert "${ico[@]}" windows/icon.ico

identify windows/icon.ico | awk '{print $3}' | tr '\n' ' '
echo "-> windows/icon.ico"
echo "icons written: appicon.png, windows/icon.ico, linux/hicolor/*/apps/$name.png"
