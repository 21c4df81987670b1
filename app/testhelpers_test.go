package app

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	_ "newsline/internal/localefix" // quiet Fyne's locale complaint, as main does
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
