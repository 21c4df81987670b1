package timelineview

import (
	"fmt"
	"image/color"
	"math"
	"reflect"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"newsline/app/look"
	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/synth"
)

// The layout is tested without Fyne: a fixed-pitch measurer stands in for
// the theme's fonts, and colours come from the lane palette alone.

// pitchMeasurer measures every character as a fixed fraction of the size.
type pitchMeasurer struct{}

func (pitchMeasurer) advance(_ rune, size float32, bold bool) float32 {
	if bold {
		return size * 0.62
	}
	return size * 0.56
}

func (pitchMeasurer) lineHeight(size float32) float32 { return size * 1.4 }

// layoutFixture is a model with what a layout needs beside the state.
type layoutFixture struct {
	m  *model
	c  colors
	tc textCache
	f  Frame
}

func newLayoutFixture(x *timeline.Index, visible func(int) bool) *layoutFixture {
	lf := &layoutFixture{m: newModel(x, visible)}
	palette := look.NewLaneColors(x.Lanes)
	for _, row := range lf.m.rows {
		lf.c.lanes = append(lf.c.lanes, palette.Color(row.lane, false))
	}
	lf.tc.reset(x)
	lf.tc.prepare("test", 14, pitchMeasurer{})
	return lf
}

// at lays out the span [start, start+span) at size; span 0 fits.
func (lf *layoutFixture) at(size fyne.Size, start time.Time, span time.Duration) *Frame {
	st := state{size: size, selected: -1}
	if span == 0 {
		st.fit = fitAll
	}
	if span > 0 {
		st.viewStart, st.viewSpan = clampView(lf.m, unixSeconds(start), span.Seconds())
	}
	layout(&lf.f, lf.m, &st, &lf.c, &lf.tc)
	return &lf.f
}

func seedDoc(t testing.TB) *timeline.Document {
	t.Helper()
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestLayoutNothingOverlaps checks, over a dense document at many zooms
// and two sizes, that no label overlaps another label, a marker or a
// cluster, and that nothing is drawn outside the widget.
func TestLayoutNothingOverlaps(t *testing.T) {
	x := timeline.NewIndex(synth.Generate(synth.Options{Events: 5000, Seed: 2}))
	lf := newLayoutFixture(x, nil)
	mid := x.Doc.Events[x.Order[len(x.Order)/2]].Date.Begin()
	spans := []time.Duration{0, 400 * 24 * time.Hour, 30 * 24 * time.Hour, 7 * 24 * time.Hour, 24 * time.Hour, 3 * time.Hour}
	for _, size := range []fyne.Size{fyne.NewSize(900, 600), fyne.NewSize(1600, 400)} {
		for _, span := range spans {
			f := lf.at(size, mid.Add(-span/2), span)
			name := fmt.Sprintf("%v at %v", span, size)
			type box struct {
				what           string
				x0, y0, x1, y1 float32
			}
			var boxes []box
			for _, s := range f.layers[layerLabels] {
				boxes = append(boxes, box{"label " + s.text, s.x, s.y + 2, s.x + s.w, s.y + s.h - 2})
			}
			nLabels := len(boxes)
			for _, s := range f.layers[layerMarks] {
				boxes = append(boxes, box{"marker", s.x, s.y, s.x + s.w, s.y + s.h})
			}
			for _, s := range f.layers[layerPills] {
				boxes = append(boxes, box{"cluster", s.x, s.y, s.x + s.w, s.y + s.h})
			}
			for _, s := range f.layers[layerBars] {
				boxes = append(boxes, box{"bar", s.x, s.y, s.x + s.w, s.y + s.h})
			}
			for i, a := range boxes {
				if a.x0 < 0 || a.x1 > size.Width+0.5 || a.y0 < 0 || a.y1 > size.Height {
					t.Errorf("%s: %s at [%.0f,%.0f]–[%.0f,%.0f] is outside the widget", name, a.what, a.x0, a.y0, a.x1, a.y1)
				}
				if i >= nLabels {
					continue
				}
				for j, b := range boxes {
					own := b.what == "bar" && b.x0 <= a.x0 && a.x0 < b.x1 // a label starts inside its own band
					if j != i && !own && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
						t.Errorf("%s: %s [%.1f–%.1f] overlaps %s [%.1f–%.1f]", name, a.what, a.x0, a.x1, b.what, b.x0, b.x1)
					}
				}
			}
			if nLabels == 0 && span > 0 && span < 30*24*time.Hour {
				t.Errorf("%s: no labels at all", name)
			}
		}
	}
}

