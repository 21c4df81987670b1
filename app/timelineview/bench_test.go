package timelineview

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"newsline/timeline"
	"newsline/timeline/synth"
)

// BenchmarkTimelineFrame measures one pan step of a 1600×600 timeline:
// move the viewport by a few pixels, then lay the frame out and paint it
// (the renderer's Refresh and Layout). Its cost should depend on the
// pixels shown, not on the number of events.
func BenchmarkTimelineFrame(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		doc := synth.Generate(synth.Options{Events: n, Seed: 1})
		x := timeline.NewIndex(doc)
		for _, zoom := range []string{"fit", "week"} {
			b.Run(fmt.Sprintf("events=%d/zoom=%s", n, zoom), func(b *testing.B) {
				newTestApp(b, lightTheme)
				tv := New(x)
				size := fyne.NewSize(1600, 600)
				showTimeline(b, tv, size)
				if zoom == "week" {
					// The week around the middle event: a busy stretch.
					mid := doc.Events[x.Order[len(x.Order)/2]].Date.Begin()
					tv.SetViewport(mid.Add(-84*time.Hour), mid.Add(84*time.Hour))
				}
				start, span := tv.view()
				tv.setView(start, span)
				r := tv.r
				step := 3 * tv.secPerPx()
				b.ReportAllocs()
				k := 0
				for b.Loop() {
					// Back and forth, so that the view never hits its limits.
					if k++; k%64 < 32 {
						tv.setView(tv.st.viewStart+step, tv.st.viewSpan)
					} else {
						tv.setView(tv.st.viewStart-step, tv.st.viewSpan)
					}
					r.Refresh()
					r.Layout(size)
				}
				b.ReportMetric(float64(len(tv.cur.hits)), "targets")
			})
		}
	}
}

// BenchmarkTimelinePaint is BenchmarkTimelineFrame with the painting: each
// pan step is laid out, painted and then drawn by Fyne's software painter
// (the test canvas's capture), shapes image and texts included, as a window
// without a GPU draws it.
func BenchmarkTimelinePaint(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		doc := synth.Generate(synth.Options{Events: n, Seed: 1})
		x := timeline.NewIndex(doc)
		for _, zoom := range []string{"fit", "week"} {
			b.Run(fmt.Sprintf("events=%d/zoom=%s", n, zoom), func(b *testing.B) {
				newTestApp(b, lightTheme)
				tv := New(x)
				size := fyne.NewSize(1600, 600)
				w := showTimeline(b, tv, size)
				if zoom == "week" {
					mid := doc.Events[x.Order[len(x.Order)/2]].Date.Begin()
					tv.SetViewport(mid.Add(-84*time.Hour), mid.Add(84*time.Hour))
				} else {
					tv.Fit()
				}
				start, span := tv.view()
				tv.setView(start, span)
				step := 3 * tv.secPerPx()
				b.ReportAllocs()
				k := 0
				for b.Loop() {
					if k++; k%64 < 32 {
						tv.setView(tv.st.viewStart+step, tv.st.viewSpan)
					} else {
						tv.setView(tv.st.viewStart-step, tv.st.viewSpan)
					}
					tv.Refresh()
					w.Canvas().Capture()
				}
			})
		}
	}
}

// BenchmarkTimelineShapes measures what the window's painter adds to a pan
// step of BenchmarkTimelineFrame: drawing the frame's shapes into the
// image shown (1600×600 pixels).
func BenchmarkTimelineShapes(b *testing.B) {
	for _, n := range []int{1000, 100000} {
		doc := synth.Generate(synth.Options{Events: n, Seed: 1})
		x := timeline.NewIndex(doc)
		for _, zoom := range []string{"fit", "week"} {
			b.Run(fmt.Sprintf("events=%d/zoom=%s", n, zoom), func(b *testing.B) {
				newTestApp(b, lightTheme)
				tv := New(x)
				size := fyne.NewSize(1600, 600)
				showTimeline(b, tv, size)
				if zoom == "week" {
					mid := doc.Events[x.Order[len(x.Order)/2]].Date.Begin()
					tv.SetViewport(mid.Add(-84*time.Hour), mid.Add(84*time.Hour))
				} else {
					tv.Fit()
				}
				f := tv.frame(size)
				var si shapeImage
				b.ReportAllocs()
				for b.Loop() {
					si.draw(f, 1600, 600, tv.colors.background)
				}
			})
		}
	}
}
