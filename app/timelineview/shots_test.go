package timelineview

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"newsline/timeline"
	"newsline/timeline/synth"
)

// TestTimelineViewShots writes pictures of the widget in its main states
// to $NEWSLINE_SHOTS, for people to look at; it is skipped otherwise.
func TestTimelineViewShots(t *testing.T) {
	dir := os.Getenv("NEWSLINE_SHOTS")
	if dir == "" {
		t.Skip("set NEWSLINE_SHOTS to a directory to write pictures")
	}
	big := timeline.NewIndex(synth.Generate(synth.Options{Events: 100000, Seed: 1}))
	seed := seedIndex(t)
	type shot struct {
		name  string
		x     *timeline.Index
		size  fyne.Size
		setup func(tv *View)
	}
	week := func(tv *View) {
		tv.SetViewport(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC))
	}
	shots := []shot{
		{"seed-fit-1280", seed, fyne.NewSize(1280, 300), nil},
		{"seed-fit-900", seed, fyne.NewSize(900, 260), nil},
		{"seed-week-1280", seed, fyne.NewSize(1280, 300), week},
		{"seed-week-900", seed, fyne.NewSize(900, 260), week},
		{"seed-selected-1280", seed, fyne.NewSize(1280, 300), func(tv *View) {
			week(tv)
			tv.Select(seed.Doc.Events[eventIndexByLabel(t, seed, "Zelenskyy statement")].ID)
			tv.SetBadges(func(i int) Badge {
				if i%3 == 0 {
					return BadgeNote
				}
				if i%3 == 1 {
					return BadgeStar | BadgeNote
				}
				return 0
			})
			tv.FocusGained()
		}},
		{"seed-hover-900", seed, fyne.NewSize(900, 260), func(tv *View) {
			week(tv)
			tv.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: markerPos(t, tv, eventIndexByLabel(t, seed, "Frederiksen to TV2"))}})
		}},
		{"seed-hover-cluster-1280", seed, fyne.NewSize(1280, 300), func(tv *View) {
			for _, h := range tv.cur.hits {
				if h.kind == targetCluster {
					tv.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(h.x0+3, h.y0+3)}})
					break
				}
			}
		}},
		{"seed-search-1280", seed, fyne.NewSize(1280, 300), func(tv *View) {
			tv.SetMatches(func(i int) bool { return seed.Doc.Events[i].Lane == timeline.LaneStatement })
		}},
		{"big-fit-1600", big, fyne.NewSize(1600, 600), nil},
		{"big-fit-900", big, fyne.NewSize(900, 600), nil},
		{"big-week-1600", big, fyne.NewSize(1600, 600), func(tv *View) {
			tv.SetViewport(time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2021, 3, 8, 0, 0, 0, 0, time.UTC))
		}},
		{"big-day-1600", big, fyne.NewSize(1600, 600), func(tv *View) {
			tv.SetViewport(time.Date(2021, 3, 3, 0, 0, 0, 0, time.UTC), time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC))
		}},
	}
	for _, variant := range []struct {
		name string
		th   fyne.Theme
	}{{"light", lightTheme}, {"dark", darkTheme}} {
		for _, s := range shots {
			newTestApp(t, variant.th)
			tv := New(s.x)
			w := showTimeline(t, tv, s.size)
			if s.setup != nil {
				s.setup(tv)
			}
			img := w.Canvas().Capture()
			f, err := os.Create(filepath.Join(dir, s.name+"-"+variant.name+".png"))
			if err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
	}
}
