package timelineview

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"newsline/app/i18n"
	"newsline/timeline"
)

// A measurer gives the widths of characters and the height of a line of
// text. The window measures with Fyne's fonts (fyneMeasurer); tests of the
// layout measure without a display.
type measurer interface {
	advance(r rune, size float32, bold bool) float32
	lineHeight(size float32) float32
}

// fyneMeasurer measures with the current theme's fonts.
type fyneMeasurer struct{}

func (fyneMeasurer) advance(r rune, size float32, bold bool) float32 {
	return fyne.MeasureText(string(r), size, fyne.TextStyle{Bold: bold}).Width
}

func (fyneMeasurer) lineHeight(size float32) float32 {
	return fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
}

// textCache measures text without shaping it: a string's width is the sum
// of its runes' advances, each measured once. Fyne's MeasureText shapes
// the whole string, too slow to call for every label of every frame;
// the sum ignores kerning, which narrows text, so it errs on the side of
// room. Label widths are kept per event, and count and tick labels per
// value, so that panning allocates nothing once they are known.
type textCache struct {
	m            measurer
	key          any     // what the measurements are for: the theme
	base         float32 // the theme's text size
	label, small float32 // text sizes
	lane         float32
	columnW      float32
	advances     map[advanceKey]float32
	labelW       []float32 // by event; 0 until measured
	ellipsisW    float32
	cuts         map[int32]cutLabel
	counts       map[int]measuredText
	ticks        map[tickKey]measuredText
	laneNames    []measuredText
	undated      measuredText
	undatedN     int // the count undated says; -1 before any
	lineH        map[float32]float32
	lanesOf      *model // the model laneNames and columnW are for
	// lang is the language of the words measured; published and
	// undatedTitle are two of them, asked of the catalogue once rather
	// than every frame.
	lang                    string
	published, undatedTitle measuredText
}

type advanceKey struct {
	r    rune
	size float32
	bold bool
}

type measuredText struct {
	s string
	w float32
}

type cutLabel struct {
	runes int
	m     measuredText
}

type tickKey struct {
	scale int
	at    int64
}

// reset forgets everything measured for a previous document.
func (tc *textCache) reset(x *timeline.Index) {
	tc.labelW = nil
	if x != nil {
		tc.labelW = make([]float32, len(x.Doc.Events))
	}
	tc.cuts = map[int32]cutLabel{}
	tc.key = nil
}

// prepare makes tc measure with m for the theme key whose text size is
// base, dropping what it measured for another.
func (tc *textCache) prepare(key any, base float32, m measurer) {
	if tc.key == key && tc.base == base && tc.m == m && tc.advances != nil && tc.lang == i18n.Current() {
		return
	}
	tc.key, tc.base, tc.m, tc.lang = key, base, m, i18n.Current()
	tc.label, tc.small, tc.lane = max(base-2, 9), max(base-3, 9), max(base-1, 10)
	tc.advances = map[advanceKey]float32{}
	tc.ellipsisW = tc.width("…", tc.label, false)
	tc.cuts = map[int32]cutLabel{}
	tc.counts = map[int]measuredText{}
	tc.ticks = map[tickKey]measuredText{}
	tc.lineH = map[float32]float32{}
	tc.undated, tc.undatedN = measuredText{}, -1
	tc.published, tc.undatedTitle = tc.measured(lang.L("Published"), tc.small, true), tc.measured(lang.L("Undated"), tc.lane, true)
	tc.lanesOf = nil
	for i := range tc.labelW {
		tc.labelW[i] = 0
	}
}

// width returns the width of s, from its runes' advances.
func (tc *textCache) width(s string, size float32, bold bool) float32 {
	var w float32
	for _, c := range s {
		w += tc.advance(c, size, bold)
	}
	return float32(math.Ceil(float64(w)))
}

func (tc *textCache) advance(c rune, size float32, bold bool) float32 {
	k := advanceKey{c, size, bold}
	a, ok := tc.advances[k]
	if !ok {
		a = tc.m.advance(c, size, bold)
		tc.advances[k] = a
	}
	return a
}

func (tc *textCache) lineHeight(size float32) float32 {
	if h, ok := tc.lineH[size]; ok {
		return h
	}
	h := tc.m.lineHeight(size)
	tc.lineH[size] = h
	return h
}

// measured returns s with its width.
func (tc *textCache) measured(s string, size float32, bold bool) measuredText {
	return measuredText{s, tc.width(s, size, bold)}
}

// minLabelRunes is the fewest letters a shortened label keeps; fewer
// say nothing, and the label hides instead.
const minLabelRunes = 5

// fitLabel returns event i's label, shortened with an ellipsis to fit in
// avail pixels, and its width; ok is false when not even a few letters
// fit.
func (tc *textCache) fitLabel(x *timeline.Index, i int32, avail float32) (string, float32, bool) {
	return tc.fitLabelMin(x, i, avail, minLabelRunes)
}

