#!/bin/sh
# install.sh installs Newsline's Linux package for the user, without root:
# the binary in ~/.local/bin, the .desktop file in
# ~/.local/share/applications (its Exec the binary's full path, so the
# desktop's launcher finds it even where ~/.local/bin is not on PATH) and
# the icon in ~/.local/share/icons. It runs the `user-install` target of
# the Makefile that fyne package puts in the package.
#
#   scripts/install.sh [PACKAGE]              (default dist/Newsline.tar.xz)
#   scripts/install.sh --uninstall [PACKAGE]  removes what install put there
set -eu
cd "$(dirname "$0")/.."

target=user-install
if [ "${1:-}" = --uninstall ]; then
	target=user-uninstall
	shift
fi
pkg=${1:-dist/Newsline.tar.xz}
[ -f "$pkg" ] || {
	echo "install: no package at $pkg; make package builds it" >&2
	exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/newsline-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
tar -xJf "$pkg" -C "$work"
set -- "$work"/*/Makefile
[ -f "$1" ] || {
	echo "install: $pkg holds no Makefile to install with" >&2
	exit 1
}
dir=$(dirname "$1")

if [ "$target" = user-install ]; then
	make --no-print-directory -s -C "$dir" user-install
	echo "install: Newsline is in $HOME/.local (bin/newsline, share/applications, share/icons); make uninstall removes it"
	case ":$PATH:" in
	*":$HOME/.local/bin:"*) ;;
	*) echo "install: $HOME/.local/bin is not on PATH: the menu entry works; for the command line add it to PATH" ;;
	esac
else
	# The package's Makefile ignores files that are already gone, noisily.
	make --no-print-directory -s -C "$dir" user-uninstall >/dev/null 2>&1 || true
	echo "install: removed Newsline from $HOME/.local"
fi
