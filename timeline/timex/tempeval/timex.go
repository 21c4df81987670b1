package tempeval

import (
	"time"

	"newsline/timeline/timex"
)

// TagTimex is the Tagger for Newsline's own tagger, timex.Tag: the one
// adapter that both "newsline-dev eval-dates" and timex's corpus test
// score.
func TagTimex(text string, published time.Time) []Timex {
	found := timex.Tag(text, published)
	out := make([]Timex, len(found))
	for i, t := range found {
		out[i] = Timex{Start: t.Start, End: t.End, Text: t.Text, Type: string(t.Type), Value: t.Value}
	}
	return out
}
