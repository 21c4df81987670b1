package timelineview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsline/assets"
	_ "newsline/internal/localefix" // quiet Fyne's locale complaint, as main does
	"newsline/timeline"
)

// variantTheme is Fyne's default theme held to one variant, so that tests
// render the light and the dark look the user sees.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}

var (
	lightTheme fyne.Theme = variantTheme{theme.DefaultTheme(), theme.VariantLight}
	darkTheme  fyne.Theme = variantTheme{theme.DefaultTheme(), theme.VariantDark}
)

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

// showTimeline puts tv alone in a test window of the given size.
func showTimeline(t testing.TB, tv *View, size fyne.Size) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, tv)
	w.SetPadded(false)
	w.Resize(size)
	return w
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
