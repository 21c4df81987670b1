// Package app is Newsline's user interface: the main window, the timeline
// widget, the detail cards and the dialogs. It builds on any fyne.App, so
// that tests run it on fyne.io/fyne/v2/test without a display.
package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/timelineview"
	"newsline/timeline"
	"newsline/timeline/notes"
)

// UI is one main window showing one document: the timeline on top, the
// detail card and the article below, one selection shown three ways.
type UI struct {
	App    fyne.App
	Window fyne.Window
	Index  *timeline.Index

	Timeline *timelineview.View
	Card     *CardView
	Article  *ArticleView
	Search   *searchEntry

	history     *history
	searchIndex *searcher
	hiddenLanes map[timeline.Lane]bool
	// showBackground puts the background passages on the timeline.
	showBackground bool
	recentItem     *fyne.MenuItem        // File → Open Recent
	results        timeline.SearchResult // of the current query; Match nil without one

	notes notesLink
	doc   *docState
	undo  []undoAction // last on top
	// review is the review of the last import while the document shown
	// descends from it (review.go); reviewItem is its menu item.
	review     *reviewSession
	reviewItem *fyne.MenuItem

	screen fyne.Size // Options.Screen
	// dismiss is the dialog Esc closes, while it is shown: the help.
	dismiss dialog.Dialog

	back, forward *toolButton
	showButton    *toolButton
	mainSplit     *container.Split // timeline | below
	body          *fyne.Container  // mainSplit, or it above the review pane
	belowSplit    *container.Split // card | article
	below         *fyne.Container
	articleShown  bool
	laneButton    *toolButton
	tips          *tipLayer // the toolbar's tooltips

	// run does all work off the UI goroutine, and keeps the timers.
	run Runner
	// closing is cancelled when the window closes, to stop long work (an
	// import) that closing would otherwise wait for.
	closing     context.Context
	stopWorking context.CancelFunc

	searchTimer  Timer              // the pause before searching what is typed
	searchQuery  string             // what searchTimer will search for
	searchCancel context.CancelFunc // of the search running, if any
	searchGen    int                // counts searches started, so that a stale result is dropped
	resultsFor   string             // the query of results
}

// Preference keys; see restoreState and saveState. The window's are
// global; the view's are kept per document (see viewPref).
const (
	prefWidth        = "window.width"
	prefHeight       = "window.height"
	prefMainSplit    = "split.main"
	prefBelowSplit   = "split.below"
	prefArticleShown = "article.shown"
	prefTheme        = "theme"

	prefViewStart   = "viewport.start"
	prefViewEnd     = "viewport.end"
	prefSelected    = "selected"
	prefHiddenLanes = "lanes.hidden"
	prefNotesFilter = "notes.filter"
)

// Default window size, and the smallest the window is opened at.
const (
	defaultWidth  = 1280
	defaultHeight = 800
	minWidth      = 480
	minHeight     = 360
)

// Options configure a window.
type Options struct {
	// Notes is the notes store; nil turns notes off, and NotesError, if
	// set, says why in the cards.
	Notes      *notes.Store
	NotesError error
	// Path is the file the document was read from, where Save writes; ""
	// for the built-in seed.
	Path string

	// Screen is the size of the screen the window opens on, in Fyne's
	// units, if known: the window opens no larger. Fyne 2.7 does not tell
	// it; the command line asks GLFW.
	Screen fyne.Size

	// Runner does the window's background work (reading the document,
	// searching, reading and saving notes, exports) and keeps its timers;
	// nil is NewRunner(), for a window on a display. Tests and off-screen
	// pictures on Fyne's test driver give a QueueRunner and drain it.
	Runner Runner
}

// New builds the main window for doc on a, restoring the last session's
// window size, splits, zoom, selection and lane filter from a's
// preferences.
func New(a fyne.App, doc *timeline.Document, opts Options) *UI {
	applyThemePreference(a)
	x := timeline.NewIndex(doc)
	u := &UI{
		App:         a,
		Index:       x,
		history:     newHistory(),
		hiddenLanes: map[timeline.Lane]bool{},
		notes:       notesLink{store: opts.Notes, err: opts.NotesError},
		doc:         &docState{path: opts.Path, saved: doc},
		run:         opts.Runner,
		screen:      opts.Screen,
	}
	if u.run == nil {
		u.run = NewRunner()
	}
	u.closing, u.stopWorking = context.WithCancel(context.Background())
	u.searchTimer = u.run.NewTimer(func() { u.startSearch(u.searchQuery) })
	u.searchIndex = u.newSearcher(x)
	u.Window = a.NewWindow("")
	u.updateTitle()
	u.build()
	u.startNotes()
	u.restoreState()
	if opts.Path != "" {
		u.addRecent(opts.Path)
	}
	// The keyboard drives the timeline from the start.
	u.Window.Canvas().Focus(u.Timeline)
	u.Window.SetCloseIntercept(u.closeAsked)
	return u
}

