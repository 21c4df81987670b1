package look

import (
	"testing"

	"newsline/timeline"
)

// TestLaneColorsStable: a lane keeps its colour whatever else is shown:
// the colours come from all the document's lanes, not the visible ones.
func TestLaneColorsStable(t *testing.T) {
	all := NewLaneColors([]timeline.Lane{timeline.LaneStatement, timeline.LaneContext, "human-rights", "sport"})
	for _, dark := range []bool{false, true} {
		if all.Color("human-rights", dark) == all.Color("sport", dark) {
			t.Errorf("dark=%v: two extra lanes share a colour", dark)
		}
		if all.Color(timeline.LaneStatement, dark) != NewLaneColors(nil).Color(timeline.LaneStatement, dark) {
			t.Errorf("dark=%v: a known lane's colour depends on the document", dark)
		}
	}
	if all.Color("sport", false) == all.Color("sport", true) {
		t.Error("light and dark tones are the same")
	}
}

func TestColorArithmetic(t *testing.T) {
	white, black := hex(0xffffff), hex(0x000000)
	if got := Overlay(white, WithAlpha(black, 0x80)); got != hex(0x7f7f7f) {
		t.Errorf("Overlay = %v", got)
	}
	if !IsDarkColor(hex(0x17191d)) || IsDarkColor(hex(0xf6f6f3)) {
		t.Error("IsDarkColor misjudges the theme's backgrounds")
	}
}
