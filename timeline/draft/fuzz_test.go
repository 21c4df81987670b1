package draft

import (
	"context"
	"testing"

	"newsline/timeline"
)

// FuzzImport checks that no input makes the importer panic and that
// whatever it drafts is a valid document that survives a round trip
// through the file format. Its seed corpus is testdata/fuzz/FuzzImport.
//
//	go test ./timeline/draft -run '^$' -fuzz FuzzImport -fuzztime 1m
func FuzzImport(f *testing.F) {
	f.Add([]byte("Ukraine’s president called the meeting “a new opportunity to end this war,” in a statement Saturday."), "text")
	f.Add([]byte("<html><body><article><p>“No,” Tusk said Tuesday.</p></article></body></html>"), "html")
	// The sentence fixtures reach far more of the rules than two lines do:
	// one of them, a text ending on "Chris Covert, Iowa", once panicked.
	for _, c := range readSentenceCases(f) {
		f.Add([]byte(c.text), "text")
	}
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		fm, err := ParseFormat(format)
		if err != nil {
			fm = Auto
		}
		doc, err := Import(context.Background(), Source{Name: "fuzz", Data: data, Format: fm, Published: timeline.DayPoint(2026, 1, 6)}, nil)
		if err != nil {
			return
		}
		if err := doc.Validate(); err != nil {
			t.Fatalf("invalid draft: %v", err)
		}
		out, err := timeline.Format(doc)
		if err != nil {
			t.Fatalf("format: %v", err)
		}
		if _, err := timeline.Parse(out); err != nil {
			t.Fatalf("the draft does not read back: %v", err)
		}
	})
}
