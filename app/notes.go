package app

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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

// restoreNote brings back a deleted note, for undo.
func (u *UI) restoreNote(note notes.Note) {
	var err error
	u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		err = u.notes.store.Restore(ctx, note)
	}, func() {
		if err != nil {
			u.pushUndo("note deletion", func() { u.restoreNote(note) })
			u.notes.panel.showError(err)
			return
		}
		u.refreshNotes()
		if p := u.notes.panel; p != nil && p.target.ID == note.Target.ID {
			p.reload()
			p.setStatus("Note restored", false)
		}
	})
}

// notesSection is the card's notes, for its event or entity.
func (u *UI) notesSection(id uuid.UUID) fyne.CanvasObject {
	u.notes.panel = nil
	if u.notes.store == nil {
		if u.notes.err == nil {
			return nil
		}
		return container.NewVBox(sectionTitle("Notes"), dim("Notes are unavailable: "+u.notes.err.Error()))
	}
	target, err := notes.Lookup(u.Index, id)
	if err != nil {
		return nil
	}
	p := newNotesPanel(u, target)
	u.notes.panel = p
	return p
}

// notesPanel is the notes section of a card: a star, the target's notes
// as editors, and an empty editor for a new one.
type notesPanel struct {
	widget.BaseWidget
	u       *UI
	target  notes.Target
	status  *widget.RichText
	undo    *widget.Button
	star    *widget.Button
	starred bool
	list    *fyne.Container
	editors []*noteEditor
	box     *fyne.Container
}

func newNotesPanel(u *UI, target notes.Target) *notesPanel {
	p := &notesPanel{u: u, target: target, list: container.NewVBox()}
	p.status = secondary("", false)
	p.status.Wrapping = fyne.TextWrapOff
	p.undo = widget.NewButtonWithIcon("Undo", theme.ContentUndoIcon(), u.Undo)
	p.undo.Importance = widget.LowImportance
	p.undo.Hide()
	p.star = widget.NewButtonWithIcon("Star", starResource(false), p.toggleStar)
	p.star.Importance = widget.LowImportance
	header := container.NewBorder(nil, nil, sectionTitle("Notes"), container.NewHBox(p.status, p.undo, p.star))
	p.box = container.NewVBox(widget.NewSeparator(), header, p.list)
	p.ExtendBaseWidget(p)
	p.reload()
	return p
}

func (p *notesPanel) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.box) }

// reload reads the target's notes and star and rebuilds the editors.
func (p *notesPanel) reload() {
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
	for _, ed := range p.editors {
		ed.close()
	}
	p.editors = nil
	p.list.Objects = nil
	for _, n := range list {
		p.addEditor(n)
	}
	p.addEditor(notes.Note{})
	p.list.Refresh()
}

// reloadIfIdle reloads after another process wrote, unless the user is
// typing here.
func (p *notesPanel) reloadIfIdle() {
	if p == nil {
		return
	}
	for _, ed := range p.editors {
		if ed.dirty() || ed.saving {
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

func (p *notesPanel) removeEditor(ed *noteEditor) {
	ed.close()
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
	p.undo.Hide()
}

func (p *notesPanel) showError(err error) {
	if p == nil {
		return
	}
	p.setStatus("Not saved", true)
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
		p.star.SetText("Starred")
		p.star.SetIcon(starResource(true))
	} else {
		p.star.SetText("Star")
		p.star.SetIcon(starResource(false))
	}
}

func (p *notesPanel) toggleStar() {
	on := !p.starred
	p.setStarred(on)
	store, target := p.u.notes.store, p.target
	var err error
	p.u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		err = store.SetStar(ctx, target, on)
	}, func() {
		if err != nil {
			p.setStarred(!on)
			p.showError(err)
			return
		}
		p.clearError()
		p.setStatus("Saved", false)
		p.u.refreshNotes()
	})
}

// noteEditor edits one note, saving as the user pauses.
type noteEditor struct {
	panel  *notesPanel
	note   notes.Note // ID uuid.Nil until the first save
	saved  string     // the text as last saved
	entry  *noteEntry
	tags   *widget.RichText
	remove *widget.Button
	box    *fyne.Container
	timer  Timer // the pause after typing, then the save
	saving bool  // a save is running
	again  bool  // the text changed during that save
	closed bool
}

