#!/bin/sh
# setup.sh installs the Debian/Ubuntu packages that building (and, with
# --test, testing) Newsline needs, and only those that are missing.
#
#   scripts/setup.sh          build and run: C compiler, pkg-config, GL/X11 headers
#   scripts/setup.sh --test   also Xvfb, xdotool, ImageMagick, tesseract (OCR) and procps
#                             for the smoke test
#
# It says what it installs. Where apt-get or dpkg-query are missing (not a
# Debian-like system) it prints what to install by hand and carries on, so
# that a machine prepared by other means still builds.
set -eu

packages="gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev"
if [ "${1:-}" = "--test" ]; then
	packages="$packages xvfb xdotool imagemagick tesseract-ocr tesseract-ocr-eng procps"
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "setup: not a Debian/Ubuntu system; make sure these (or your system's equivalents) are installed: $packages" >&2
	exit 0
fi

missing=""
for p in $packages; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
if [ -z "$missing" ]; then
	exit 0
fi

echo "setup: installing missing packages:$missing"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if ! command -v sudo >/dev/null 2>&1; then
		echo "setup: need root (or sudo) to install:$missing" >&2
		exit 1
	fi
	sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086 # word splitting of the package list is intended
$sudo apt-get install -y -q --no-install-recommends $missing
