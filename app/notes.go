package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/app/timelineview"
	"newsline/timeline/notes"
)

// Notes save themselves: autosaveDelay after the last keystroke, when the
// editor loses the focus, and when the window closes. A save is shown as
// "Saved" only once the store has it on disk.
var autosaveDelay = 700 * time.Millisecond

// pollInterval is how often the window looks for notes written by other
// processes (the command line, another window).
const pollInterval = 2 * time.Second

// notesLink is the window's side of the notes store.
type notesLink struct {
	store *notes.Store // nil: notes are off
	err   error        // why notes are off, if they are

	overview *notes.Overview // what the timeline shows; nil before the first read
	filter   notes.Filter    // All, Annotated or Starred events

	editors map[*noteEditor]bool // open editors, to save on close
	panel   *notesPanel          // the card's notes, if it shows any
	writing map[uuid.UUID]int    // store writes running, by target (see startWrite)
	poll    Timer                // the next look at the store's generation
	stopped bool                 // polling has ended: the window is closing
}

// notesContext bounds one store operation; the store's own busy timeout
// is shorter.
func notesContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 30*time.Second)
}

// startNotes connects the window to its store: markers, filter, search,
// and polling for other processes' changes.
func (u *UI) startNotes() {
	u.notes.editors = map[*noteEditor]bool{}
	if u.notes.store == nil {
		return
	}
	u.refreshNotes()
	u.notes.poll = u.run.NewTimer(u.pollNotes)
	u.notes.poll.Reset(pollInterval)
}

// pollNotes reads the store's generation in the background, refreshes
// what changed, and looks again pollInterval later.
func (u *UI) pollNotes() {
	store := u.notes.store
	var gen int64
	var err error
	u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		gen, err = store.Generation(ctx)
	}, func() {
		if u.notes.stopped {
			return
		}
		if err == nil {
			u.sawGeneration(gen)
		}
		u.notes.poll.Reset(pollInterval)
	})
}

// sawGeneration refreshes what the window shows of the notes when another
// process (or this one) has written since the last overview.
func (u *UI) sawGeneration(gen int64) {
	if o := u.notes.overview; o == nil || o.Generation != gen {
		u.refreshNotes()
		u.notes.panel.reloadIfIdle()
	}
}

// FocusNewNote scrolls the card to its notes and puts the keyboard in the
// editor for a new note.
func (u *UI) FocusNewNote() {
	p := u.notes.panel
	if p == nil || len(p.editors) == 0 {
		return
	}
	// Lay the card out afresh first: its wrapped texts may have changed
	// height since, and the bottom must be the real one.
	u.Card.content.Refresh()
	u.Card.scroll.Refresh()
	u.Card.scroll.ScrollToBottom()
	u.Window.Canvas().Focus(p.editors[len(p.editors)-1].entry)
}

// refreshNotes reads the overview in the background and applies it to the
// timeline's markers and filter and to search.
func (u *UI) refreshNotes() {
	store := u.notes.store
	if store == nil {
		return
	}
	// The goroutine touches nothing of the window's but what it was given:
	// the document may be edited or replaced meanwhile.
	search := u.searchIndex
	var o *notes.Overview
	var err error
	u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		o, err = store.Overview(ctx)
		if err == nil {
			search.index().SetExtras(o.FoldedAll()) // IDs of other documents are ignored
		}
	}, func() {
		if err != nil {
			u.notes.panel.showError(err)
			return
		}
		u.applyOverview(o)
	})
}

func (u *UI) applyOverview(o *notes.Overview) {
	u.notes.overview = o
	events := u.Index.Doc.Events
	u.Timeline.SetBadges(func(i int) timelineview.Badge {
		var b timelineview.Badge
		if o.HasNotes(events[i].ID) {
			b |= timelineview.BadgeNote
		}
		if o.Starred(events[i].ID) {
			b |= timelineview.BadgeStar
		}
		return b
	})
	u.applyFilters()
	if u.Search.Text != "" {
		u.startSearch(u.Search.Text)
	}
}