func (u *UI) build() {
	x := u.Index
	u.Timeline = timelineview.New(x)
	u.Timeline.OnSelected = func(id uuid.UUID) {
		if id == uuid.Nil {
			u.clearSelection()
			return
		}
		u.Open(place{kind: placeEvent, id: id})
	}
	u.Timeline.OnActivated = func(id uuid.UUID) {
		u.Open(place{kind: placeEvent, id: id})
		u.focusCard()
	}
	u.Timeline.OnViewportChanged = func(start, end time.Time) {
		p := u.App.Preferences()
		p.SetString(u.viewPref(prefViewStart), start.UTC().Format(time.RFC3339))
		p.SetString(u.viewPref(prefViewEnd), end.UTC().Format(time.RFC3339))
	}

	u.Card = NewCardView(x)
	u.Card.canvas = u.Window.Canvas()
	u.Card.OnEscape = u.focusTimeline
	u.Card.OnEvent = func(id uuid.UUID) { u.Open(place{kind: placeEvent, id: id}) }
	u.Card.OnEntity = func(id uuid.UUID) { u.Open(place{kind: placeEntity, id: id}) }
	u.Card.Extra = u.notesSection
	u.Card.OnEdit = u.showEditEvent
	u.Card.OnArticle = func(id uuid.UUID) {
		u.showArticle(true)
		u.Article.Select(id)
	}
	u.Article = NewArticleView(x)
	u.Article.OnEvent = func(id uuid.UUID) { u.Open(place{kind: placeEvent, id: id}) }

	u.belowSplit = container.NewHSplit(u.Card, u.Article)
	u.belowSplit.Offset = 0.5
	u.below = container.NewStack(u.belowSplit)
	u.articleShown = true
	u.mainSplit = container.NewVSplit(u.Timeline, u.below)
	u.mainSplit.Offset = 0.42

	u.tips = newTipLayer(u.run)
	u.body = container.NewStack(u.mainSplit)
	u.Window.SetContent(container.NewStack(container.NewBorder(u.toolbar(), nil, nil, nil, u.body), u.tips.layer))
	u.Window.SetMainMenu(u.mainMenu())
	u.Window.SetOnDropped(u.dropped)
	u.addShortcuts()
	u.updateNavButtons()
}

// Shortcuts of the menus. Fyne's desktop driver tries the main menu's
// shortcuts before the focused widget's (window.triggersShortcut), so
// these work whichever widget has the keyboard, a text field included.
var (
	keyOpen   = ctrl(fyne.KeyO)
	keyImport = ctrl(fyne.KeyI)
	keySave   = ctrl(fyne.KeyS)
	keySaveAs = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyExport = ctrl(fyne.KeyE)
	// Ctrl+Shift+E: the timeline, beside Ctrl+E, the notes.
	keyExportTimeline = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyQuit           = ctrl(fyne.KeyQ)
	keyNote           = ctrl(fyne.KeyN)
	keySearch         = ctrl(fyne.KeyF)
	keyJump           = ctrl(fyne.KeyJ)
	keyBack           = &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}
	keyForward        = &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}
	keyReview         = ctrl(fyne.KeyR)
	// Fyne's desktop driver reports Ctrl+Z (Cmd+Z on macOS) as
	// ShortcutUndo, never as a custom shortcut.
	keyUndo = &fyne.ShortcutUndo{}
)

