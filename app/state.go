package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/timeline"
	"newsline/timeline/notes"
)

// restoreState applies the last session's window size, splits and
// article pane, then the document's view (restoreView).
func (u *UI) restoreState() {
	p := u.App.Preferences()
	w := float32(p.FloatWithFallback(prefWidth, defaultWidth))
	h := float32(p.FloatWithFallback(prefHeight, defaultHeight))
	size := fyne.NewSize(max(w, minWidth), max(h, minHeight))
	if !u.screen.IsZero() {
		// No larger than the screen, though never below the minimum.
		size = size.Min(u.screen).Max(fyne.NewSize(minWidth, minHeight))
	}
	u.Window.Resize(size)
	if o := p.FloatWithFallback(prefMainSplit, u.mainSplit.Offset); o > 0.05 && o < 0.95 {
		u.mainSplit.Offset = o
	}
	if o := p.FloatWithFallback(prefBelowSplit, u.belowSplit.Offset); o > 0.05 && o < 0.95 {
		u.belowSplit.Offset = o
	}
	u.showArticle(p.BoolWithFallback(prefArticleShown, true))
	u.restoreView()
}

// viewPref is the preference key of a view setting of the document shown:
// zoom, selection and filters are remembered per document, by its ID.
func (u *UI) viewPref(key string) string {
	return "doc." + u.Index.Doc.ID.String() + "." + key
}

// restoreView applies what the window last showed of this document: its
// lane and notes filters, viewport and selection, each only if it still
// makes sense. A document opened for the first time frames its story, as
// does one whose remembered viewport shows none of its events: no
// document opens on an empty stretch.
func (u *UI) restoreView() {
	p := u.App.Preferences()
	clear(u.hiddenLanes)
	if hidden := p.String(u.viewPref(prefHiddenLanes)); hidden != "" {
		for _, l := range strings.Split(hidden, ",") {
			u.hiddenLanes[timeline.Lane(l)] = true
		}
	}
	u.notes.filter = notes.Filter(p.IntWithFallback(u.viewPref(prefNotesFilter), int(notes.ShowAll)))
	if u.notes.filter < notes.ShowAll || u.notes.filter > notes.ShowStarred {
		u.notes.filter = notes.ShowAll
	}
	u.applyFilters()
	start, err1 := time.Parse(time.RFC3339, p.String(u.viewPref(prefViewStart)))
	end, err2 := time.Parse(time.RFC3339, p.String(u.viewPref(prefViewEnd)))
	if err1 == nil && err2 == nil && end.After(start) && u.Timeline.ShowsEvents(start, end) {
		u.Timeline.SetViewport(start, end)
	} else {
		u.Timeline.FrameStory()
	}
	if id, err := uuid.Parse(p.String(u.viewPref(prefSelected))); err == nil {
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
	choices := []struct{ label, value string }{{lang.L("System"), themeSystem}, {lang.L("Light"), themeLight}, {lang.L("Dark"), themeDark}}
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
	item := fyne.NewMenuItem(lang.L("Theme"), nil)
	item.ChildMenu = fyne.NewMenu("", items...)
	return item
}
