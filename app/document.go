package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/timeline"
	"newsline/timeline/draft"
)

// docState is where the window's document lives and which version of it
// is on disk. SetDocument replaces it whole, so that a save finishing
// afterwards records itself in the state of the document it saved.
type docState struct {
	path string // the file it was opened from or last saved to; "" for the seed or a fresh import
	// saved is the document as opened or last saved; nil for a fresh
	// import. Documents are values (see install), so the window has
	// unsaved changes exactly when it shows another one.
	saved *timeline.Document
}

// dirty reports whether the document has changes that are not saved.
func (u *UI) dirty() bool { return u.Index.Doc != u.doc.saved }

// An undoAction reverses one change: an edit of the document or the
// deletion of a note.
type undoAction struct {
	label string
	undo  func()
}

func (u *UI) pushUndo(label string, undo func()) {
	u.undo = append(u.undo, undoAction{label, undo})
}

// Undo reverses the last change of this session.
func (u *UI) Undo() {
	n := len(u.undo)
	if n == 0 {
		return
	}
	a := u.undo[n-1]
	u.undo = u.undo[:n-1]
	a.undo()
}

func (u *UI) updateTitle() {
	title := "Newsline — " + u.Index.Doc.Title
	if u.doc.path != "" {
		title += " (" + filepath.Base(u.doc.path) + ")"
	}
	if u.dirty() {
		title = "• " + title
	}
	u.Window.SetTitle(title)
}

// install makes doc the window's document, with its own index and search
// index. A document is a value: once installed nothing changes it, so
// that background work (the search index being built, a save, an export)
// may read it while the window moves on; an edit installs a changed copy
// (see ReplaceEvent).
func (u *UI) install(doc *timeline.Document) {
	x := timeline.NewIndex(doc)
	u.Index = x
	u.searchIndex = u.newSearcher(x)
	u.results, u.resultsFor = timeline.SearchResult{}, ""
	u.Timeline.SetIndex(x)
	u.Card.SetIndex(x)
	u.Article.SetIndex(x)
}

// SetDocument shows another document, as saved in path ("" for the seed).
// History, search and undo start afresh; notes follow their events' IDs.
func (u *UI) SetDocument(doc *timeline.Document, path string) {
	u.setDocument(doc, &docState{path: path, saved: doc})
}

func (u *UI) setDocument(doc *timeline.Document, state *docState) {
	u.saveEditors()
	u.cancelSearch()
	u.endReview()
	u.install(doc)
	u.history = newHistory()
	u.undo = nil
	u.Search.setTextQuietly("")
	u.doc = state
	u.updateTitle()
	u.restoreView()
	u.refreshNotes()
	u.updateNavButtons()
	u.Window.Canvas().Focus(u.Timeline)
}

// showVersion shows another version of the current document, after an
// edit or its undo, keeping the place, the selection, the view and the
// search.
func (u *UI) showVersion(doc *timeline.Document) {
	start, end := u.Timeline.Viewport()
	u.install(doc)
	u.Timeline.SetViewport(start, end)
	u.updateTitle()
	u.applyFilters()
	u.refreshNotes()
	if p, ok := u.history.current(); ok {
		u.show(p)
	}
	if u.Search.Text != "" {
		u.startSearch(u.Search.Text)
	}
	u.refreshReview()
}

// ReplaceEvent puts ev in place of the event with the same ID, adding the
// entities in add (new ones ev names), if the document stays valid; the
// edit is one undoable change. The document shown is not changed: the
// edit makes a new version of it, which Undo can take back.
func (u *UI) ReplaceEvent(ev timeline.Event, add ...timeline.Entity) error {
	cur := u.Index.Doc
	i, ok := u.Index.EventIndex(ev.ID)
	if !ok {
		return fmt.Errorf("no event %s", ev.ID)
	}
	next := *cur
	next.Events = slices.Clone(cur.Events)
	next.Events[i] = ev
	if len(add) > 0 {
		// Clip: append must copy, not write into cur's spare capacity.
		next.Entities = append(slices.Clip(cur.Entities), add...)
	}
	if err := next.Validate(); err != nil {
		return err
	}
	u.pushUndo("edit of “"+cur.Events[i].Title+"”", func() { u.showVersion(cur) })
	u.showVersion(&next)
	return nil
}