// TestLayoutIsPure: the layout reads its state without changing it, and
// the same state gives the same frame.
func TestLayoutIsPure(t *testing.T) {
	x := timeline.NewIndex(seedDoc(t))
	lf := newLayoutFixture(x, nil)
	st := state{size: fyne.NewSize(1280, 300), selected: 3, fit: fitStory, stripOffset: 1e6,
		hover: target{kind: targetEvent, ev: 2}, tipTitle: "tip", tipDetail: "detail", focused: true}
	before := st
	var a, b Frame
	layout(&a, lf.m, &st, &lf.c, &lf.tc)
	layout(&b, lf.m, &st, &lf.c, &lf.tc)
	if !reflect.DeepEqual(st, before) {
		t.Errorf("layout changed its state:\n%+v\nwas\n%+v", st, before)
	}
	a.gen, b.gen = 0, 0
	if !reflect.DeepEqual(a, b) {
		t.Error("the same state laid out twice gave different frames")
	}
	if a.stripOffset >= 1e6 {
		t.Errorf("the strip offset was not clamped: %v", a.stripOffset)
	}
	if a.viewSpan <= 0 {
		t.Errorf("fitting gave no viewport: %v", a.viewSpan)
	}
}

// TestLayoutTargetsFollowMarkers: every single event drawn in a lane has a
// hit target around its marker, and markerAt agrees with the marker drawn.
func TestLayoutTargetsFollowMarkers(t *testing.T) {
	x := timeline.NewIndex(seedDoc(t))
	lf := newLayoutFixture(x, nil)
	f := lf.at(fyne.NewSize(1280, 300), time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), 8*24*time.Hour)
	checked := 0
	for _, h := range f.hits {
		if h.kind != targetEvent || x.Doc.Events[h.ev].Date.IsPeriod() {
			continue
		}
		mx, my, ok := f.markerAt(lf.m, h.ev)
		if !ok {
			t.Errorf("event %d is a target but has no marker", h.ev)
			continue
		}
		cx, cy := f.geom.plotX+mx, my
		if cx < h.x0 || cx >= h.x1 || cy < h.y0 || cy >= h.y1 {
			t.Errorf("event %d's marker at (%.0f, %.0f) is outside its target [%.0f,%.0f]–[%.0f,%.0f]", h.ev, cx, cy, h.x0, h.y0, h.x1, h.y1)
		}
		if got := f.hitAt(fyne.NewPos(cx, cy)); got.kind != targetEvent || got.ev != h.ev {
			t.Errorf("a click on event %d's marker hits %+v", h.ev, got)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d events checked in the seed's week", checked)
	}
}

// TestStoryShowsTheDays: as the seed opens, at the sizes of its window at
// 1280×800 and 900×600, every dated instant is drawn with its whole
// label, and the period since November runs off the left edge.
func TestStoryShowsTheDays(t *testing.T) {
	x := timeline.NewIndex(seedDoc(t))
	for _, size := range []fyne.Size{fyne.NewSize(1270, 300), fyne.NewSize(890, 220)} {
		lf := newLayoutFixture(x, nil)
		st := state{size: size, selected: -1, fit: fitStory}
		layout(&lf.f, lf.m, &st, &lf.c, &lf.tc)
		f := &lf.f
		labels := map[string]bool{}
		for _, s := range f.layers[layerLabels] {
			labels[s.text] = true
		}
		for i, ev := range x.Doc.Events {
			if !ev.Date.Dated() || ev.Date.IsPeriod() {
				continue
			}
			if !labels[ev.Label()] {
				t.Errorf("%v: %q (%s) has no whole label in the first view; labels: %v", size, ev.Label(), ev.Date.Human(), labels)
			}
			x0, x1, ok := f.footprint(lf.m, int32(i))
			if !ok || x0 < 0 || x1 > f.geom.plotW {
				t.Errorf("%v: %q is drawn at %v–%v, want inside the plot (0–%v)", size, ev.Label(), x0, x1, f.geom.plotW)
			}
			// A day of the story is wide: its events are bands, not dots.
			if ok && x1-x0 <= 2*markerR {
				t.Errorf("%v: %q is a marker, want a band over its day", size, ev.Label())
			}
		}
		talks := eventIndexByLabel(t, x, "Talks accelerate")
		if x0, _, ok := f.footprint(lf.m, int32(talks)); !ok || x0 >= 0 {
			t.Errorf("%v: the period since November starts at %v, want it running off the left edge", size, x0)
		}
		if len(f.layers[layerBarArrows]) == 0 {
			t.Errorf("%v: no arrow marks the period as continuing", size)
		}

	}
}