func (tc *textCache) fitLabelMin(x *timeline.Index, i int32, avail float32, minRunes int) (string, float32, bool) {
	label := x.Doc.Events[i].Label()
	w := tc.labelWidth(x, i)
	if w <= avail {
		return label, w, true
	}
	sum := tc.ellipsisW + 1
	runes, cut := 0, 0
	for at, c := range label {
		cw := tc.advance(c, tc.label, false)
		if sum+cw > avail {
			break
		}
		sum += cw
		runes++
		cut = at + utf8.RuneLen(c)
	}
	if runes < minRunes {
		return "", 0, false
	}
	if c, ok := tc.cuts[i]; ok && c.runes == runes {
		return c.m.s, c.m.w, true
	}
	if len(tc.cuts) > 4096 {
		clear(tc.cuts)
	}
	s := strings.TrimRight(label[:cut], " ,;:–-") + "…"
	m := measuredText{s, float32(math.Ceil(float64(sum)))}
	tc.cuts[i] = cutLabel{runes, m}
	return m.s, m.w, true
}

// labelWidth returns the width of event i's whole label.
func (tc *textCache) labelWidth(x *timeline.Index, i int32) float32 {
	w := tc.labelW[i]
	if w == 0 {
		w = tc.width(x.Doc.Events[i].Label(), tc.label, false)
		tc.labelW[i] = w
	}
	return w
}

// fitLabelStyle is fitLabel in bold, for the selected event, or not.
func (tc *textCache) fitLabelStyle(x *timeline.Index, i int32, avail float32, bold bool) (string, float32, bool) {
	if !bold {
		return tc.fitLabel(x, i, avail)
	}
	// One label is bold at a time: measure it afresh, without the cache.
	label := x.Doc.Events[i].Label()
	if w := tc.width(label, tc.label, true); w <= avail {
		return label, w, true
	}
	ell := tc.width("…", tc.label, true)
	sum, runes, cut := ell+1, 0, 0
	for at, c := range label {
		cw := tc.advance(c, tc.label, true)
		if sum+cw > avail {
			break
		}
		sum += cw
		runes++
		cut = at + utf8.RuneLen(c)
	}
	if runes < minLabelRunes {
		return "", 0, false
	}
	return strings.TrimRight(label[:cut], " ,;:–-") + "…", float32(math.Ceil(float64(sum))), true
}

// count returns the label of a cluster of n events: "+37", "+1.2k",
// "+12k". There are few such labels, so they are kept for good.
func (tc *textCache) count(n int) measuredText {
	key := n
	switch {
	case n >= 10000:
		key = 100000 + n/1000
	case n >= 1000:
		key = 10000 + n/100
	}
	if m, ok := tc.counts[key]; ok {
		return m
	}
	var s string
	switch {
	case n < 1000:
		s = "+" + strconv.Itoa(n)
	case n < 10000:
		s = "+" + strconv.Itoa(n/1000) + "." + strconv.Itoa(n/100%10) + "k"
	default:
		s = "+" + strconv.Itoa(n/1000) + "k"
	}
	m := tc.measured(s, tc.small, true)
	tc.counts[key] = m
	return m
}

// tick returns a tick label, made by format the first time.
func (tc *textCache) tick(at interface{ Unix() int64 }, scale int, format func() string) measuredText {
	k := tickKey{scale, at.Unix()}
	if m, ok := tc.ticks[k]; ok {
		return m
	}
	if len(tc.ticks) > 4096 {
		clear(tc.ticks)
	}
	m := tc.measured(format(), tc.small, scale >= 100)
	tc.ticks[k] = m
	return m
}

func (tc *textCache) laneName(row int) measuredText {
	if row < len(tc.laneNames) {
		return tc.laneNames[row]
	}
	return measuredText{}
}

func (tc *textCache) undatedCount(n int) measuredText {
	if tc.undatedN != n {
		tc.undated = tc.measured(lang.N("{{.Count}} events", n, map[string]any{"Count": i18n.Int(n)}), tc.small, false)
		tc.undatedN = n
	}
	return tc.undated
}

// measureLanes names and measures the lanes of m, and sets the column
// width to fit the longest name.
func (tc *textCache) measureLanes(m *model) {
	tc.laneNames = tc.laneNames[:0]
	w := tc.undatedTitle.w
	for i := range m.rows {
		name := tc.measured(i18n.Lane(m.rows[i].lane), tc.lane, true)
		tc.laneNames = append(tc.laneNames, name)
		w = max(w, name.w+10)
	}
	tc.columnW = float32(math.Ceil(float64(min(max(w+2*columnPad, 96), 200))))
	tc.lanesOf = m
}
