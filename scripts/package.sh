#!/bin/sh
# package.sh builds Newsline's Linux package, dist/Newsline.tar.xz, with
# `fyne package` from fyne.io/tools (the version is pinned in $FYNE, which
# the Makefile sets): the release binary, the .desktop file, the icon and a
# Makefile that installs them, all described by FyneApp.toml. fyne builds
# with the tags FyneApp.toml's [Migrations] ask for (fyneDo → migrated_fynedo).
#
#   FYNE=fyne.io/tools/cmd/fyne@vX.Y.Z scripts/package.sh
#
# fyne package works in the source folder: it replaces ./newsline with its
# own build, adds fyne_metadata_init.go while building and raises
# FyneApp.toml's build number afterwards. So it runs on a copy of the
# sources (tracked files and new ones that git does not ignore) and the
# working tree stays as it is; the script checks that it did.
set -eu
cd "$(dirname "$0")/.."

GO=${GO:-go}
export GO # fyne runs $GO build
FYNE=${FYNE:?"set FYNE to fyne.io/tools/cmd/fyne@VERSION"}
out=dist/Newsline.tar.xz

stage=$(mktemp -d "${TMPDIR:-/tmp}/newsline-package.XXXXXX")
trap 'rm -rf "$stage"' EXIT
trap 'exit 130' INT TERM

in_git=false
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	in_git=true
	before=$(git status --porcelain)
	# --ignore-failed-read: a tracked file deleted in the working tree is left out.
	git ls-files -z --cached --others --exclude-standard |
		tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$stage"
else
	tar --exclude=./dist --exclude=./.git -cf - . | tar -xf - -C "$stage"
fi

echo "package: fyne package builds a release binary (stripped, -trimpath), which compiles everything anew, Fyne's C parts too: a few minutes the first time"
(cd "$stage" && "$GO" run "$FYNE" package --target linux --release)

set -- "$stage"/*.tar.xz
[ -f "$1" ] || {
	echo "package: fyne package wrote no .tar.xz" >&2
	exit 1
}
mkdir -p dist
mv "$1" "$out"

if $in_git; then
	after=$(git status --porcelain)
	if [ "$before" != "$after" ]; then
		printf 'package: the working tree changed while packaging; git status before:\n%s\nand after:\n%s\n' "$before" "$after" >&2
		exit 1
	fi
fi
echo "package: $out ($(du -h "$out" | cut -f1)); make install installs it for you in ~/.local"
