package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/assets"
	"newsline/timeline"
)

// TestStatePersists: a second window on the same preferences comes back
// with the first one's selection, lanes, splits, article pane and size.
func TestStatePersists(t *testing.T) {
	a := test.NewTempApp(t)
	doc, _ := assets.Seed()
	u := openTestUI(t, a, doc, Options{})
	tusk := eventByTitle(t, u, "Tusk")
	u.OpenEvent(tusk.ID)
	u.SetLaneHidden(timeline.LaneContext, true)
	u.mainSplit.Offset = 0.3
	u.belowSplit.Offset = 0.6
	u.showArticle(false)
	u.Window.Resize(fyne.NewSize(900, 600))
	u.saveState()

	doc2, _ := assets.Seed()
	v := openTestUI(t, a, doc2, Options{})
	if v.Card.Showing() != tusk.ID || v.Timeline.Selected() != tusk.ID {
		t.Error("the selection was not restored")
	}
	if !v.hiddenLanes[timeline.LaneContext] || len(v.hiddenLanes) != 1 {
		t.Errorf("hidden lanes %v, want context", v.hiddenLanes)
	}
	if v.mainSplit.Offset != 0.3 || v.belowSplit.Offset != 0.6 {
		t.Errorf("splits %v, %v", v.mainSplit.Offset, v.belowSplit.Offset)
	}
	if v.articleShown {
		t.Error("the article pane should stay hidden")
	}
	if got := v.Window.Canvas().Size(); got.Width != 900 || got.Height != 600 {
		t.Errorf("window size %v, want 900×600", got)
	}
}

// A selection that is not in the document is ignored.
func TestStaleSelectionIgnored(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefSelected, "7b5a9c2e-0000-4000-8000-000000000000")
	a.Preferences().SetString(prefHiddenLanes, "")
	doc, _ := assets.Seed()
	u := openTestUI(t, a, doc, Options{})
	if u.Card.Showing() != [16]byte{} {
		t.Error("a stale selection opened a card")
	}
}
