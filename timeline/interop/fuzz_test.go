package interop

import (
	"bytes"
	"errors"
	"testing"

	"newsline/timeline"
	"newsline/timeline/interop/interoptest"
)

// fuzzSeeds are exports of the tricky document and some broken files.
func fuzzSeeds(f *testing.F, format Format) {
	var buf bytes.Buffer
	if _, err := Export(&buf, format, interoptest.Document(), Options{}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	for _, s := range []string{
		`{"events": [{"start_date": {"year": "2020", "month": 2, "day": 29, "hour": 23, "minute": 59}, "end_date": {"year": 2021}, "text": {"headline": "<b>x</b>", "text": "<script>y</script>"}, "group": "G", "unique_id": "u"}], "eras": [{"start_date": {"year": 1}, "end_date": {"year": 9999}}]}`,
		`{"title": {"text": {"headline": "t"}, "unique_id": "0194b2c4-1111-7000-8000-000000000001"}, "events": [{"unique_id": "0194b2c4-1111-7000-8000-000000000001"}]}`,
		"Year,Month,Day,Time,End Year,Headline,Type,Group\n2020,1,1,8:00 pm,2021,a,,X\n,,,,,t,title,\n1,1,1,,9999,e,era,\n",
		"Year,Headline\n\"2,020\",\"a\"\"b\"\n",
	} {
		f.Add([]byte(s))
	}
}

// checkRead is what must hold of any input: no panic, and either an
// error or a document that validates, can be saved and loaded again, and
// exported again.
func checkRead(t *testing.T, doc *timeline.Document, r *Report, err error) {
	if err != nil {
		if doc != nil || r != nil {
			t.Fatalf("an error and a document: %v", err)
		}
		return
	}
	if err := doc.Validate(); err != nil {
		t.Fatalf("the document does not validate: %v", err)
	}
	saved, err := timeline.Format(doc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := timeline.Parse(saved); err != nil {
		t.Fatalf("the document does not load once saved: %v", err)
	}
	for _, f := range Formats {
		if _, err := Export(&bytes.Buffer{}, f, doc, Options{}); err != nil && !errors.Is(err, errNothingDated) {
			t.Fatalf("export as %s: %v", f, err)
		}
	}
}

func FuzzReadTimelineJS(f *testing.F) {
	fuzzSeeds(f, TimelineJS)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, r, err := ReadTimelineJS(data, "fuzz")
		checkRead(t, doc, r, err)
	})
}

func FuzzReadTimelineCSV(f *testing.F) {
	fuzzSeeds(f, TimelineCSV)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, r, err := ReadTimelineCSV(data, "fuzz")
		checkRead(t, doc, r, err)
	})
}
