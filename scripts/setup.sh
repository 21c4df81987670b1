#!/bin/sh
# setup.sh checks that Go can build Newsline, then installs the Debian/Ubuntu
# packages that building (and, with --package or --test, packaging or
# testing) Newsline needs, and only those that are missing.
#
#   scripts/setup.sh            build and run: C compiler, pkg-config, GL/X11 headers
#   scripts/setup.sh --package  also xz-utils, for the .tar.xz that `fyne package` writes
#   scripts/setup.sh --test     also Xvfb, xdotool, ImageMagick, tesseract (OCR) and
#                               procps for the smoke test, xz-utils and
#                               desktop-file-utils for the package check
#
# Go comes first, before anything is installed: go.mod asks for Go 1.26. An
# older Go from 1.21 on fetches the toolchain that go.mod names through the
# module proxy by itself (unless GOTOOLCHAIN=local forbids it); an older one
# still, such as Debian 12's golang-go (1.19), cannot read go.mod at all, so
# setup stops and says how to get Go. $GO names the go command (default go).
#
# It says what it installs. Where apt-get or dpkg-query are missing (not a
# Debian-like system) it prints what to install by hand and carries on, so
# that a machine prepared by other means still builds.
set -eu
cd "$(dirname "$0")/.."

GO=${GO:-go}

fail() {
	echo "setup: $*" >&2
	exit 1
}

# What go.mod asks for: the Go release (go 1.26.0 → 26) and the toolchain
# an older Go fetches (go1.26.8).
want=$(sed -n 's/^go 1\.\([0-9][0-9]*\).*/\1/p' go.mod)
toolchain=$(sed -n 's/^toolchain \(go[0-9.]*\).*/\1/p' go.mod)
toolchain=${toolchain:-go1.$want}
howto="Install Go 1.$want from https://go.dev/dl/ (README.md, \"Getting Go\"), or any Go from 1.21 on, which fetches $toolchain by itself."

check_go() {
	command -v "$GO" >/dev/null 2>&1 || fail "no Go: \"$GO\" is not on PATH. Newsline needs Go 1.$want. $howto"
	# The Go that is installed, without letting it switch to another.
	# Outside the project, so that a Go too old for go.mod still answers.
	installed=$(cd / && GOTOOLCHAIN=local "$GO" version) || fail "\"$GO version\" failed. $howto"
	minor=$(echo "$installed" | sed -n 's/^go version .*go1\.\([0-9][0-9]*\).*/\1/p')
	[ -n "$minor" ] || fail "cannot tell the Go release from \"$installed\". $howto"
	if [ "$minor" -lt 21 ]; then
		fail "$installed is too old: Newsline needs Go 1.$want, and a Go before 1.21 cannot fetch a newer one (Debian 12's golang-go is 1.19). $howto"
	fi
	if [ "$minor" -lt "$want" ]; then
		if [ "$(cd / && "$GO" env GOTOOLCHAIN)" = local ]; then
			fail "Go 1.$minor is older than 1.$want, and GOTOOLCHAIN=local keeps it from fetching $toolchain. Run \"go env -w GOTOOLCHAIN=auto\" (or prefix the command with GOTOOLCHAIN=auto), and Go 1.$minor fetches $toolchain through the module proxy, once (about 70 MB to download, 310 MB on disk). Or install Go 1.$want from https://go.dev/dl/ (README.md, \"Getting Go\")."
		fi
		echo "setup: Go 1.$minor is older than 1.$want: it fetches $toolchain through the module proxy now, once (about 70 MB to download, 310 MB on disk)"
	fi
	# The Go that will build: in the project, where go.mod may switch it.
	building=$("$GO" env GOVERSION) || fail "could not get $toolchain (see above). $howto"
	bminor=$(echo "$building" | sed -n 's/^go1\.\([0-9][0-9]*\).*/\1/p')
	if [ -z "$bminor" ] || [ "$bminor" -lt "$want" ]; then
		fail "$building would build Newsline, which needs Go 1.$want (is GOTOOLCHAIN set to an older one?). $howto"
	fi
}

# The first build compiles Fyne's C parts, GLFW and the OpenGL bindings,
# with the C compiler: minutes with nothing to show. Say so beforehand.
# (Asking downloads the modules the build needs; go shows them.)
note_first_build() {
	stale=$("$GO" list -tags migrated_fynedo -f '{{.Stale}}' github.com/go-gl/glfw/v3.3/glfw) || stale=true
	if [ "$stale" != false ]; then
		echo "setup: the first build compiles Fyne's C parts (GLFW and OpenGL) and takes a few minutes; later builds take seconds"
	fi
}

check_go

packages="gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev"
case "${1:-}" in
--package) packages="$packages xz-utils" ;;
--test) packages="$packages xvfb xdotool imagemagick tesseract-ocr tesseract-ocr-eng procps xz-utils desktop-file-utils" ;;
"") ;;
*) fail "unknown option $1 (use --package or --test)" ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "setup: not a Debian/Ubuntu system; make sure these (or your system's equivalents) are installed: $packages" >&2
	note_first_build
	exit 0
fi

missing=""
for p in $packages; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
if [ -n "$missing" ]; then
	echo "setup: installing missing packages:$missing"
	sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		command -v sudo >/dev/null 2>&1 || fail "need root (or sudo) to install:$missing"
		sudo="sudo"
	fi
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -q
	# shellcheck disable=SC2086 # word splitting of the package list is intended
	$sudo apt-get install -y -q --no-install-recommends $missing
fi
note_first_build