// TestPublicationFlagHidesNoTick: the tick labels are the same with and
// without the publication flag, at many zooms.
func TestPublicationFlagHidesNoTick(t *testing.T) {
	x := timeline.NewIndex(seedDoc(t))
	pub := time.Date(2026, 1, 6, 12, 0, 0, 0, time.UTC)
	for _, span := range []time.Duration{6 * time.Hour, 2 * 24 * time.Hour, 8 * 24 * time.Hour, 40 * 24 * time.Hour, 100 * 24 * time.Hour, 800 * 24 * time.Hour} {
		ticks := func(published bool) []string {
			lf := newLayoutFixture(x, nil)
			lf.m.hasPublished = published
			f := lf.at(fyne.NewSize(1200, 300), pub.Add(-span/3), span)
			var out []string
			for _, s := range f.layers[layerTickTexts] {
				out = append(out, s.text)
			}
			return out
		}
		with, without := ticks(true), ticks(false)
		if !reflect.DeepEqual(with, without) {
			t.Errorf("%v: tick labels %q with the flag, %q without", span, with, without)
		}
	}
}

// TestDatesDrawnAsKnown: an instant known to the day is a band over its
// day once a day is wide, a marker at its noon otherwise; an approximate
// date is softer than a precise one.
func TestDatesDrawnAsKnown(t *testing.T) {
	doc := seedDoc(t)
	x := timeline.NewIndex(doc)
	zel := int32(eventIndexByLabel(t, x, "Zelenskyy statement"))
	noon := time.Date(2026, 1, 3, 12, 0, 0, 0, time.UTC)
	lf := newLayoutFixture(x, nil)
	f := lf.at(fyne.NewSize(1200, 300), noon.Add(-3*24*time.Hour), 6*24*time.Hour)
	x0, x1, ok := f.footprint(lf.m, zel)
	dayPx := float32(1200-f.geom.plotX) / 6 // plot width over six days, roughly
	if !ok || x1-x0 < dayPx*0.8 {
		t.Errorf("at six days across, Zelenskyy's day is drawn %v px wide, want about a day (%v px)", x1-x0, dayPx)
	}
	f = lf.at(fyne.NewSize(1200, 300), noon.Add(-200*24*time.Hour), 400*24*time.Hour)
	x0, x1, ok = f.footprint(lf.m, zel)
	if !ok || x1-x0 != 2*markerR {
		t.Fatalf("at 400 days across, Zelenskyy's day is drawn %v px wide, want a marker", x1-x0)
	}
	if mid := f.at((x0 + x1) / 2); math.Abs(mid-unixSeconds(noon)) > 60*f.viewSpan/float64(f.geom.plotW) {
		t.Errorf("the marker sits at %v, want the day's noon", fromSeconds(mid))
	}

	// Approximate: the same event, loosely dated, is drawn softer.
	fill := func(approx bool) uint8 {
		d := doc
		d.Events = slices.Clone(doc.Events)
		d.Events[zel].Date.Approximate = approx
		lf := newLayoutFixture(timeline.NewIndex(d), nil)
		f := lf.at(fyne.NewSize(1200, 300), noon.Add(-3*24*time.Hour), 6*24*time.Hour)
		for _, h := range f.hits {
			if h.kind == targetEvent && h.ev == zel {
				for _, s := range f.layers[layerBars] {
					if s.x <= h.ax && h.ax <= s.x+s.w && s.y <= (h.y0+h.y1)/2 && (h.y0+h.y1)/2 <= s.y+s.h {
						return s.fill.A
					}
				}
			}
		}
		t.Fatal("no band found for Zelenskyy's statement")
		return 0
	}
	if precise, loose := fill(false), fill(true); loose >= precise {
		t.Errorf("an approximate date's band has alpha %#x, a precise one's %#x: want it softer", loose, precise)
	}
}

