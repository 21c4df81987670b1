#!/bin/sh
# check-package.sh checks the Linux package that `make package` builds. It
# unpacks it and checks that
#   - its .desktop file passes desktop-file-validate (errors and warnings
#     fail; hints are shown) and carries FyneApp.toml's ID and name;
#   - the binary the .desktop file runs is there, was built with the
#     migrated_fynedo tag, and runs (`newsline events`);
#   - the icon it names is assets/icon.png;
#   - scripts/install.sh (make install) installs all three under a home
#     folder of its own, with a .desktop file that still validates and runs
#     the installed binary by its full path, and --uninstall removes them.
#
#   scripts/check-package.sh [PACKAGE]     (default dist/Newsline.tar.xz)
#
# Needs desktop-file-validate and xz (scripts/setup.sh --test).
set -eu
cd "$(dirname "$0")/.."

GO=${GO:-go}
pkg=${1:-dist/Newsline.tar.xz}
work=$(mktemp -d "${TMPDIR:-/tmp}/newsline-check-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

fail() {
	echo "check-package: FAIL: $*" >&2
	exit 1
}

# validate DESKTOP-FILE: desktop-file-validate's errors and warnings fail.
validate() {
	out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate $1: $out"
	if echo "$out" | grep -qE '(error|warning): '; then
		fail "desktop-file-validate $1: $out"
	fi
	[ -z "$out" ] || echo "$out"
}

# field KEY FILE: the value of KEY= in a .desktop file.
field() {
	sed -n "s/^$1=//p" "$2"
}

# toml KEY: the value of KEY = "…" in FyneApp.toml.
toml() {
	sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\"\(.*\)\"/\1/p" FyneApp.toml
}

[ -f "$pkg" ] || fail "no package at $pkg (make package)"
mkdir "$work/unpacked"
tar -xJf "$pkg" -C "$work/unpacked"

desktop=$(find "$work/unpacked" -name '*.desktop')
[ -n "$desktop" ] && [ "$(echo "$desktop" | wc -l)" -eq 1 ] ||
	fail "want one .desktop file in $pkg, found: ${desktop:-none}"
validate "$desktop"
id=$(toml ID)
name=$(toml Name)
[ "$(basename "$desktop")" = "$id.desktop" ] || fail "$(basename "$desktop"): want $id.desktop (FyneApp.toml's ID)"
[ "$(field Name "$desktop")" = "$name" ] || fail "Name=$(field Name "$desktop") in the .desktop file, FyneApp.toml says $name"

exe=$(field Exec "$desktop")
bin=$(find "$work/unpacked" -path "*/bin/$exe" -type f)
[ -n "$bin" ] && [ -x "$bin" ] ||
	fail "the .desktop file runs $exe, which the package does not hold"
"$GO" version -m "$bin" | grep -qE -- '-tags=([^ ]*,)?migrated_fynedo(,|$)' || fail "$exe was not built with -tags migrated_fynedo: $("$GO" version -m "$bin" | grep -- -tags=)"
events=$(HOME="$work/run-home" NEWSLINE_DATA="$work/run-home/data" "$bin" events) || fail "the packaged $exe does not run"
echo "$events" | grep -q "Zelenskyy" || fail "the packaged $exe lists no seed events: $events"

icon=$(field Icon "$desktop")
iconfile=$(find "$work/unpacked" -path "*/pixmaps/$icon.png")
[ -n "$iconfile" ] || fail "the .desktop file names icon $icon, which the package does not hold"
cmp -s "$iconfile" assets/icon.png || fail "the package's icon $icon.png is not assets/icon.png"

home=$work/home
HOME=$home sh scripts/install.sh "$pkg" >/dev/null
installed=$home/.local/share/applications/$id.desktop
[ -f "$installed" ] || fail "install put no $installed"
validate "$installed"
[ "$(field Exec "$installed")" = "$home/.local/bin/$exe" ] || fail "installed Exec=$(field Exec "$installed"), want $home/.local/bin/$exe"
[ -x "$home/.local/bin/$exe" ] || fail "install put no $home/.local/bin/$exe"
cmp -s "$home/.local/share/icons/$icon.png" assets/icon.png || fail "install put no icon at $home/.local/share/icons/$icon.png"
HOME=$home sh scripts/install.sh --uninstall "$pkg" >/dev/null
left=$(find "$home/.local" -type f)
[ -z "$left" ] || fail "uninstall left: $left"

echo "check-package: ok: $pkg holds $exe (tags migrated_fynedo), $id.desktop (valid) and $icon.png; install and uninstall work"
