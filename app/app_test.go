package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"newsline/assets"
)

func newSeedUI(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return New(a, doc)
}

func TestWindowTitle(t *testing.T) {
	u := newSeedUI(t)
	if got, want := u.Window.Title(), "Newsline — Paris talks under the shadow of Venezuela and Greenland"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}