func ctrl(k fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func (u *UI) mainMenu() *fyne.MainMenu {
	item := func(label string, key fyne.Shortcut, action func()) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, action)
		i.Shortcut = key
		return i
	}
	quit := item("Quit", keyQuit, u.closeAsked)
	quit.IsQuit = true
	file := fyne.NewMenu("File",
		item("Open…", keyOpen, u.showOpen),
		u.recentMenuItem(),
		item("Import Article…", keyImport, u.showImport),
		fyne.NewMenuItemSeparator(),
		item("Save", keySave, u.Save),
		item("Save As…", keySaveAs, u.showSaveAs),
		fyne.NewMenuItemSeparator(),
		item("Export Notes…", keyExport, u.showExport),
		item("Export Timeline…", keyExportTimeline, u.showExportTimeline),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	u.reviewItem = item("Review Draft…", keyReview, u.ShowReview)
	u.reviewItem.Disabled = u.review == nil
	edit := fyne.NewMenu("Edit",
		item("Undo", keyUndo, u.undoKey),
		fyne.NewMenuItemSeparator(),
		item("New Note", keyNote, u.FocusNewNote),
		fyne.NewMenuItem("Edit Event…", u.editSelectedEvent),
		u.reviewItem,
	)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom In", func() { u.Timeline.ZoomIn() }),
		fyne.NewMenuItem("Zoom Out", func() { u.Timeline.ZoomOut() }),
		fyne.NewMenuItem("Fit All", func() { u.Timeline.Fit() }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Show or Hide Article", func() { u.showArticle(!u.articleShown) }),
		u.backgroundMenuItem(),
		fyne.NewMenuItemSeparator(),
		u.themeMenuItem(),
	)
	goMenu := fyne.NewMenu("Go",
		item("Back", keyBack, u.Back),
		item("Forward", keyForward, u.Forward),
		fyne.NewMenuItemSeparator(),
		item("Jump to Date…", keyJump, u.showJumpToDate),
		item("Search", keySearch, u.FocusSearch),
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Keyboard Shortcuts", u.showShortcuts),
		fyne.NewMenuItem("Timeline Key", u.showLegend),
	)
	return fyne.NewMainMenu(file, edit, view, goMenu, help)
}

// undoKey is Ctrl+Z: in a text field it undoes the typing there (as the
// field would have, had the menu not taken the shortcut first); elsewhere
// the last edit of the document or deletion of a note.
func (u *UI) undoKey() {
	f := u.Window.Canvas().Focused()
	if _, field := f.(interface{ Undo() }); field {
		f.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	u.Undo()
}

// addShortcuts gives the canvas the menus' shortcuts too, for when no
// main menu handles them (Fyne's test driver), and lets keys typed with
// nothing focused drive the timeline.
func (u *UI) addShortcuts() {
	c := u.Window.Canvas()
	var add func(items []*fyne.MenuItem)
	add = func(items []*fyne.MenuItem) {
		for _, i := range items {
			if i.Shortcut != nil && i.Action != nil {
				action := i.Action
				c.AddShortcut(i.Shortcut, func(fyne.Shortcut) { action() })
			}
			if i.ChildMenu != nil {
				add(i.ChildMenu.Items)
			}
		}
	}
	for _, m := range u.Window.MainMenu().Items {
		add(m.Items)
	}
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if c.Overlays().Top() != nil {
			// A dialog is up: nothing reaches the window behind it; Esc
			// closes the help dialogs.
			if ev.Name == fyne.KeyEscape && u.dismiss != nil {
				u.dismiss.Hide()
			}
			return
		}
		if ev.Name == fyne.KeyEscape && u.Search.Text != "" {
			u.ClearSearch()
			return
		}
		c.Focus(u.Timeline)
		u.Timeline.TypedKey(ev)
	})
	c.SetOnTypedRune(func(r rune) {
		if c.Overlays().Top() != nil {
			return
		}
		c.Focus(u.Timeline)
		u.Timeline.TypedRune(r)
	})
}

// closeWait bounds how long closing the window waits for background work
// (notes being saved, an export being written) to finish.
const closeWait = 10 * time.Second

// Close saves any note being typed, stops an import, waits for background
// work (saves, exports) to finish, saves the window's state, and closes it.
func (u *UI) Close() {
	u.saveEditors()
	u.stopNotes()
	u.cancelSearch()
	u.stopWorking()
	u.run.Wait(closeWait)
	u.saveState()
	u.Window.Close()
}

// Open shows a place (an event's card, an entity's card, search results)
// and records it in the history.
func (u *UI) Open(p place) {
	u.history.visit(p)
	u.show(p)
}

// Back returns to the previous place in the history.
func (u *UI) Back() {
	if p, ok := u.history.back(); ok {
		u.show(p)
	}
}

// Forward goes to the next place in the history.
func (u *UI) Forward() {
	if p, ok := u.history.forward(); ok {
		u.show(p)
	}
}

