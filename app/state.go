package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/timeline"
)

// restoreState applies the last session's window size, splits, lane
// filter, zoom and selection, each only if it still makes sense.
func (u *UI) restoreState() {
	p := u.App.Preferences()
	w := float32(p.FloatWithFallback(prefWidth, defaultWidth))
	h := float32(p.FloatWithFallback(prefHeight, defaultHeight))
	u.Window.Resize(fyne.NewSize(max(w, 480), max(h, 360)))
	if o := p.FloatWithFallback(prefMainSplit, u.mainSplit.Offset); o > 0.05 && o < 0.95 {
		u.mainSplit.Offset = o
	}
	if o := p.FloatWithFallback(prefBelowSplit, u.belowSplit.Offset); o > 0.05 && o < 0.95 {
		u.belowSplit.Offset = o
	}
	u.showArticle(p.BoolWithFallback(prefArticleShown, true))
	if hidden := p.String(prefHiddenLanes); hidden != "" {
		for _, l := range strings.Split(hidden, ",") {
			u.hiddenLanes[timeline.Lane(l)] = true
		}
		u.applyFilters()
	}
	start, err1 := time.Parse(time.RFC3339, p.String(prefViewStart))
	end, err2 := time.Parse(time.RFC3339, p.String(prefViewEnd))
	if err1 == nil && err2 == nil && end.After(start) {
		u.Timeline.SetViewport(start, end)
	}
	if id, err := uuid.Parse(p.String(prefSelected)); err == nil {
		if _, ok := u.Index.Event(id); ok {
			u.Open(place{kind: placeEvent, id: id})
		}
	}
}

// saveState records what restoreState restores; the viewport, selection
// and lane filter are saved as they change.
func (u *UI) saveState() {
	p := u.App.Preferences()
	size := u.Window.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		p.SetFloat(prefWidth, float64(size.Width))
		p.SetFloat(prefHeight, float64(size.Height))
	}
	p.SetFloat(prefMainSplit, u.mainSplit.Offset)
	p.SetFloat(prefBelowSplit, u.belowSplit.Offset)
}

// Theme choices in preferences.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// applyThemePreference sets Newsline's theme in the variant the user chose
// (the system's by default).
func applyThemePreference(a fyne.App) {
	if _, ours := a.Settings().Theme().(*look.Theme); ours && a.Preferences().String(prefTheme) == "" {
		return // set by the caller, as `newsline render --theme` does
	}
	switch a.Preferences().StringWithFallback(prefTheme, themeSystem) {
	case themeLight:
		a.Settings().SetTheme(look.NewThemeVariant(theme.VariantLight))
	case themeDark:
		a.Settings().SetTheme(look.NewThemeVariant(theme.VariantDark))
	default:
		a.Settings().SetTheme(look.NewTheme())
	}
}

func (u *UI) themeMenuItem() *fyne.MenuItem {
	choices := []struct{ label, value string }{{"System", themeSystem}, {"Light", themeLight}, {"Dark", themeDark}}
	current := u.App.Preferences().StringWithFallback(prefTheme, themeSystem)
	var items []*fyne.MenuItem
	for _, c := range choices {
		sub := fyne.NewMenuItem(c.label, func() {
			u.App.Preferences().SetString(prefTheme, c.value)
			applyThemePreference(u.App)
			u.Window.SetMainMenu(u.mainMenu()) // refresh the check marks
		})
		sub.Checked = c.value == current
		items = append(items, sub)
	}
	item := fyne.NewMenuItem("Theme", nil)
	item.ChildMenu = fyne.NewMenu("", items...)
	return item
}