// RemoveEvent takes the event with the given ID out of the document, with
// its quotes and the links other events have to it, so that the document
// stays valid; the removal is one undoable change, as an edit is, and its
// undo shows the event again. Its entities stay: others may name them,
// and the Edit dialog offers them.
func (u *UI) RemoveEvent(id uuid.UUID) error {
	cur := u.Index.Doc
	i, ok := u.Index.EventIndex(id)
	if !ok {
		return fmt.Errorf("no event %s", id)
	}
	linksTo := func(r timeline.Relation) bool { return r.Event == id }
	next := *cur
	next.Events = make([]timeline.Event, 0, len(cur.Events)-1)
	for j, ev := range cur.Events {
		if j == i {
			continue
		}
		if slices.ContainsFunc(ev.Related, linksTo) {
			ev.Related = slices.DeleteFunc(slices.Clone(ev.Related), linksTo)
			if len(ev.Related) == 0 {
				ev.Related = nil
			}
		}
		next.Events = append(next.Events, ev)
	}
	if len(cur.Events[i].Quotes) > 0 {
		next.Quotes = slices.DeleteFunc(slices.Clone(cur.Quotes), func(q timeline.Quote) bool { return q.Event == id })
	}
	if err := next.Validate(); err != nil {
		return err
	}
	// Undo shows the event that comes back.
	u.pushUndo("removal of “"+cur.Events[i].Title+"”", func() {
		u.showVersion(cur)
		u.OpenEvent(id)
	})
	u.showVersion(&next)
	return nil
}

// entityNamed returns the entity of doc with the name (ignoring case and
// accents) and kind, or a new one, not in doc, and true.
func entityNamed(doc *timeline.Document, name string, kind timeline.EntityKind) (timeline.Entity, bool) {
	for i := range doc.Entities {
		if timeline.Fold(doc.Entities[i].Name) == timeline.Fold(name) && doc.Entities[i].Kind == kind {
			return doc.Entities[i], false
		}
	}
	return timeline.Entity{ID: uuid.NewSHA1(doc.ID, []byte("entity/"+string(kind)+"/"+name)), Kind: kind, Name: name}, true
}

// editSelectedEvent edits the event on the card, or the selected one.
func (u *UI) editSelectedEvent() {
	id := u.Card.Showing()
	if _, ok := u.Index.Event(id); !ok {
		id = u.Timeline.Selected()
	}
	if _, ok := u.Index.Event(id); ok {
		u.showEditEvent(id)
	}
}

// showEditEvent lets the user correct an event's title, label, date, lane
// and entities, as a drafted timeline often needs. Saving is one undoable
// change.
func (u *UI) showEditEvent(id uuid.UUID) { u.editEvent(id, nil) }