// SetNotesFilter shows all events, only annotated ones, or only starred.
func (u *UI) SetNotesFilter(f notes.Filter) {
	u.notes.filter = f
	u.App.Preferences().SetInt(u.viewPref(prefNotesFilter), int(f))
	u.applyFilters()
}

// saveEditors starts saving every editor with unsaved text, for closing
// the window or showing another document.
func (u *UI) saveEditors() {
	for ed := range u.notes.editors {
		ed.saveNow()
	}
}

func (u *UI) stopNotes() {
	u.notes.stopped = true
	if u.notes.poll != nil {
		u.notes.poll.Stop()
	}
}

// A store write of a target's notes (a save, a delete, a restore, a star)
// is counted while it runs: a notes panel reads the target's notes only
// once none is running, so that it never shows (and then saves over) text
// older than what a released editor is still writing.
func (n *notesLink) startWrite(target uuid.UUID) {
	if n.writing == nil {
		n.writing = map[uuid.UUID]int{}
	}
	n.writing[target]++
}

// endWrite counts a write done and, once the target has none left, lets
// the card's panel that waits for them read the notes.
func (n *notesLink) endWrite(target uuid.UUID) {
	n.writing[target]--
	if n.writing[target] > 0 {
		return
	}
	delete(n.writing, target)
	if p := n.panel; p != nil && p.waiting && p.target.ID == target {
		p.load()
	}
}

// restoreNote brings back a deleted note, for undo.
func (u *UI) restoreNote(note notes.Note) {
	var err error
	u.notes.startWrite(note.Target.ID)
	u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		err = u.notes.store.Restore(ctx, note)
	}, func() {
		defer u.notes.endWrite(note.Target.ID)
		if err != nil {
			u.pushUndo("note deletion", func() { u.restoreNote(note) })
			u.notes.panel.showError(err)
			return
		}
		u.refreshNotes()
		if p := u.notes.panel; p != nil && p.target.ID == note.Target.ID {
			p.reload()
			p.setStatus(lang.L("Note restored"), false)
		}
	})
}

// notesSection is the card's notes, for its event or entity.
func (u *UI) notesSection(id uuid.UUID) fyne.CanvasObject {
	if u.notes.store == nil {
		if u.notes.err == nil {
			return nil
		}
		return container.NewVBox(sectionTitle(lang.L("Notes")), dim(lang.L("Notes are unavailable: {{.Error}}", map[string]any{"Error": u.notes.err.Error()})))
	}
	target, err := notes.Lookup(u.Index, id)
	if err != nil {
		return nil
	}
	p := newNotesPanel(u, target)
	u.notes.panel = p
	p.reload()
	return p
}

// notesPanel is the notes section of a card: a star, the target's notes
// as editors, and an empty editor for a new one. It lives as long as the
// card shows its target; the card releases it when it changes.
type notesPanel struct {
	widget.BaseWidget
	u       *UI
	target  notes.Target
	status  *widget.RichText
	undo    *cardButton
	star    *cardButton
	starred bool
	list    *fyne.Container
	editors []*noteEditor
	box     *fyne.Container
	// waiting: the editors are to be read once the target's writes in
	// flight are done (see startWrite); refocus is the note whose editor
	// had the keyboard before, to give it back (uuid.Nil: the new note's).
	waiting  bool
	refocus  *uuid.UUID
	released bool
}

func newNotesPanel(u *UI, target notes.Target) *notesPanel {
	p := &notesPanel{u: u, target: target, list: container.NewVBox()}
	p.status = secondary("", false)
	p.status.Wrapping = fyne.TextWrapOff
	p.undo = newCardButton(lang.L("Undo"), theme.ContentUndoIcon(), u.Undo, &u.Card.keys)
	p.undo.Hide()
	p.star = newCardButton(lang.L("Star"), starResource(false), p.toggleStar, &u.Card.keys)
	header := container.NewBorder(nil, nil, sectionTitle(lang.L("Notes")), container.NewHBox(p.status, p.undo, p.star))
	p.box = container.NewVBox(widget.NewSeparator(), header, p.list)
	p.ExtendBaseWidget(p)
	return p
}