// show displays p without touching the history.
func (u *UI) show(p place) {
	switch p.kind {
	case placeEvent:
		u.Timeline.Select(p.id)
		u.Card.ShowEvent(p.id)
		u.Article.Select(p.id)
		u.App.Preferences().SetString(u.viewPref(prefSelected), p.id.String())
		u.reviewFollow(p.id)
	case placeEntity:
		u.Card.ShowEntity(p.id)
	case placeSearch:
		if u.Search.Text != p.query {
			u.Search.setTextQuietly(p.query)
		}
		if u.resultsFor == p.query && u.results.Match != nil {
			u.Card.ShowResults(p.query, u.results)
		} else {
			u.startSearch(p.query) // shows the results when they come
		}
	}
	u.updateNavButtons()
}

func (u *UI) clearSelection() {
	u.Timeline.Select(uuid.Nil)
	u.Article.Select(uuid.Nil)
	u.Card.ShowEmpty()
	u.App.Preferences().SetString(u.viewPref(prefSelected), "")
}

func (u *UI) updateNavButtons() {
	if u.back == nil {
		return
	}
	setEnabled(u.back, u.history.canBack())
	setEnabled(u.forward, u.history.canForward())
}

func setEnabled(b fyne.Disableable, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// focusCard moves the keyboard focus into the card, to its first link or
// button; Esc there comes back.
func (u *UI) focusCard() {
	if first := u.Card.firstFocusable(); first != nil {
		u.Window.Canvas().Focus(first)
	}
}

// focusTimeline gives the keyboard to the timeline: Esc in a card does.
func (u *UI) focusTimeline() { u.Window.Canvas().Focus(u.Timeline) }

// walk visits o and the objects inside containers, depth first, until
// visit returns false.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) bool {
	if !visit(o) {
		return false
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, child := range c.Objects {
			if !walk(child, visit) {
				return false
			}
		}
	}
	return true
}

// FocusSearch puts the keyboard focus in the search field.
func (u *UI) FocusSearch() { u.Window.Canvas().Focus(u.Search) }

// ClearSearch empties the search field and undims the timeline.
func (u *UI) ClearSearch() {
	u.Search.setTextQuietly("")
	u.searchChanged("")
}

// showArticle shows or hides the article pane beside the card.
func (u *UI) showArticle(on bool) {
	if on == u.articleShown {
		return
	}
	u.articleShown = on
	if on {
		u.belowSplit.Leading, u.belowSplit.Trailing = u.Card, u.Article
		u.below.Objects = []fyne.CanvasObject{u.belowSplit}
	} else {
		u.below.Objects = []fyne.CanvasObject{u.Card}
	}
	u.below.Refresh()
	u.belowSplit.Refresh()
	u.App.Preferences().SetBool(prefArticleShown, on)
}

func (u *UI) showLaneMenu() {
	var items []*fyne.MenuItem
	for _, l := range u.Index.Lanes {
		lane := l
		item := fyne.NewMenuItem(lane.Title(), func() { u.SetLaneHidden(lane, !u.hiddenLanes[lane]) })
		item.Checked = !u.hiddenLanes[lane]
		items = append(items, item)
	}
	items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Show All", func() {
		for l := range u.hiddenLanes {
			delete(u.hiddenLanes, l)
		}
		u.applyFilters()
	}))
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.laneButton)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), u.Window.Canvas(), pos.AddXY(0, u.laneButton.Size().Height))
}

// SetLaneHidden hides or shows one lane's events on the timeline.
func (u *UI) SetLaneHidden(l timeline.Lane, hidden bool) {
	if hidden {
		u.hiddenLanes[l] = true
	} else {
		delete(u.hiddenLanes, l)
	}
	u.applyFilters()
}

func (u *UI) applyFilters() {
	doc := u.Index.Doc
	hidden, filter, o := u.hiddenLanes, u.notes.filter, u.notes.overview
	if o == nil {
		filter = notes.ShowAll
	}
	background := u.showBackground || !u.hasBackground()
	if len(hidden) == 0 && filter == notes.ShowAll && background {
		u.Timeline.SetVisible(nil)
	} else {
		u.Timeline.SetVisible(func(i int) bool {
			ev := &doc.Events[i]
			return !hidden[ev.Lane] && (filter == notes.ShowAll || o.Show(ev.ID, filter)) && (background || !ev.Background)
		})
	}
	u.showButton.setTexts(filterNames[u.notes.filter], filterNames[u.notes.filter])
	var names []string
	for l := range u.hiddenLanes {
		names = append(names, string(l))
	}
	slices.Sort(names)
	u.App.Preferences().SetString(u.viewPref(prefHiddenLanes), strings.Join(names, ","))
	if n := len(u.hiddenLanes); n > 0 {
		u.laneButton.setTexts(fmt.Sprintf("Lanes (%d hidden)", n), fmt.Sprintf("%d hidden", n))
	} else {
		u.laneButton.setTexts("Lanes", "")
	}
}