// TestSelectionNeverHidden: wherever the selected event is in view, one
// drawn item shows it: itself, or the cluster or run it is counted in,
// outlined; and in a crowd of one day with room for some of it, the
// selected event is one of those shown.
func TestSelectionNeverHidden(t *testing.T) {
	x := timeline.NewIndex(synth.Generate(synth.Options{Events: 3000, Seed: 5}))
	lf := newLayoutFixture(x, nil)
	mid := x.Doc.Events[x.Order[len(x.Order)/2]].Date.Begin()
	spans := []time.Duration{0, 400 * 24 * time.Hour, 30 * 24 * time.Hour, 3 * 24 * time.Hour}
	for _, size := range []fyne.Size{fyne.NewSize(900, 220), fyne.NewSize(1280, 600)} {
		for _, span := range spans {
			f := lf.at(size, mid.Add(-span/2), span)
			v0, v1 := f.viewStart+f.viewSpan/10, f.viewStart+f.viewSpan*9/10
			checked := 0
			for i := 0; i < len(x.Doc.Events) && checked < 40; i += 37 {
				d := x.Doc.Events[i].Date
				if !d.Dated() || unixSeconds(d.Begin()) < v0 || unixSeconds(d.Begin()) > v1 {
					continue
				}
				checked++
				st := state{size: size, selected: int32(i), viewStart: f.viewStart, viewSpan: f.viewSpan}
				layout(&lf.f, lf.m, &st, &lf.c, &lf.tc)
				shown, holders := false, 0
				for _, items := range lf.f.laneItems {
					for _, it := range items {
						if it.row < 0 || !it.selected {
							continue
						}
						holders++
						shown = shown || it.single() && it.ev == int32(i)
					}
				}
				name := fmt.Sprintf("%v at %v, event %d", span, size, i)
				if holders != 1 {
					t.Errorf("%s: %d drawn items hold the selection, want 1", name, holders)
				}
				if !shown && !lf.f.strokedWith(lf.c.foreground, 2) {
					t.Errorf("%s: the selection is in a crowd that is not outlined", name)
				}
			}
			if checked == 0 {
				t.Errorf("%v at %v: no event in view to select", span, size)
			}
		}
	}
}

// strokedWith reports whether a cluster, run or pill is outlined in col.
func (f *Frame) strokedWith(col color.NRGBA, w float32) bool {
	for _, l := range []layer{layerPills, layerBars} {
		for _, s := range f.layers[l] {
			if s.stroke == col && s.strokeW == w {
				return true
			}
		}
	}
	return false
}

// TestStoryLeavesHistoryOut: the first view frames the news around the
// publication day, not the history an article recalls; a run of news
// with quiet days in it stays whole.
func TestStoryLeavesHistoryOut(t *testing.T) {
	day := func(y int, m time.Month, d int) [2]float64 {
		b := unixSeconds(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
		return [2]float64{b, b + 86400}
	}
	year := func(y int) [2]float64 {
		return [2]float64{unixSeconds(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), unixSeconds(time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC))}
	}
	pub := day(2016, 9, 28)[0]
	tests := []struct {
		name     string
		instants [][2]float64
		lo, hi   [2]float64 // the first and last instant framed
	}{
		{"a year recalled", [][2]float64{year(1999), day(2016, 9, 27), day(2016, 9, 28), day(2016, 9, 30)}, day(2016, 9, 27), day(2016, 9, 30)},
		{"weeks of news", [][2]float64{day(2016, 8, 1), day(2016, 8, 12), day(2016, 8, 30), day(2016, 9, 10), day(2016, 9, 27)}, day(2016, 8, 1), day(2016, 9, 27)},
		{"news after a long gap", [][2]float64{day(2015, 3, 1), day(2016, 9, 20), day(2016, 9, 26)}, day(2016, 9, 20), day(2016, 9, 26)},
		{"nothing near publication", [][2]float64{year(1953), day(2013, 6, 1), day(2013, 6, 3)}, day(2013, 6, 1), day(2013, 6, 3)},
		{"one instant", [][2]float64{year(1999)}, year(1999), year(1999)},
	}
	for _, tt := range tests {
		lo, hi := storyOf(tt.instants, pub, true)
		if lo != tt.lo[0] || hi != tt.hi[1] {
			t.Errorf("%s: story %v – %v, want %v – %v", tt.name, fromSeconds(lo), fromSeconds(hi), fromSeconds(tt.lo[0]), fromSeconds(tt.hi[1]))
		}
	}
}

// TestStoryOfOneDay: a story of one day opens on days, that day among
// its neighbours, not on the hours of a day it has no times for.
func TestStoryOfOneDay(t *testing.T) {
	doc := seedDoc(t)
	doc.Events = slices.Clone(doc.Events)
	x := timeline.NewIndex(doc)
	zel := eventIndexByLabel(t, x, "Zelenskyy statement")
	for i := range doc.Events {
		if i != zel {
			doc.Events[i].Date = timeline.Date{}
		}
	}
	x = timeline.NewIndex(doc)
	m := newModel(x, nil)
	start, span := storyView(m, 1200)
	day := doc.Events[zel].Date
	if span < minStorySpan || start > unixSeconds(day.Begin()) || start+span < unixSeconds(day.Finish()) {
		t.Errorf("story view %v + %v h, want at least three days around %s", fromSeconds(start), span/3600, day.Human())
	}
}