// editEvent is showEditEvent that calls closed, if set, once the dialog
// is closed, saved or not.
func (u *UI) editEvent(id uuid.UUID, closed func()) {
	ev, ok := u.Index.Event(id)
	if !ok {
		return
	}
	edited := *ev
	title := widget.NewEntry()
	title.SetText(ev.Title)
	title.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a title is needed")
		}
		return nil
	}
	short := widget.NewEntry()
	short.SetText(ev.Short)
	short.SetPlaceHolder("a few words for the timeline")
	var lanes []string
	for _, l := range timeline.KnownLanes {
		lanes = append(lanes, string(l))
	}
	lane := widget.NewSelectEntry(lanes)
	lane.SetText(string(ev.Lane))
	pointEntry := func(p timeline.Point, hint string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(p.String())
		e.SetPlaceHolder(hint)
		e.Validator = func(s string) error {
			_, err := timeline.ParsePoint(strings.TrimSpace(s))
			return err
		}
		return e
	}
	start := pointEntry(ev.Date.Start, "2026-01-05, 2025-11, 2026 or empty")
	end := pointEntry(ev.Date.End, "for a period; else empty")
	approx := widget.NewCheck("Approximate", nil)
	approx.SetChecked(ev.Date.Approximate)

	// Entities: every entity of the document, the event's checked.
	doc := u.Index.Doc
	collator := timeline.NewCollator()
	order := make([]int, len(doc.Entities))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return collator.CompareString(doc.Entities[a].Name, doc.Entities[b].Name) })
	var names []string
	idOf := map[string]uuid.UUID{}
	for _, i := range order {
		e := &doc.Entities[i]
		label := e.Name + " (" + string(e.Kind) + ")"
		names = append(names, label)
		idOf[label] = e.ID
	}
	entities := widget.NewCheckGroup(names, nil)
	for _, eid := range ev.Entities {
		if e, ok := u.Index.Entity(eid); ok {
			entities.Selected = append(entities.Selected, e.Name+" ("+string(e.Kind)+")")
		}
	}
	entityScroll := container.NewVScroll(entities)
	entityScroll.SetMinSize(fyne.NewSize(0, 160))
	newName := widget.NewEntry()
	newName.SetPlaceHolder("a name to add")
	newKind := widget.NewSelect([]string{"person", "place", "organisation", "group"}, nil)
	newKind.SetSelected("person")
	addRow := container.NewBorder(nil, nil, nil, newKind, newName)

	items := []*widget.FormItem{
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Label", short),
		widget.NewFormItem("Lane", lane),
		widget.NewFormItem("Date", start),
		widget.NewFormItem("Until", end),
		widget.NewFormItem("", approx),
		widget.NewFormItem("Entities", entityScroll),
		widget.NewFormItem("Add", addRow),
	}
	d := dialog.NewForm("Edit event", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		s, _ := timeline.ParsePoint(strings.TrimSpace(start.Text))
		e, _ := timeline.ParsePoint(strings.TrimSpace(end.Text))
		edited.Title = strings.TrimSpace(title.Text)
		edited.Short = strings.TrimSpace(short.Text)
		edited.Lane = timeline.Lane(strings.TrimSpace(lane.Text))
		if s != ev.Date.Start || e != ev.Date.End || approx.Checked != ev.Date.Approximate {
			edited.Date = timeline.Date{Start: s, End: e, Approximate: approx.Checked, Expression: ev.Date.Expression, Resolution: "set by hand"}
			if s.IsZero() {
				edited.Date.Start, edited.Date.End = timeline.Point{}, timeline.Point{}
			}
		}
		edited.Entities = nil
		for _, label := range entities.Selected {
			edited.Entities = append(edited.Entities, idOf[label])
		}
		var add []timeline.Entity
		if name := strings.TrimSpace(newName.Text); name != "" {
			ent, isNew := entityNamed(doc, name, timeline.EntityKind(newKind.Selected))
			if !slices.Contains(edited.Entities, ent.ID) {
				edited.Entities = append(edited.Entities, ent.ID)
			}
			if isNew {
				add = append(add, ent)
			}
		}
		if err := u.ReplaceEvent(edited, add...); err != nil {
			dialog.ShowError(err, u.Window)
		}
	}, u.Window)
	for _, e := range []*widget.Entry{title, short, start, end} {
		e.OnSubmitted = func(string) { d.Submit() }
	}
	if closed != nil {
		d.SetOnClosed(closed)
	}
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	u.Window.Canvas().Focus(title)
}

// Save writes the document to its file, or asks for one.
func (u *UI) Save() {
	if u.doc.path == "" {
		u.showSaveAs()
		return
	}
	u.saveTo(u.doc.path, nil)
}

// saveTo writes the document atomically in the background; then, if set,
// calls after on the UI goroutine.
func (u *UI) saveTo(path string, after func()) {
	doc, state := u.Index.Doc, u.doc
	var err error
	u.run.Go(func() { err = timeline.Save(path, doc) }, func() {
		if err != nil {
			dialog.ShowError(err, u.Window)
			return
		}
		// What was written: an edit made meanwhile stays unsaved.
		state.path, state.saved = path, doc
		u.updateTitle()
		u.addRecent(path)
		if after != nil {
			after()
		}
	})
}

const prefDocFolder = "documents.folder"

// showSaveAs asks for a folder and a file name, as the notes export does
// (Fyne's save dialog would create the file itself, defeating the atomic
// write).
func (u *UI) showSaveAs() { u.askSaveAs(nil) }

