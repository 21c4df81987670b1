package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsline/app/i18n"
	"newsline/app/look"
	"newsline/assets"
)

// Golden renders of the whole window in its main states: an event's card,
// a person's card, search results, and the first view; light and dark;
// 1280×800 and 900×600; in English, and an event's card and the first
// view in Ukrainian and French.
// After a deliberate change in looks, check the new pictures in
// testdata/failed/ and copy them over.
func TestWindowGolden(t *testing.T) {
	for _, c := range []struct {
		name    string
		variant fyne.ThemeVariant
		size    fyne.Size
		setup   func(t *testing.T, u *UI)
		lang    string // "" for English
	}{
		// The first view, as the seed opens: its story's days framed.
		{"first-light-1280.png", theme.VariantLight, fyne.NewSize(1280, 800), func(*testing.T, *UI) {}, ""},
		{"first-dark-1280.png", theme.VariantDark, fyne.NewSize(1280, 800), func(*testing.T, *UI) {}, ""},
		{"first-light-900.png", theme.VariantLight, fyne.NewSize(900, 600), func(*testing.T, *UI) {}, ""},
		{"first-dark-900.png", theme.VariantDark, fyne.NewSize(900, 600), func(*testing.T, *UI) {}, ""},
		{"event-light-1280.png", theme.VariantLight, fyne.NewSize(1280, 800), func(t *testing.T, u *UI) {
			u.Timeline.SetViewport(seedWeek[0], seedWeek[1])
			u.OpenEvent(eventByTitle(t, u, "Frederiksen").ID)
		}, ""},
		{"event-dark-900.png", theme.VariantDark, fyne.NewSize(900, 600), func(t *testing.T, u *UI) {
			u.OpenEvent(eventByTitle(t, u, "Zelenskyy calls").ID)
		}, ""},
		{"person-dark-1280.png", theme.VariantDark, fyne.NewSize(1280, 800), func(t *testing.T, u *UI) {
			u.OpenEvent(eventByTitle(t, u, "Tusk").ID)
			u.OpenEntity(entityByName(t, u, "Donald Tusk").ID)
		}, ""},
		{"search-light-900.png", theme.VariantLight, fyne.NewSize(900, 600), func(t *testing.T, u *UI) {
			u.SearchFor("greenland")
			drain(u)
		}, ""},
		{"event-light-1280-uk.png", theme.VariantLight, fyne.NewSize(1280, 800), frederiksen, "uk"},
		{"event-light-1280-fr.png", theme.VariantLight, fyne.NewSize(1280, 800), frederiksen, "fr"},
		{"first-light-900-uk.png", theme.VariantLight, fyne.NewSize(900, 600), func(*testing.T, *UI) {}, "uk"},
		{"first-light-900-fr.png", theme.VariantLight, fyne.NewSize(900, 600), func(*testing.T, *UI) {}, "fr"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Settings().SetTheme(look.NewThemeVariant(c.variant))
			doc, _ := assets.Seed()
			t.Cleanup(func() { i18n.Use("en") })
			u := openTestUI(t, a, doc, Options{Language: c.lang})
			u.Window.Resize(c.size)
			c.setup(t, u)
			// Wrapped text settles its height in a second layout.
			u.Window.Resize(c.size.AddWidthHeight(1, 1))
			u.Window.Resize(c.size)
			test.AssertRendersToImage(t, "window/"+c.name, u.Window.Canvas())
		})
	}
}

// frederiksen shows the seed's week with Frederiksen's interview selected.
func frederiksen(t *testing.T, u *UI) {
	u.Timeline.SetViewport(seedWeek[0], seedWeek[1])
	u.OpenEvent(eventByTitle(t, u, "Frederiksen").ID)
}