func (p *notesPanel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.box) }

// parts is for holds: what of the panel may have the keyboard.
func (p *notesPanel) parts() []fyne.CanvasObject { return []fyne.CanvasObject{p.box} }

// release saves what is being typed and closes the editors, as the card
// stops showing the panel.
func (p *notesPanel) release() {
	p.released = true
	for _, ed := range p.editors {
		ed.close()
	}
	if p.u.notes.panel == p {
		p.u.notes.panel = nil
	}
}

// canvas is the window's canvas, where the keyboard focus is.
func (p *notesPanel) canvas() fyne.Canvas { return p.u.Window.Canvas() }

// has reports whether o is part of the panel.
func (p *notesPanel) has(o fyne.Focusable) bool {
	return o != nil && holds(p.box, o.(fyne.CanvasObject))
}

// reload reads the target's notes and star again and rebuilds the
// editors, keeping the keyboard in the same note. Unsaved text is saved
// first, and the notes are read once that is written.
func (p *notesPanel) reload() {
	if p.released {
		return
	}
	c := p.canvas()
	for _, ed := range p.editors {
		if ed.entry == c.Focused() {
			id := ed.note.ID
			p.refocus = &id
		}
	}
	if p.has(c.Focused()) {
		c.Unfocus() // the field goes; its text is saved by close below
	}
	for _, ed := range p.editors {
		ed.close()
	}
	p.editors = nil
	p.list.Objects = nil
	p.list.Refresh()
	if p.u.notes.writing[p.target.ID] > 0 {
		p.waiting = true
		p.setStatus(lang.L("Saving…"), false)
		return
	}
	p.load()
}

// load reads the target's notes and star and makes their editors, once no
// write of them is running.
func (p *notesPanel) load() {
	p.waiting = false
	if p.released {
		return
	}
	store := p.u.notes.store
	ctx, cancel := notesContext()
	defer cancel()
	// Reads do not wait for writers (WAL), so reading on the UI
	// goroutine is quick.
	list, err := store.NotesOf(ctx, p.target.ID)
	if err != nil {
		p.showError(err)
		return
	}
	starred, err := store.Starred(ctx, p.target.ID)
	if err != nil {
		p.showError(err)
	}
	p.setStarred(starred)
	for _, n := range list {
		p.addEditor(n)
	}
	p.addEditor(notes.Note{})
	p.list.Refresh()
	if seg := p.status.Segments[0].(*widget.TextSegment); seg.Text == lang.L("Saving…") {
		p.setStatus(lang.L("Saved"), false)
	}
	if p.refocus != nil {
		id := *p.refocus
		p.refocus = nil
		if p.canvas().Focused() == nil {
			for _, ed := range p.editors {
				if ed.note.ID == id {
					p.canvas().Focus(ed.entry)
				}
			}
		}
	}
}

// reloadIfIdle reloads after another process wrote, unless the user is
// typing here.
func (p *notesPanel) reloadIfIdle() {
	if p == nil || p.waiting {
		return
	}
	for _, ed := range p.editors {
		if ed.dirty() || ed.saving || ed.entry == p.canvas().Focused() {
			return
		}
	}
	p.reload()
}

func (p *notesPanel) addEditor(n notes.Note) *noteEditor {
	ed := newNoteEditor(p, n)
	p.editors = append(p.editors, ed)
	p.list.Add(ed.box)
	return ed
}