func (u *UI) askSaveAs(after func()) {
	name := widget.NewEntry()
	base := "timeline.json"
	if u.doc.path != "" {
		base = filepath.Base(u.doc.path)
	} else if t := fileNameFrom(u.Index.Doc.Title); t != "" {
		base = t + ".json"
	}
	name.SetText(base)
	folder, folderRow := u.folderField(prefDocFolder)
	items := []*widget.FormItem{folderRow, widget.NewFormItem("File name", name)}
	d := dialog.NewForm("Save timeline as", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		u.App.Preferences().SetString(prefDocFolder, folder.Text)
		u.saveTo(filepath.Join(folder.Text, name.Text), after)
	}, u.Window)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	u.Window.Canvas().Focus(name)
}

// folderField is a form row for a folder: an entry holding the folder
// last used (kept under pref) and a Choose… button.
func (u *UI) folderField(pref string) (*widget.Entry, *widget.FormItem) {
	folder := widget.NewEntry()
	folder.SetText(u.App.Preferences().StringWithFallback(pref, defaultExportFolder()))
	choose := widget.NewButton("Choose…", func() {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err == nil && dir != nil {
				folder.SetText(dir.Path())
			}
		}, u.Window)
		if l, err := storage.ListerForURI(storage.NewFileURI(folder.Text)); err == nil {
			d.SetLocation(l)
		}
		d.Show()
	})
	return folder, widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, choose, folder))
}

// fileNameFrom makes a file name of a title: letters, digits and dashes.
func fileNameFrom(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// closeAsked runs when the window is asked to close: unsaved changes to
// the document are offered a save first.
func (u *UI) closeAsked() {
	if !u.dirty() {
		u.Close()
		return
	}
	u.confirmDiscard("Close", u.Close)
}

// confirmDiscard asks what to do with unsaved changes before then runs.
func (u *UI) confirmDiscard(verb string, then func()) {
	var d dialog.Dialog
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() {
		d.Hide()
		if u.doc.path == "" {
			u.askSaveAs(then)
		} else {
			u.saveTo(u.doc.path, then)
		}
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't save", func() { d.Hide(); then() })
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	msg := widget.NewLabel("The timeline has changes that are not saved.")
	d = dialog.NewCustomWithoutButtons(verb+" without saving?", container.NewVBox(msg, container.NewHBox(cancel, discard, save)), u.Window)
	d.Show()
}

// showImport drafts a timeline from an article: a file (text, Markdown or
// HTML) or pasted text, with its publication date, which the article's
// metadata fill in when they know it.
func (u *UI) showImport() {
	if u.dirty() {
		u.confirmDiscard("Import", u.showImport2)
		return
	}
	u.showImport2()
}

func (u *UI) showImport2() {
	var fileData []byte
	path := widget.NewEntry()
	path.SetPlaceHolder("an article: .txt, .md or .html")
	published := widget.NewEntry()
	published.SetPlaceHolder("YYYY-MM-DD (from the article when it says)")
	published.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		p, err := timeline.ParsePoint(strings.TrimSpace(s))
		if err == nil && p.Precision != timeline.Day {
			return errors.New("a day: YYYY-MM-DD")
		}
		return err
	}
	title := widget.NewEntry()
	title.SetPlaceHolder("from the article when it says")
	publisher := widget.NewEntry()
	publisher.SetPlaceHolder("optional")
	pasted := newWrapEntry()
	pasted.SetPlaceHolder("the article's text, instead of a file")
	pasted.SetMinRowsVisible(6)
	status := secondary("", false)

	// Reading a chosen file fills in what its metadata know.
	prefill := func(p string) {
		var data []byte
		var ex draft.Extracted
		var err error
		u.run.Go(func() {
			data, err = os.ReadFile(p)
			if err == nil && len(data) > draft.MaxInputSize {
				err = fmt.Errorf("%s: %w", p, draft.ErrTooLarge)
			}
			if err == nil {
				ex, err = draft.Extract(draft.Source{Name: p, Data: data})
			}
		}, func() {
			if err != nil {
				fileData = nil
				status.Segments[0].(*widget.TextSegment).Text = err.Error()
				status.Refresh()
				return
			}
			fileData = data
			status.Segments[0].(*widget.TextSegment).Text = fmt.Sprintf("%s: %d characters of %s", filepath.Base(p), len([]rune(ex.Text)), ex.Format)
			status.Refresh()
			if published.Text == "" && !ex.Published.IsZero() {
				published.SetText(ex.Published.String()[:10])
			}
			if title.Text == "" && ex.Title != "" {
				title.SetText(ex.Title)
			}
			if publisher.Text == "" && ex.Publisher != "" {
				publisher.SetText(ex.Publisher)
			}
		})
	}
	choose := widget.NewButton("Choose…", func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			p := r.URI().Path()
			r.Close()
			path.SetText(p)
			prefill(p)
		}, u.Window)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".txt", ".md", ".markdown", ".html", ".htm"}))
		d.Show()
	})
	path.OnSubmitted = prefill
	items := []*widget.FormItem{
		widget.NewFormItem("Article", container.NewBorder(nil, nil, nil, choose, path)),
		widget.NewFormItem("", status),
		widget.NewFormItem("Published", published),
		widget.NewFormItem("Title", title),
		widget.NewFormItem("Publisher", publisher),
		widget.NewFormItem("Or paste", pasted),
	}
	d := dialog.NewForm("Import an article", "Import", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		src := draft.Source{Title: strings.TrimSpace(title.Text), Publisher: strings.TrimSpace(publisher.Text)}
		switch {
		case strings.TrimSpace(pasted.Text) != "":
			src.Name, src.Data = "pasted text", []byte(pasted.Text)
		case fileData != nil:
			src.Name, src.Data = path.Text, fileData
		case path.Text != "":
			data, err := os.ReadFile(path.Text)
			if err != nil {
				dialog.ShowError(err, u.Window)
				return
			}
			src.Name, src.Data = path.Text, data
		default:
			dialog.ShowInformation("Import an article", "Choose a file or paste the article's text.", u.Window)
			return
		}
		if p, err := timeline.ParsePoint(strings.TrimSpace(published.Text)); err == nil {
			src.Published = p
		}
		u.Import(src)
	}, u.Window)
	// Enter in a one-line field imports, as the Import button does.
	for _, e := range []*widget.Entry{published, title, publisher} {
		e.OnSubmitted = func(string) { d.Submit() }
	}
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	d.Show()
	u.Window.Canvas().Focus(path)
}

