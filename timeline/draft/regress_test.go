package draft

import (
	"context"
	"strings"
	"testing"

	"newsline/timeline"
)

// importText drafts text published on day.
func importText(t *testing.T, text string, day timeline.Point) *timeline.Document {
	t.Helper()
	doc, err := Import(context.Background(), Source{Name: "article.txt", Data: []byte(text), Published: day}, nil)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return doc
}

// TestOwnDraftValidates holds the importer to the causes of the drafts it
// once refused as invalid (TimeBank's APW19980219.0476 and APW19980306.1001,
// 13 of PolNeAR's training articles): an organisation of the gazetteer
// found by its name with "The" before it, besides its gazetteer entry, gave
// two entities of one ID; a sentence of punctuation alone ("–.") gave an
// event with an empty title.
func TestOwnDraftValidates(t *testing.T) {
	tests := []struct {
		name, text string
		check      func(t *testing.T, doc *timeline.Document)
	}{
		{"an organisation with and without its article",
			"Gen. Nhek Bunchhay said in an interview with The Associated Press that he hopes to recover the remains. " +
				"The Associated Press reported the news on Thursday. Associated Press reporters saw the camp.",
			func(t *testing.T, doc *timeline.Document) {
				n := 0
				for _, e := range doc.Entities {
					if strings.Contains(e.Name, "Associated Press") {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%d entities named Associated Press, want 1", n)
				}
			}},
		{"a date expression inside a word (timex finds 3Pm in a link)",
			"The show airs soon.\n\nWatch it first with @Someone.https://t.co/abc pic.twitter.com/Xb2kq7h3Pm— The Show (@TheShow) September 27, 2016.",
			func(t *testing.T, doc *timeline.Document) {}},
		{"a sentence of punctuation alone",
			"Donald Trump is bent on securing the nomination.\n\n– Using Ted Cruz? –.\n\nCongressman Chris Collins said Trump would win.",
			func(t *testing.T, doc *timeline.Document) {
				for _, ev := range doc.Events {
					if !hasWord(ev.Title) {
						t.Errorf("event titled %q", ev.Title)
					}
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := importText(t, tt.text, timeline.DayPoint(1998, 2, 19))
			if err := doc.Validate(); err != nil {
				t.Fatal(err)
			}
			tt.check(t, doc)
		})
	}
}

// TestEntityKinds: words that speak are typed by what they are: a people in
// the plural or a group noun is a group, a U.S. state or a dateline's place
// a place, a party's adjective no one.
func TestEntityKinds(t *testing.T) {
	doc := importText(t, "NEWPORT NEWS, Va. - Americans say they are tired. Authorities said a curfew would continue. Republican said nothing. Sen. Bernie Sanders of Vermont said he would win. “We will win,” House Majority PAC said.", timeline.DayPoint(2016, 3, 1))
	want := map[string]timeline.EntityKind{
		"Americans":          timeline.Group,
		"Authorities":        timeline.Group,
		"Newport News":       timeline.Place,
		"Vermont":            timeline.Place,
		"Bernie Sanders":     timeline.Person,
		"House Majority PAC": timeline.Organisation,
	}
	got := map[string]timeline.EntityKind{}
	for _, e := range doc.Entities {
		got[e.Name] = e.Kind
	}
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%s: kind %q, want %q", name, got[name], kind)
		}
	}
	if _, ok := got["Republican"]; ok {
		t.Errorf("Republican is an entity of kind %q, want none", got["Republican"])
	}
}