// removeEditor takes a deleted note's editor away. The keyboard, if it was
// there, is let go rather than left in a field no longer on screen.
func (p *notesPanel) removeEditor(ed *noteEditor) {
	ed.discard() // first: losing the focus must not save it
	c := p.canvas()
	if f := c.Focused(); f != nil && holds(ed.box, f.(fyne.CanvasObject)) {
		c.Unfocus()
	}
	for i, e := range p.editors {
		if e == ed {
			p.editors = append(p.editors[:i], p.editors[i+1:]...)
			break
		}
	}
	p.list.Remove(ed.box)
}

func (p *notesPanel) setStatus(text string, isError bool) {
	seg := p.status.Segments[0].(*widget.TextSegment)
	seg.Text = text
	seg.Style.ColorName = look.ColorNameSecondary
	if isError {
		seg.Style.ColorName = theme.ColorNameError
	}
	p.status.Refresh()
	p.hideUndo()
}

// showUndo offers to undo a deletion, and takes the keyboard if nothing
// has it, so that Enter (or Ctrl+Z anywhere) brings the note back.
func (p *notesPanel) showUndo() {
	p.undo.Show()
	if c := p.canvas(); c.Focused() == nil && !p.released {
		c.Focus(p.undo)
	}
}

func (p *notesPanel) hideUndo() {
	if !p.undo.Visible() {
		return
	}
	if c := p.canvas(); c.Focused() == p.undo {
		c.Unfocus()
		p.u.Card.escape()
	}
	p.undo.Hide()
}

func (p *notesPanel) showError(err error) {
	if p == nil {
		return
	}
	p.setStatus(lang.L("Not saved"), true)
	p.box.Objects = append(p.box.Objects[:3], errorText(err.Error()))
	p.box.Refresh()
}

func (p *notesPanel) clearError() {
	if len(p.box.Objects) > 3 {
		p.box.Objects = p.box.Objects[:3]
		p.box.Refresh()
	}
}

func errorText(text string) fyne.CanvasObject {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: theme.ColorNameError, SizeName: theme.SizeNameCaptionText}})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// Fyne has no star icon; these follow Material's "star" and
// "star_border" glyphs.
var (
	starOutline = theme.NewThemedResource(fyne.NewStaticResource("star-outline.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M22 9.24l-7.19-.62L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21 12 17.27 18.18 21l-1.63-7.03L22 9.24zM12 15.4l-3.76 2.27 1-4.28-3.32-2.88 4.38-.38L12 6.1l1.71 4.04 4.38.38-3.32 2.88 1 4.28L12 15.4z"/></svg>`)))
	starFilled  = theme.NewColoredResource(fyne.NewStaticResource("star.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 17.27L18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"/></svg>`)), look.ColorNameStar)
)

func starResource(on bool) fyne.Resource {
	if on {
		return starFilled
	}
	return starOutline
}

func (p *notesPanel) setStarred(on bool) {
	p.starred = on
	if on {
		p.star.SetText(lang.L("Starred"))
		p.star.SetIcon(starResource(true))
	} else {
		p.star.SetText(lang.L("Star"))
		p.star.SetIcon(starResource(false))
	}
}

func (p *notesPanel) toggleStar() {
	on := !p.starred
	p.setStarred(on)
	store, target := p.u.notes.store, p.target
	var err error
	p.u.notes.startWrite(target.ID)
	p.u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		err = store.SetStar(ctx, target, on)
	}, func() {
		defer p.u.notes.endWrite(target.ID)
		if err != nil {
			p.setStarred(!on)
			p.showError(err)
			return
		}
		p.clearError()
		p.setStatus(lang.L("Saved"), false)
		p.u.refreshNotes()
	})
}

// noteEditor edits one note of one target for its whole life: its panel's
// target, and the note it was made for (or, for the new-note editor, the
// note its first save adds). It saves as the user pauses, when its field
// loses the keyboard, and when it is closed.
type noteEditor struct {
	panel  *notesPanel
	note   notes.Note // ID uuid.Nil until the first save
	saved  string     // the text as last saved
	entry  *noteEntry
	tags   *fyne.Container // the note's tags, as chips
	remove *cardButton
	box    *fyne.Container
	timer  Timer // the pause after typing, then the save
	saving bool  // a save is running
	again  bool  // the text changed during that save
	// deleting: delete was asked for during a save, and runs after it.
	deleting bool
	// closed: the editor is off screen; its field takes no more typing.
	closed bool
}

