package timelineview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/timeline"
)

// The golden renders of the main states, light and dark, at the window
// widths the app must look right in. After a deliberate change in looks,
// check the new pictures in testdata/failed/ and copy them over.
func TestTimelineViewGolden(t *testing.T) {
	for _, c := range []struct {
		name  string
		th    fyne.Theme
		size  fyne.Size
		setup func(t *testing.T, tv *View, x *timeline.Index)
	}{
		// As a document opens: the story's days framed.
		{"story-light-1280.png", lightTheme, fyne.NewSize(1280, 300), nil},
		{"story-dark-900.png", darkTheme, fyne.NewSize(900, 260), nil},
		// Fit all: the period since November in view, the days clustered.
		{"fit-light-1280.png", lightTheme, fyne.NewSize(1280, 300), func(t *testing.T, tv *View, x *timeline.Index) { tv.Fit() }},
		{"week-selected-dark-1280.png", darkTheme, fyne.NewSize(1280, 300), func(t *testing.T, tv *View, x *timeline.Index) {
			tv.SetViewport(seedWeek[0], seedWeek[1])
			tv.Select(x.Doc.Events[eventIndexByLabel(t, x, "Zelenskyy statement")].ID)
			tv.SetBadges(func(i int) Badge {
				if x.Doc.Events[i].Lane == timeline.LaneDiplomacy {
					return BadgeStar | BadgeNote
				}
				return 0
			})
			tv.FocusGained()
		}},
		{"week-search-light-900.png", lightTheme, fyne.NewSize(900, 260), func(t *testing.T, tv *View, x *timeline.Index) {
			tv.SetViewport(seedWeek[0], seedWeek[1])
			tv.SetMatches(func(i int) bool { return x.Doc.Events[i].Lane == timeline.LaneStatement })
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			newTestApp(t, c.th)
			x := seedIndex(t)
			tv := New(x)
			w := showTimeline(t, tv, c.size)
			if c.setup != nil {
				c.setup(t, tv, x)
			}
			test.AssertRendersToImage(t, ""+c.name, w.Canvas())
		})
	}
}
