package app

// The window's language: View → Language offers English, Ukrainian,
// French or the system's (the default), remembered in preferences.
// Choosing one relabels the window in place: the menus and toolbar are
// built again, and the card, article, timeline and review pane redrawn,
// keeping the document, the selection, the view, the search and the
// history.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"github.com/google/uuid"

	"newsline/app/i18n"
)

// prefLanguage is the language chosen in View → Language: a catalogue's
// code ("uk"), or "" for the system's.
const prefLanguage = "language"

// applyLanguagePreference loads the catalogues and speaks the language
// given, else the one chosen in a's preferences; without either, the
// language Fyne took from the environment (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG) stays.
func applyLanguagePreference(a fyne.App, given string) {
	i18n.Load()
	code := given
	if !i18n.Supported(code) {
		code = a.Preferences().String(prefLanguage)
	}
	if i18n.Supported(code) {
		i18n.Use(code)
	}
}

// languageMenuItem is View → Language: each language named in itself,
// then the system's.
func (u *UI) languageMenuItem() *fyne.MenuItem {
	chosen := u.App.Preferences().String(prefLanguage)
	var items []*fyne.MenuItem
	for _, l := range i18n.Languages {
		sub := fyne.NewMenuItem(l.Name, func() { u.SetLanguage(l.Code) })
		sub.Checked = chosen == l.Code
		items = append(items, sub)
	}
	system := fyne.NewMenuItem(lang.L("System"), func() { u.SetLanguage("") })
	system.Checked = !i18n.Supported(chosen)
	items = append(items, fyne.NewMenuItemSeparator(), system)
	item := fyne.NewMenuItem(lang.L("Language"), nil)
	item.ChildMenu = fyne.NewMenu("", items...)
	return item
}

// SetLanguage makes the window speak the language code ("en", "uk",
// "fr"), or the system's for "", remembers the choice and relabels the
// window.
func (u *UI) SetLanguage(code string) {
	if !i18n.Supported(code) {
		code = ""
	}
	u.App.Preferences().SetString(prefLanguage, code)
	i18n.Use(code)
	u.relabel()
}

// relabel builds the window's words again in the current language. What
// is being typed in a note is saved first, as when the card changes.
func (u *UI) relabel() {
	u.saveEditors()
	u.tips.hide()
	u.Window.SetMainMenu(u.mainMenu())
	u.Window.SetContent(container.NewStack(container.NewBorder(u.toolbar(), nil, nil, nil, u.body), u.tips.layer))
	u.applyFilters()
	u.updateNavButtons()
	u.Timeline.Relabel()
	u.Article.rebuild()
	u.relabelCard()
	u.relabelReview()
	u.Window.Canvas().Focus(u.Timeline)
}

// relabelCard shows again what the card shows.
func (u *UI) relabelCard() {
	id := u.Card.Showing()
	switch {
	case id == uuid.Nil && u.Search.Text != "" && u.resultsFor == u.Search.Text && u.results.Match != nil:
		u.Card.ShowResults(u.resultsFor, u.results)
	case id == uuid.Nil:
		u.Card.ShowEmpty()
	default:
		if _, ok := u.Index.Event(id); ok {
			u.Card.ShowEvent(id)
		} else {
			u.Card.ShowEntity(id)
		}
	}
}

// relabelReview builds the review pane again, where it was, if it was
// built.
func (u *UI) relabelReview() {
	s := u.review
	if s == nil || s.split == nil {
		return
	}
	offset := s.split.Offset
	u.buildReviewPane()
	s.split.Offset = offset
	if s.open {
		u.body.Objects = []fyne.CanvasObject{s.split}
		u.body.Refresh()
		u.refreshReview()
	}
}