// Notes grow with their text from minNoteRows to maxNoteRows lines, then
// scroll.
const (
	minNoteRows = 2
	maxNoteRows = 12
)

// noteEntry is a note's multi-line field. Enter starts a new line; Tab
// and Shift+Tab move the keyboard on, as in every other field; Esc saves
// and gives the keyboard back. It grows with its text.
type noteEntry struct {
	wrapEntry
	onFocusLost func()
	onEscape    func()
	keys        *cardKeys
	rows        int  // the lines it shows now
	focused     bool // it has the keyboard
}

func newNoteEntry() *noteEntry {
	e := &noteEntry{rows: minNoteRows}
	e.after = -1
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(minNoteRows)
	return e
}

// wrapEntry is a multi-line Entry that wraps at words and types where its
// cursor is. Fyne 2.7.1's Entry keeps its cursor as a row and a column of
// the wrapped text, and a space typed where a line overflows belongs to no
// row (the wrap drops it): the cursor falls back before the space, and the
// next word goes in there. Typing "A note that is" in a narrow field gave
// "A note thatis ", the space at the very end. wrapEntry remembers the
// offset each rune typed left the cursor at, and types the next one there
// unless the cursor was moved meanwhile (a key, the mouse, the focus).
type wrapEntry struct {
	widget.Entry
	after int // the offset after the last rune typed; -1 once the cursor moved otherwise
}

func (e *wrapEntry) TypedRune(r rune) {
	if e.after >= 0 && e.after <= len([]rune(e.Text)) && e.SelectedText() == "" {
		if at := e.CursorTextOffset(); at != e.after {
			// A column past the row's end is still an offset: the
			// row's beginning plus the column.
			e.CursorColumn += e.after - at
		}
	}
	e.after = -1
	want := -1
	if e.SelectedText() == "" {
		want = e.CursorTextOffset() + 1
	}
	e.Entry.TypedRune(r)
	e.after = want
}

// newWrapEntry returns an empty multi-line field that wraps at words.
func newWrapEntry() *wrapEntry {
	e := &wrapEntry{after: -1}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey forgets the offset typing left when the key moves the cursor
// or edits. The desktop driver calls it for every key, those that type a
// rune (then TypedRune) included.
func (e *wrapEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyHome, fyne.KeyEnd,
		fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyTab:
		e.moved()
	}
	e.Entry.TypedKey(ev)
}

// moved forgets the offset typing left the cursor at: the cursor was put
// elsewhere.
func (e *wrapEntry) moved() { e.after = -1 }

func (e *wrapEntry) TypedShortcut(s fyne.Shortcut)       { e.moved(); e.Entry.TypedShortcut(s) }
func (e *wrapEntry) MouseDown(ev *desktop.MouseEvent)    { e.moved(); e.Entry.MouseDown(ev) }
func (e *wrapEntry) Dragged(ev *fyne.DragEvent)          { e.moved(); e.Entry.Dragged(ev) }
func (e *wrapEntry) DoubleTapped(ev *fyne.PointEvent)    { e.moved(); e.Entry.DoubleTapped(ev) }
func (e *wrapEntry) TappedSecondary(ev *fyne.PointEvent) { e.moved(); e.Entry.TappedSecondary(ev) }
func (e *wrapEntry) FocusGained()                        { e.moved(); e.Entry.FocusGained() }
func (e *wrapEntry) FocusLost()                          { e.moved(); e.Entry.FocusLost() }
func (e *wrapEntry) SetText(text string)                 { e.moved(); e.Entry.SetText(text) }

// AcceptsTab says no: a tab moves the keyboard on rather than into the
// note.
func (e *noteEntry) AcceptsTab() bool { return false }

