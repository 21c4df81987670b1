#!/usr/bin/env bash
# smoke.sh starts the real newsline binary under Xvfb and checks, by reading
# the screen with OCR, that its window appears and shows the seed's events.
#
#   scripts/smoke.sh [BINARY]        (default ./newsline)
#
# Needs Xvfb, xdotool, ImageMagick and tesseract (scripts/setup.sh --test).
# Screenshots and the app's log are kept in $SMOKE_DIR (default: a
# temporary directory, printed on failure).
set -euo pipefail

bin=$(realpath "${1:-./newsline}")
work=${SMOKE_DIR:-$(mktemp -d /tmp/newsline-smoke.XXXXXX)}
mkdir -p "$work"
xvfb_pid="" app_pid="" passed=""

cleanup() {
	[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
	[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
	wait 2>/dev/null || true
	if [ -n "$passed" ] && [ -z "${SMOKE_DIR:-}" ]; then
		rm -rf "$work"
	fi
}
trap cleanup EXIT

fail() {
	echo "smoke: FAIL: $*" >&2
	echo "smoke: screenshots, OCR text and the app's log are in $work" >&2
	[ -f "$work/app.log" ] && sed 's/^/  app: /' "$work/app.log" | tail -20 >&2
	exit 1
}

# A display nobody uses.
display=""
for n in $(seq 91 140); do
	if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
		display=":$n"
		break
	fi
done
[ -n "$display" ] || fail "no free X display"

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
	[ -e "/tmp/.X11-unix/X${display#:}" ] && break
	sleep 0.1
done
[ -e "/tmp/.X11-unix/X${display#:}" ] || fail "Xvfb did not start"

# A clean user: no preferences or notes from earlier runs.
export DISPLAY=$display
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export NEWSLINE_DATA=$work/data
rm -rf "$HOME" "$NEWSLINE_DATA"
mkdir -p "$HOME"

# start_app ARGS...: start newsline, wait for its window, set $wid.
start_app() {
	"$bin" "$@" >>"$work/app.log" 2>&1 &
	app_pid=$!
	wid=$(timeout 60 xdotool search --sync --onlyvisible --name '^Newsline' 2>/dev/null | head -1) || true
	[ -n "$wid" ] || fail "no Newsline window appeared within 60 s"
}

# ocr NAME: screenshot the screen, read it, leave the text in $work/NAME.txt.
ocr() {
	import -window root "$work/$1.png"
	# Tesseract reads UI text best enlarged, in grey, dark on light: a dark
	# theme is inverted.
	local negate=""
	if [ "$(convert "$work/$1.png" -colorspace Gray -format '%[fx:mean<0.5]' info:)" = 1 ]; then
		negate=-negate
	fi
	convert "$work/$1.png" -colorspace Gray $negate -resize 200% "$work/$1-big.png"
	# Readings of the whole screen (blocks of text, sparse labels), and of
	# the timeline alone (below the menu and toolbar, about a third of the
	# window), whose labels in coloured bands a whole-screen reading tends
	# to miss.
	tesseract "$work/$1-big.png" "$work/$1-blocks" >/dev/null 2>&1 || fail "tesseract failed on $1.png"
	tesseract "$work/$1-big.png" "$work/$1-sparse" --psm 11 >/dev/null 2>&1 || fail "tesseract failed on $1.png"
	local w h
	eval "$(xdotool getwindowgeometry --shell "$wid" | grep -E '^(WIDTH|HEIGHT)=')"
	w=$WIDTH h=$HEIGHT
	# Thresholded: text in bands turns black on white.
	convert "$work/$1-big.png" -crop "$((2 * w))x$((2 * h * 38 / 100))+0+140" +repage -threshold 55% "$work/$1-top.png"
	for psm in 6 11 12; do
		tesseract "$work/$1-top.png" "$work/$1-top$psm" --psm $psm >/dev/null 2>&1 || fail "tesseract failed on $1.png"
	done
	cat "$work/$1-blocks.txt" "$work/$1-sparse.txt" "$work/$1-top6.txt" "$work/$1-top11.txt" "$work/$1-top12.txt" >"$work/$1.txt"
}

# expect_words NAME WORD...: each word appears in the OCR text of NAME.
expect_words() {
	local name=$1
	shift
	for word in "$@"; do
		grep -qi -- "$word" "$work/$name.txt" || fail "$name: \"$word\" is not on screen (OCR text in $work/$name.txt)"
	done
}

start_app
echo "smoke: window $wid is up on $display"
sleep 2 # let it draw
ocr start
expect_words start Statement Diplomacy Undated Putin Published
# The story's days are framed: most of the dated events' labels can be read.
read=0
for label in "Zelenskyy statement" "Trump to NBC" "Frederiksen to TV2" "Tusk on NATO" "Paris meeting" "Talks accelerate"; do
	grep -qi -- "$label" "$work/start.txt" && read=$((read + 1))
done
[ "$read" -ge 4 ] || fail "start: only $read of the 6 dated events' labels can be read (OCR text in $work/start.txt)"
echo "smoke: the window shows the seed's events"

# The keyboard walks the timeline: Right selects the first event (talks
# since November), Right again the next (Zelenskyy's statement, Saturday);
# each opens its card, whose full title only the card shows.
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --window "$wid" Right
sleep 1
ocr right1
expect_words right1 "Talks to end the war in Ukraine accelerate"
xdotool key --window "$wid" Right
sleep 1
ocr right2
expect_words right2 "Zelenskyy calls the Paris meeting"
xdotool key --window "$wid" End
sleep 1
ocr end
expect_words end "peace deal is"
echo "smoke: Right and End move the selection and open the cards"

# A note typed into the window is saved by itself and survives kill -9.
xdotool key --window "$wid" Home
sleep 1
xdotool key --window "$wid" ctrl+n
sleep 0.5
note="Smoke note $$ survives kill"
xdotool type --window "$wid" --delay 20 "$note"
sleep 3 # past the auto-save pause
ocr typed
expect_words typed "Saved"
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
"$bin" notes list >"$work/notes.txt" 2>&1 || fail "notes list failed: $(cat "$work/notes.txt")"
grep -q "$note" "$work/notes.txt" || fail "the note typed before kill -9 is not in the store (notes list in $work/notes.txt)"
echo "smoke: the note typed in the window survived kill -9"

start_app
sleep 2
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool key --window "$wid" Home
sleep 1
xdotool key --window "$wid" ctrl+n
sleep 1
ocr reopened
expect_words reopened "Smoke note $$"
echo "smoke: after a restart the card shows the note"
passed=1
echo "smoke: PASS"
