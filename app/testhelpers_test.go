package app

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsline/assets"
	_ "newsline/internal/localefix" // quiet Fyne's locale complaint, as main does
	"newsline/timeline"
)

// seedWeek is the week around the seed's publication.
var seedWeek = [2]time.Time{time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)}

// variantTheme is Fyne's default theme held to one variant.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

var lightTheme fyne.Theme = variantTheme{theme.DefaultTheme(), theme.VariantLight}

// newTestApp starts a test app with the given theme.
func newTestApp(t testing.TB, th fyne.Theme) fyne.App {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(th)
	return a
}

func seedIndex(t testing.TB) *timeline.Index {
	t.Helper()
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return timeline.NewIndex(doc)
}

// eventIndexByLabel finds an event of the seed by its short label.
func eventIndexByLabel(t testing.TB, x *timeline.Index, label string) int {
	t.Helper()
	for i := range x.Doc.Events {
		if x.Doc.Events[i].Label() == label {
			return i
		}
	}
	t.Fatalf("no event labelled %q", label)
	return -1
}
