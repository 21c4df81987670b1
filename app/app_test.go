package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"newsline/assets"
)

func TestWindowShowsTheSeed(t *testing.T) {
	a := test.NewTempApp(t)
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	u := New(a, doc)
	if got, want := u.Window.Title(), "Newsline — Paris talks under the shadow of Venezuela and Greenland"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if n := u.list.Length(); n != len(doc.Events) {
		t.Fatalf("list shows %d events, want %d", n, len(doc.Events))
	}
}