// noteEntry is a multi-line entry that reports losing the focus.
type noteEntry struct {
	widget.Entry
	onFocusLost func()
}

func newNoteEntry() *noteEntry {
	e := &noteEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

func (e *noteEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onFocusLost != nil {
		e.onFocusLost()
	}
}

func newNoteEditor(p *notesPanel, n notes.Note) *noteEditor {
	ed := &noteEditor{panel: p, note: n, saved: n.Text}
	ed.entry = newNoteEntry()
	ed.entry.SetText(n.Text)
	ed.entry.SetMinRowsVisible(2)
	if n.ID == uuid.Nil {
		ed.entry.SetPlaceHolder("Add a note… (#tags become tags)")
	}
	ed.entry.OnChanged = func(string) { ed.changed() }
	ed.entry.onFocusLost = func() { ed.saveNow() }
	ed.timer = p.u.run.NewTimer(ed.saveNow)
	ed.tags = secondary(tagLine(n.Tags), false)
	ed.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), ed.delete)
	ed.remove.Importance = widget.LowImportance
	if n.ID == uuid.Nil {
		ed.remove.Hide()
	}
	if len(n.Tags) == 0 {
		ed.tags.Hide()
	}
	ed.box = container.NewBorder(nil, ed.tags, nil, container.NewVBox(ed.remove), ed.entry)
	p.u.notes.editors[ed] = true
	return ed
}

func tagLine(tags []string) string {
	var b strings.Builder
	for i, t := range tags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("#" + t)
	}
	return b.String()
}

func (ed *noteEditor) close() {
	ed.timer.Stop()
	ed.closed = true
	delete(ed.panel.u.notes.editors, ed)
}

func (ed *noteEditor) dirty() bool { return ed.entry.Text != ed.saved }

func (ed *noteEditor) changed() {
	if !ed.dirty() {
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
		if ed.note.ID != uuid.Nil {
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
	p.setStatus("Saving…", false)
	var n notes.Note
	var err error
	p.u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		if id == uuid.Nil {
			n, err = store.Add(ctx, target, text, tags)
		} else {
			n, err = store.Edit(ctx, id, text, tags)
		}
	}, func() { ed.finishSave(text, n, err) })
}

// finishSave shows how a save went, on the UI goroutine.
func (ed *noteEditor) finishSave(text string, n notes.Note, err error) {
	p := ed.panel
	ed.saving = false
	if err != nil {
		// The text stays in the editor; the next pause tries again.
		p.showError(err)
		ed.again = false
		return
	}
	first := ed.note.ID == uuid.Nil
	ed.note, ed.saved = n, text
	p.clearError()
	p.setStatus("Saved", false)
	ed.tags.Segments[0].(*widget.TextSegment).Text = tagLine(n.Tags)
	if len(n.Tags) > 0 {
		ed.tags.Show()
	} else {
		ed.tags.Hide()
	}
	ed.tags.Refresh()
	ed.remove.Show()
	if first && !ed.closed {
		ed.entry.SetPlaceHolder("")
		p.addEditor(notes.Note{}) // room for the next note
	}
	p.u.refreshNotes()
	if ed.again || ed.dirty() {
		ed.again = false
		ed.saveNow()
	}
}

// delete removes the note; Ctrl+Z or the Undo button brings it back.
func (ed *noteEditor) delete() {
	p := ed.panel
	if ed.note.ID == uuid.Nil {
		ed.entry.SetText("")
		return
	}
	store, id := p.u.notes.store, ed.note.ID
	p.removeEditor(ed)
	var deleted notes.Note
	var err error
	p.u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		deleted, err = store.Delete(ctx, id)
	}, func() {
		if err != nil {
			p.showError(err)
			p.reload()
			return
		}
		p.u.pushUndo("note deletion", func() { p.u.restoreNote(deleted) })
		p.clearError()
		p.setStatus("Note deleted", false)
		p.undo.Show()
		p.u.refreshNotes()
	})
}