func (e *noteEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if e.onEscape != nil {
			e.onEscape()
		}
		return
	}
	e.wrapEntry.TypedKey(ev)
}

func (e *noteEntry) FocusGained() {
	e.focused = true
	e.wrapEntry.FocusGained()
	e.keys.focused(e)
}

func (e *noteEntry) FocusLost() {
	e.focused = false
	e.wrapEntry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

func (e *noteEntry) Resize(size fyne.Size) {
	e.Entry.Resize(size)
	e.fit()
}

// fit shows as many lines as the text wraps to at the entry's width,
// within minNoteRows and maxNoteRows.
func (e *noteEntry) fit() {
	th := e.Theme()
	width := e.Size().Width - 2*th.Size(theme.SizeNameInnerPadding)
	if width <= 0 {
		return
	}
	size := th.Size(theme.SizeNameText)
	measure := func(s string) float32 { return fyne.MeasureText(s, size, e.TextStyle).Width }
	rows := min(max(wrappedLines(e.Text, width, measure), minNoteRows), maxNoteRows)
	if rows != e.rows {
		e.rows = rows
		e.SetMinRowsVisible(rows)
		if e.focused {
			e.keys.grew(e) // keep the line typed on in view
		}
	}
}

// wrappedLines counts the lines text takes when its words wrap at width.
func wrappedLines(text string, width float32, measure func(string) float32) int {
	lines := 0
	space := measure(" ")
	for _, para := range strings.Split(text, "\n") {
		lines++
		x := float32(0)
		for i, word := range strings.Fields(para) {
			w := measure(word)
			if i > 0 && x+space+w > width {
				lines++
				x = 0
			} else if i > 0 {
				x += space
			}
			x += w
			for x > width { // a word longer than the line breaks
				lines++
				x -= width
			}
		}
	}
	return lines
}

func newNoteEditor(p *notesPanel, n notes.Note) *noteEditor {
	ed := &noteEditor{panel: p, note: n, saved: n.Text}
	ed.entry = newNoteEntry()
	ed.entry.keys = &p.u.Card.keys
	ed.entry.SetText(n.Text)
	if n.ID == uuid.Nil {
		ed.entry.SetPlaceHolder(lang.L("Add a note… (#tags become tags)"))
	}
	ed.entry.OnChanged = func(string) { ed.changed() }
	ed.entry.onFocusLost = func() { ed.saveNow() }
	ed.entry.onEscape = func() {
		ed.saveNow()
		p.u.Card.escape()
	}
	ed.timer = p.u.run.NewTimer(ed.saveNow)
	ed.tags = container.New(newFlowLayout())
	ed.showTags(n.Tags)
	ed.remove = newCardButton("", theme.DeleteIcon(), ed.delete, &p.u.Card.keys)
	if n.ID == uuid.Nil {
		ed.remove.Hide()
	}
	ed.box = container.NewBorder(nil, ed.tags, nil, container.NewVBox(ed.remove), ed.entry)
	p.u.notes.editors[ed] = true
	return ed
}

// showTags shows the note's tags as chips that search for the tag.
func (ed *noteEditor) showTags(tags []string) {
	u := ed.panel.u
	ed.tags.Objects = nil
	for _, t := range tags {
		tag := "#" + t
		chip := NewChip(tag, nil, func() { u.SearchFor(tag) })
		chip.keys = &u.Card.keys
		ed.tags.Objects = append(ed.tags.Objects, chip)
	}
	ed.tags.Hidden = len(tags) == 0
	ed.tags.Refresh()
}

// close saves the editor's unsaved text to its own note, then takes it off
// duty: its field takes no more typing, and the window no longer saves it
// on closing (the save just started is waited for).
func (ed *noteEditor) close() {
	if ed.closed {
		return
	}
	ed.saveNow()
	ed.discard()
}

// discard takes the editor off duty without saving: for a deleted note.
func (ed *noteEditor) discard() {
	ed.timer.Stop()
	ed.closed = true
	ed.entry.OnChanged = nil
	ed.entry.Disable()
	delete(ed.panel.u.notes.editors, ed)
}

func (ed *noteEditor) dirty() bool { return ed.entry.Text != ed.saved }

func (ed *noteEditor) changed() {
	ed.entry.fit()
	if ed.closed || !ed.dirty() {
		return
	}
	ed.timer.Reset(autosaveDelay)
}

// saveNow saves the text if it changed: adds the note on its first save,
// edits it after, deletes it (undoably) when emptied.
func (ed *noteEditor) saveNow() {
	ed.timer.Stop()
	if !ed.dirty() {
		return
	}
	if ed.saving {
		ed.again = true
		return
	}
	text := ed.entry.Text
	if strings.TrimSpace(text) == "" {
		if ed.note.ID != uuid.Nil && !ed.closed {
			ed.delete()
		}
		return
	}
	p := ed.panel
	store, target, id := p.u.notes.store, p.target, ed.note.ID
	tags := notes.TagsOf(text, nil)
	if id != uuid.Nil {
		tags = notes.Retag(ed.note, text)
	}
	ed.saving = true
	p.setStatus(lang.L("Saving…"), false)
	var n notes.Note
	var err error
	p.u.notes.startWrite(target.ID)
	p.u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		if id == uuid.Nil {
			n, err = store.Add(ctx, target, text, tags)
		} else {
			n, err = store.Edit(ctx, id, text, tags)
		}
	}, func() {
		defer p.u.notes.endWrite(target.ID)
		ed.finishSave(text, n, err)
	})
}