// Import drafts a timeline from src in the background, with a progress bar
// and a Cancel button, and shows it, unsaved until File → Save, with the
// review of the draft (review.go) open below.
func (u *UI) Import(src draft.Source) {
	ctx, cancel := context.WithCancel(u.closing)
	bar := widget.NewProgressBar()
	stop := widget.NewButton("Cancel", cancel)
	progress := dialog.NewCustomWithoutButtons("Drafting the timeline…", container.NewVBox(bar, container.NewCenter(stop)), u.Window)
	progress.Show()
	var last time.Time
	report := func(done, total int) {
		// Report at most every 50 ms: the UI need not see every step.
		now := time.Now()
		if done < total && now.Sub(last) < 50*time.Millisecond {
			return
		}
		last = now
		v := float64(done) / float64(max(total, 1))
		u.run.Do(func() { bar.SetValue(v) })
	}
	var doc *timeline.Document
	var rev *draft.Review
	var err error
	u.run.Go(func() { doc, rev, err = draft.ImportReview(ctx, src, report) }, func() {
		cancelled := ctx.Err() != nil // Cancel pressed, even after the draft was done
		cancel()
		progress.Hide()
		switch {
		case cancelled || errors.Is(err, context.Canceled):
			return
		case errors.Is(err, draft.ErrNoPublished):
			dialog.ShowError(fmt.Errorf("%w; give the date the article was published, and import again", err), u.Window)
			return
		case err != nil:
			dialog.ShowError(err, u.Window)
			return
		}
		u.setDocument(doc, &docState{}) // a fresh draft, on no disk
		u.startReview(doc, rev)
	})
}
