package tempeval

import (
	"testing"
	"time"
)

func TestTagTimex(t *testing.T) {
	text := "Prices fell yesterday and rose for two years."
	got := TagTimex(text, time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC))
	want := []Timex{
		{Start: 12, End: 21, Text: "yesterday", Type: "DATE", Value: "1998-01-07"},
		{Start: 35, End: 44, Text: "two years", Type: "DURATION", Value: "P2Y"},
	}
	if len(got) != len(want) {
		t.Fatalf("TagTimex = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("expression %d = %+v, want %+v", i, got[i], want[i])
		}
		if text[got[i].Start:got[i].End] != got[i].Text {
			t.Errorf("expression %d: offsets %d-%d do not hold %q", i, got[i].Start, got[i].End, got[i].Text)
		}
	}
}
