package timelineview

import (
	"fmt"
	"reflect"
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
	st := state{size: size, selected: -1, fitting: span == 0}
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
			for i, a := range boxes {
				if a.x0 < 0 || a.x1 > size.Width+0.5 || a.y0 < 0 || a.y1 > size.Height {
					t.Errorf("%s: %s at [%.0f,%.0f]–[%.0f,%.0f] is outside the widget", name, a.what, a.x0, a.y0, a.x1, a.y1)
				}
				if i >= nLabels {
					continue
				}
				for j, b := range boxes {
					if j != i && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
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
	st := state{size: fyne.NewSize(1280, 300), selected: 3, fitting: true, stripOffset: 1e6,
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
