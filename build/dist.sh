#!/usr/bin/env bash
# Builds the release files into dist/ (`make dist`, which passes VERSION,
# LDFLAGS, BIN and WAILS from the Makefile):
#   kam-workbench-VERSION-windows-amd64-setup.exe   the NSIS installer
#   kam-workbench-VERSION-windows-amd64.exe         the Windows program alone
#   kamw-VERSION-windows-amd64.exe                  the command line without the window
#   kam-workbench_DEB-1+webkit40_amd64.deb          Debian 12, Ubuntu 22.04 (WebKitGTK 4.0)
#   kam-workbench_DEB-1+webkit41_amd64.deb          Ubuntu 24.04 and later (WebKitGTK 4.1)
#   SHA256SUMS
# The installer and both .debs carry kamw too: the same command line built
# without the window (tag headless, no cgo), one program for every Linux.
# The frontend is built once in the tree; the programs are built in a
# temporary copy of the project, so the version can be written into that
# copy's wails.json and the Windows resource files Wails writes during a build
# never land in the shared working tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

: "${VERSION:?set VERSION (make dist does)}"
LDFLAGS=${LDFLAGS:--X main.version=$VERSION}
BIN=${BIN:-build/bin/kam-workbench}
WAILS=${WAILS:-go tool wails}
NFPM=${NFPM:-go run github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.45.0}
name=$(basename "$BIN")
dist=$root/dist

read -r debver winver < <(./build/version.sh "$VERSION")
filever=${VERSION#v}
echo "version $VERSION (deb $debver, windows $winver)"

# timed LABEL CMD…: runs CMD and reports how long it took.
timed() {
  local label=$1 t0=$SECONDS
  shift
  "$@"
  echo "== $label: $((SECONDS - t0)) s"
}

timed "frontend" bash -c 'cd frontend && npm run build'

stage=$(mktemp -d "${TMPDIR:-/tmp}/kamw-dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT
# The working tree as git sees it (tracked and new files, nothing ignored),
# plus the built frontend.
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
  tar --null --files-from=- -cf - | tar -xf - -C "$stage"
cp -a frontend/dist/. "$stage/frontend/dist/"

# The version into the copy: wails.json feeds the .exe's file properties and
# the installer (three numbers); the product version string is git's own.
sed -i "s/\"productVersion\": *\"[^\"]*\"/\"productVersion\": \"$winver\"/" "$stage/wails.json"
sed -i "s/\"ProductVersion\": \"{{.Info.ProductVersion}}\"/\"ProductVersion\": \"$VERSION\"/" "$stage/build/windows/info.json"
sed -i "s/^Unicode true\$/&\n!define KAMW_VERSION \"$VERSION\"/" "$stage/build/windows/installer/project.nsi"
grep -q "\"productVersion\": \"$winver\"" "$stage/wails.json"
grep -q "^!define KAMW_VERSION \"$VERSION\"" "$stage/build/windows/installer/project.nsi"
grep -q "\"ProductVersion\": \"$VERSION\"" "$stage/build/windows/info.json"

cd "$stage"
# kamw first: the installer takes build/bin/kamw.exe along.
# kamw GOOS OUT: the command line without the window for one system.
kamw() { CGO_ENABLED=0 GOOS=$1 GOARCH=amd64 go build -tags headless -trimpath -ldflags "$LDFLAGS" -o "$2" .; }
timed "kamw linux" kamw linux build/bin/kamw
timed "kamw windows" kamw windows build/bin/kamw.exe
build=($WAILS build -s -skipbindings -trimpath -ldflags "$LDFLAGS")
timed "linux webkit2gtk-4.0" "${build[@]}" -platform linux/amd64 -o "$name-webkit40"
timed "linux webkit2gtk-4.1" "${build[@]}" -platform linux/amd64 -tags webkit2_41 -o "$name-webkit41"
timed "windows + installer" "${build[@]}" -platform windows/amd64 -nsis

mkdir -p "$dist"
rm -f "$dist/$name"[-_]* "$dist"/kamw-* "$dist/SHA256SUMS"

# deb FLAVOUR GTK WEBKIT: packages the program built for one WebKitGTK.
deb() {
  KAMW_DEB_VERSION=$debver KAMW_FLAVOUR=$1 KAMW_BINARY=build/bin/$name-$1 KAMW_CLI=build/bin/kamw \
    KAMW_DEP_GTK=$2 KAMW_DEP_WEBKIT=$3 \
    $NFPM package --config build/linux/nfpm.yaml --packager deb \
    --target "$dist/${name}_${debver}-1+$1_amd64.deb"
}
timed "deb webkit40" deb webkit40 "libgtk-3-0" "libwebkit2gtk-4.0-37"
timed "deb webkit41" deb webkit41 "libgtk-3-0t64 | libgtk-3-0" "libwebkit2gtk-4.1-0"

cp "build/bin/$name.exe" "$dist/$name-$filever-windows-amd64.exe"
cp build/bin/*-amd64-installer.exe "$dist/$name-$filever-windows-amd64-setup.exe"
cp build/bin/kamw.exe "$dist/kamw-$filever-windows-amd64.exe"

cd "$dist"
sha256sum "$name"[-_]* kamw-* >SHA256SUMS
ls -l "$name"[-_]* kamw-* | awk '{printf "%10d  %s\n", $5, $NF}'