// hasBackground reports whether the document has background passages:
// passages that report nothing that happened, kept off the timeline.
func (u *UI) hasBackground() bool {
	for i := range u.Index.Doc.Events {
		if u.Index.Doc.Events[i].Background {
			return true
		}
	}
	return false
}

// backgroundMenuItem shows or hides the document's background passages
// on the timeline; they stay in the article and in search either way.
func (u *UI) backgroundMenuItem() *fyne.MenuItem {
	item := fyne.NewMenuItem("Show Background Passages", nil)
	item.Action = func() {
		u.SetShowBackground(!u.showBackground)
		item.Checked = u.showBackground
		u.Window.MainMenu().Refresh()
	}
	return item
}

// SetShowBackground shows the document's background passages on the
// timeline (in the undated strip, or at their dates), or hides them.
func (u *UI) SetShowBackground(on bool) {
	u.showBackground = on
	u.applyFilters()
}

// OpenEvent selects the event with the given ID and shows its card. It
// reports whether the document has such an event.
func (u *UI) OpenEvent(id uuid.UUID) bool {
	if _, ok := u.Index.Event(id); !ok {
		return false
	}
	u.Open(place{kind: placeEvent, id: id})
	return true
}

// OpenEntity shows the card of the entity with the given ID. It reports
// whether the document has such an entity.
func (u *UI) OpenEntity(id uuid.UUID) bool {
	if _, ok := u.Index.Entity(id); !ok {
		return false
	}
	u.Open(place{kind: placeEntity, id: id})
	return true
}

// SearchFor types query into the search field and searches without the
// pause typing waits for; the results show when the search is done.
func (u *UI) SearchFor(query string) {
	u.Search.setTextQuietly(query)
	if query == "" {
		u.searchChanged("")
		return
	}
	u.show(u.recordSearch(query))
}

// showJumpToDate asks for a date and centres the timeline on it.
func (u *UI) showJumpToDate() {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("2026-01-05, 2025-11 or 2026")
	entry.Validator = func(s string) error {
		_, err := timeline.ParsePoint(strings.TrimSpace(s))
		if err == nil && strings.TrimSpace(s) == "" {
			return fmt.Errorf("type a date")
		}
		return err
	}
	items := []*widget.FormItem{widget.NewFormItem("Date", entry)}
	d := dialog.NewForm("Jump to date", "Jump", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		p, err := timeline.ParsePoint(strings.TrimSpace(entry.Text))
		if err != nil || p.IsZero() {
			return
		}
		u.JumpTo(p)
	}, u.Window)
	entry.OnSubmitted = func(string) { d.Submit() } // Enter jumps, as the button does
	d.Resize(fyne.NewSize(360, d.MinSize().Height))
	d.Show()
	u.Window.Canvas().Focus(entry)
}

// JumpTo shows the span of p on the timeline: a day, a month or a year.
func (u *UI) JumpTo(p timeline.Point) {
	span := p.Finish().Sub(p.Begin())
	// Show the point with some context either side.
	margin := span
	if span < 24*time.Hour {
		margin = 12 * time.Hour
	}
	u.Timeline.SetViewport(p.Begin().Add(-margin), p.Finish().Add(margin))
	u.Window.Canvas().Focus(u.Timeline)
}

var filterNames = map[notes.Filter]string{
	notes.ShowAll:       "All events",
	notes.ShowAnnotated: "Annotated",
	notes.ShowStarred:   "Starred",
}

func (u *UI) showFilterMenu() {
	var items []*fyne.MenuItem
	for _, f := range []notes.Filter{notes.ShowAll, notes.ShowAnnotated, notes.ShowStarred} {
		item := fyne.NewMenuItem(map[notes.Filter]string{
			notes.ShowAll:       "All events",
			notes.ShowAnnotated: "Only events with notes or a star",
			notes.ShowStarred:   "Only starred events",
		}[f], func() { u.SetNotesFilter(f) })
		item.Checked = u.notes.filter == f
		items = append(items, item)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.showButton)
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), u.Window.Canvas(), pos.AddXY(0, u.showButton.Size().Height))
}