// finishSave shows how a save went, on the UI goroutine.
func (ed *noteEditor) finishSave(text string, n notes.Note, err error) {
	p := ed.panel
	ed.saving = false
	if err != nil {
		ed.again, ed.deleting = false, false
		if ed.closed {
			// Off screen: say so where it shows, with the text, which
			// no editor holds any more.
			dialog.ShowError(fmt.Errorf("%s: %w\n\n%s", lang.L("A note on “{{.Title}}” was not saved", map[string]any{"Title": p.target.Title}), err,
				lang.L("Its text: {{.Text}}", map[string]any{"Text": text})), p.u.Window)
			return
		}
		// The text stays in the editor; the next pause tries again.
		p.showError(err)
		return
	}
	first := ed.note.ID == uuid.Nil
	ed.note, ed.saved = n, text
	p.clearError()
	p.setStatus(lang.L("Saved"), false)
	ed.showTags(n.Tags)
	ed.remove.Show()
	if first && !ed.closed {
		ed.entry.SetPlaceHolder("")
		p.addEditor(notes.Note{}) // room for the next note
	}
	p.u.refreshNotes()
	if ed.deleting {
		ed.deleting = false
		ed.delete()
		return
	}
	if ed.again || ed.dirty() {
		ed.again = false
		ed.saveNow()
	}
}

// delete removes the note; Ctrl+Z or the Undo button brings it back.
func (ed *noteEditor) delete() {
	p := ed.panel
	if ed.saving {
		ed.deleting = true // once the save is done, so that it cannot land after
		return
	}
	if ed.note.ID == uuid.Nil {
		ed.entry.SetText("")
		return
	}
	store, id, target := p.u.notes.store, ed.note.ID, p.target.ID
	p.removeEditor(ed)
	var deleted notes.Note
	var err error
	p.u.notes.startWrite(target)
	p.u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		deleted, err = store.Delete(ctx, id)
	}, func() {
		defer p.u.notes.endWrite(target)
		if err != nil {
			p.showError(err)
			p.reload()
			return
		}
		p.u.pushUndo("note deletion", func() { p.u.restoreNote(deleted) })
		p.clearError()
		p.setStatus(lang.L("Note deleted"), false)
		if !p.released {
			p.showUndo()
		}
		p.u.refreshNotes()
	})
}
