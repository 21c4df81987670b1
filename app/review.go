package app

// The review of a draft. After an import, a pane below the card and the
// article lists every drafted event with the importer's confidence that
// its date and speaker are right, least sure first: the rows most likely
// wrong come first. Each row can be accepted, edited or rejected with the
// keyboard or the mouse; a rejected event leaves the document (an
// undoable edit, as any other).
//
// What was accepted lives in the window, not in the file. Whether a row
// was edited or rejected is read from the document shown, so that Ctrl+Z
// brings a rejected event back into the review as it brings it back into
// the document.

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/timeline"
	"newsline/timeline/draft"
	"newsline/timeline/notes"
)

// reviewStatus is where a row of the review stands.
type reviewStatus int

const (
	reviewToCheck reviewStatus = iota
	reviewAccepted
	reviewEdited // changed with Edit: checked by a person
	reviewRejected
)

// Confidences below likelyWrong are more likely wrong than right; from
// likelyRight on, right at least four times in five.
const (
	likelyWrong = 0.5
	likelyRight = 0.8
)

// confidenceWords says a confidence in words: "likely wrong", "check",
// "likely right".
func confidenceWords(p float64) string {
	switch {
	case p < likelyWrong:
		return "likely wrong"
	case p < likelyRight:
		return "check"
	}
	return "likely right"
}

// confidenceColor is the theme colour of a confidence's words and bar.
func confidenceColor(p float64) fyne.ThemeColorName {
	switch {
	case p < likelyWrong:
		return theme.ColorNameError
	case p < likelyRight:
		return theme.ColorNameWarning
	}
	return theme.ColorNameSuccess
}

// reviewSession is the review of the window's last import, for as long as
// the document shown descends from it (SetDocument ends it).
type reviewSession struct {
	rows     []draft.EventReview // least sure first
	drafted  map[uuid.UUID]*timeline.Event
	accepted map[uuid.UUID]bool
	at       int    // the selected row; -1 before any
	message  string // what the last action did, for the pane's top line

	open   bool
	split  *container.Split // the window's panes above, the review below
	table  *reviewTable
	counts *widget.RichText // "12 to check · 3 accepted · 1 rejected"
	note   *widget.RichText // what the last action did
	header *reviewRow
	top    *fyne.Container // the title, counts, note and buttons
}

// newReviewSession orders rev's rows least sure first; ties keep the
// document's order. Rows for events doc does not have are left out.
func newReviewSession(doc *timeline.Document, rev *draft.Review) *reviewSession {
	s := &reviewSession{drafted: map[uuid.UUID]*timeline.Event{}, accepted: map[uuid.UUID]bool{}, at: -1}
	for i := range doc.Events {
		s.drafted[doc.Events[i].ID] = &doc.Events[i]
	}
	for _, r := range rev.Events {
		if _, ok := s.drafted[r.Event]; ok {
			s.rows = append(s.rows, r)
		}
	}
	slices.SortStableFunc(s.rows, func(a, b draft.EventReview) int {
		switch {
		case a.Confidence < b.Confidence:
			return -1
		case a.Confidence > b.Confidence:
			return 1
		}
		return 0
	})
	return s
}

// status tells where row i stands in the document x shows.
func (s *reviewSession) status(x *timeline.Index, i int) reviewStatus {
	id := s.rows[i].Event
	cur, ok := x.Event(id)
	switch {
	case !ok:
		return reviewRejected
	case s.accepted[id]:
		return reviewAccepted
	case changedByHand(cur, s.drafted[id]):
		return reviewEdited
	}
	return reviewToCheck
}

// changedByHand reports whether what the Edit dialog changes (title,
// label, lane, date, entities) differs from the draft. Links removed with
// another event do not count.
func changedByHand(cur, drafted *timeline.Event) bool {
	return cur.Title != drafted.Title || cur.Short != drafted.Short || cur.Lane != drafted.Lane ||
		cur.Date != drafted.Date || !slices.Equal(cur.Entities, drafted.Entities)
}

// countsText says how many rows stand where: "12 to check · 3 accepted ·
// 1 rejected".
func (s *reviewSession) countsText(x *timeline.Index) string {
	var n [4]int
	for i := range s.rows {
		n[s.status(x, i)]++
	}
	parts := []string{fmt.Sprintf("%d to check", n[reviewToCheck]), fmt.Sprintf("%d accepted", n[reviewAccepted])}
	if n[reviewEdited] > 0 {
		parts = append(parts, fmt.Sprintf("%d edited", n[reviewEdited]))
	}
	parts = append(parts, fmt.Sprintf("%d rejected", n[reviewRejected]))
	return strings.Join(parts, " · ")
}

// cells is what row i shows, from the document x shows.
func (s *reviewSession) cells(x *timeline.Index, i int) reviewCells {
	r := &s.rows[i]
	c := reviewCells{status: s.status(x, i), confidence: r.Confidence}
	ev, ok := x.Event(r.Event)
	if !ok {
		ev = s.drafted[r.Event]
	}
	c.title = ev.Title
	c.date = ev.Date.Human()
	switch {
	case ev.Date != s.drafted[r.Event].Date:
		c.dateHow = "changed by hand"
	case r.DateWords != "" && r.DateHow != "":
		c.dateHow = "“" + r.DateWords + "”: " + r.DateHow
	case r.DateWords != "":
		c.dateHow = "“" + r.DateWords + "”"
	default:
		c.dateHow = r.DateHow
	}
	switch {
	case r.SpeakerHow == "":
		c.speaker = "—"
	case r.Speaker == uuid.Nil:
		c.speaker = "nobody found"
	default:
		c.speaker = "?"
		if ent, ok := x.Entity(r.Speaker); ok {
			c.speaker = ent.Name
		}
	}
	c.speakerHow = r.SpeakerHow
	if len(r.Reasons) > 0 {
		c.why = r.Reasons[0].Text
	}
	return c
}

// startReview opens the review of a fresh import: its least sure event
// selected, the keyboard in the table.
func (u *UI) startReview(doc *timeline.Document, rev *draft.Review) {
	u.endReview()
	if rev == nil {
		return
	}
	u.review = newReviewSession(doc, rev)
	u.updateReviewMenu()
	u.ShowReview()
	if len(u.review.rows) > 0 {
		u.reviewSelect(0)
	}
}

// endReview closes the pane and forgets the review: the window shows a
// document that did not come from it.
func (u *UI) endReview() {
	if u.review == nil {
		return
	}
	u.CloseReview()
	u.review = nil
	u.updateReviewMenu()
}

// ShowReview opens the review pane of the last import, if the document
// shown came from it, with the keyboard in its table.
func (u *UI) ShowReview() {
	s := u.review
	if s == nil {
		return
	}
	if s.split == nil {
		u.buildReviewPane()
	}
	if !s.open {
		s.open = true
		s.split.Leading = u.mainSplit
		u.body.Objects = []fyne.CanvasObject{s.split}
		u.body.Refresh()
	}
	u.refreshReview()
	if s.at >= 0 {
		s.table.ScrollTo(s.at)
	}
	u.Window.Canvas().Focus(s.table)
}

// CloseReview closes the review pane; Edit → Review Draft… opens it
// again, as it was.
func (u *UI) CloseReview() {
	s := u.review
	if s == nil || !s.open {
		return
	}
	s.open = false
	u.body.Objects = []fyne.CanvasObject{u.mainSplit}
	u.body.Refresh()
	u.focusTimeline()
}

// reviewShown reports whether the review pane is open.
func (u *UI) reviewShown() bool { return u.review != nil && u.review.open }

// updateReviewMenu offers Edit → Review Draft… only while there is a
// review.
func (u *UI) updateReviewMenu() {
	if u.reviewItem == nil {
		return
	}
	u.reviewItem.Disabled = u.review == nil
	if m := u.Window.MainMenu(); m != nil {
		m.Refresh()
	}
}

func (u *UI) buildReviewPane() {
	s := u.review
	s.table = newReviewTable(
		func() int { return len(u.review.rows) },
		func(i int, row *reviewRow) {
			c := u.review.cells(u.Index, i)
			c.marked = i == u.review.at && u.review.table.focused
			row.set(c)
		})
	s.table.OnSelected = func(i int) {
		if u.review == nil || i >= len(u.review.rows) {
			return
		}
		u.review.at = i
		u.reviewOpenRow()
	}
	s.table.at = func() int { return s.at }
	s.table.onKey = u.reviewKey
	s.table.onRune = u.reviewRune

	title := widget.NewLabelWithStyle("Review the draft", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.counts = secondary("", false)
	s.counts.Segments[0].(*widget.TextSegment).Style.SizeName = theme.SizeNameText
	s.counts.Wrapping = fyne.TextWrapOff
	s.note = secondary("", false)
	s.note.Wrapping, s.note.Truncation = fyne.TextWrapOff, fyne.TextTruncateEllipsis
	tool := func(text, short string, icon fyne.Resource, tip string, tapped func()) *toolButton {
		b := newToolButton(text, short, icon, tip, func() {
			tapped()
			if u.reviewShown() && u.Window.Canvas().Overlays().Top() == nil {
				u.Window.Canvas().Focus(u.review.table)
			}
		}, u.tips)
		return b
	}
	accept := tool("Accept", "", theme.ConfirmIcon(), "The date and speaker are right (A or Enter)", u.reviewAccept)
	edit := tool("Edit", "", theme.DocumentCreateIcon(), "Correct the event (E)", u.reviewEdit)
	reject := tool("Reject", "", theme.DeleteIcon(), "Take the event out of the document (R or Delete); Ctrl+Z brings it back", u.reviewReject)
	closeButton := tool("Close", "", theme.CancelIcon(), "Close the review (Esc); Edit → Review Draft… opens it again", u.CloseReview)
	buttons := container.NewHBox(accept, edit, reject, widget.NewSeparator(), closeButton)
	s.header = newReviewHeader()
	s.top = container.NewBorder(nil, nil, container.NewHBox(title, s.counts), buttons, container.NewVBox(layout.NewSpacer(), s.note, layout.NewSpacer()))
	pane := container.NewBorder(container.NewVBox(s.top, s.header), nil, nil, nil, s.table)
	s.split = container.NewVSplit(u.mainSplit, pane)
	s.split.Offset = 0.64
}

// refreshReview shows the document's current state in the review: after
// an edit, a rejection or their undo.
func (u *UI) refreshReview() {
	s := u.review
	if s == nil || !s.open {
		return
	}
	s.counts.Segments[0].(*widget.TextSegment).Text = s.countsText(u.Index)
	s.counts.Refresh()
	s.note.Segments[0].(*widget.TextSegment).Text = s.message
	s.note.Refresh()
	s.table.Refresh()
}

// reviewFollow selects the row of the event the window shows, when the
// selection came from elsewhere (the timeline, a card's link).
func (u *UI) reviewFollow(id uuid.UUID) {
	s := u.review
	if s == nil || !s.open || (s.at >= 0 && s.rows[s.at].Event == id) {
		return
	}
	for i := range s.rows {
		if s.rows[i].Event == id {
			s.at = i
			s.table.Select(i)
			return
		}
	}
}

// reviewSelect selects row i and shows its event.
func (u *UI) reviewSelect(i int) {
	s := u.review
	if i < 0 || i >= len(s.rows) {
		return
	}
	s.at = i
	s.table.Select(i) // shows the event, unless the row was selected already
	u.reviewOpenRow()
	s.table.Refresh()
}

// reviewOpenRow shows the selected row's event on the timeline, on the
// card and in the article; a rejected one is no longer there to show.
func (u *UI) reviewOpenRow() {
	s := u.review
	id := s.rows[s.at].Event
	if _, ok := u.Index.Event(id); !ok {
		u.clearSelection()
		return
	}
	if u.Card.Showing() != id {
		u.Open(place{kind: placeEvent, id: id})
	}
}

// reviewKey handles the table's keys: ↑ ↓ Home End Page Up/Down move,
// Enter accepts, Delete rejects, Esc closes. It reports whether it took
// the key.
func (u *UI) reviewKey(ev *fyne.KeyEvent) bool {
	s := u.review
	if s == nil {
		return false
	}
	page := max(1, int(s.table.Size().Height/max(s.table.rowHeight(), 1))-1)
	switch ev.Name {
	case fyne.KeyUp:
		u.reviewSelect(max(s.at-1, 0))
	case fyne.KeyDown:
		u.reviewSelect(min(s.at+1, len(s.rows)-1))
	case fyne.KeyPageUp:
		u.reviewSelect(max(s.at-page, 0))
	case fyne.KeyPageDown:
		u.reviewSelect(min(s.at+page, len(s.rows)-1))
	case fyne.KeyHome:
		u.reviewSelect(0)
	case fyne.KeyEnd:
		u.reviewSelect(len(s.rows) - 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		u.reviewAccept()
	case fyne.KeyDelete, fyne.KeyBackspace:
		u.reviewReject()
	case fyne.KeyEscape:
		u.CloseReview()
	default:
		return false
	}
	return true
}

// reviewRune handles the table's letters: A accepts, E edits, R rejects.
func (u *UI) reviewRune(r rune) {
	switch r {
	case 'a', 'A':
		u.reviewAccept()
	case 'e', 'E':
		u.reviewEdit()
	case 'r', 'R':
		u.reviewReject()
	}
}

// reviewCurrent returns the selected row's event as the document has it;
// for a rejected one it says how to bring it back.
func (u *UI) reviewCurrent() (*timeline.Event, bool) {
	s := u.review
	if s == nil || s.at < 0 {
		return nil, false
	}
	ev, ok := u.Index.Event(s.rows[s.at].Event)
	if !ok {
		u.reviewSay("Rejected: " + s.drafted[s.rows[s.at].Event].Title + " (Ctrl+Z brings it back)")
	}
	return ev, ok
}

func (u *UI) reviewSay(message string) {
	u.review.message = message
	u.refreshReview()
}

// reviewAccept marks the selected row accepted and moves to the next.
func (u *UI) reviewAccept() {
	ev, ok := u.reviewCurrent()
	if !ok {
		return
	}
	s := u.review
	s.accepted[ev.ID] = true
	s.message = ""
	u.reviewSelect(min(s.at+1, len(s.rows)-1))
	u.refreshReview()
}

// reviewEdit opens the Edit dialog for the selected row's event; the
// keyboard comes back to the table when it closes.
func (u *UI) reviewEdit() {
	ev, ok := u.reviewCurrent()
	if !ok {
		return
	}
	u.editEvent(ev.ID, func() {
		if u.reviewShown() {
			u.refreshReview()
			u.Window.Canvas().Focus(u.review.table)
		}
	})
}

// reviewReject takes the selected row's event out of the document and
// moves to the next row. An event with notes or a star asks first: its
// notes stay in the store, but no card shows them while it is gone.
func (u *UI) reviewReject() {
	ev, ok := u.reviewCurrent()
	if !ok {
		return
	}
	id, title := ev.ID, ev.Title
	reject := func() {
		if err := u.RemoveEvent(id); err != nil {
			dialog.ShowError(err, u.Window)
			return
		}
		s := u.review
		if s == nil {
			return
		}
		s.message = "Rejected: " + title + " (Ctrl+Z brings it back)"
		if s.at < len(s.rows)-1 {
			u.reviewSelect(s.at + 1)
		} else {
			u.reviewOpenRow()
		}
		u.refreshReview()
		if u.reviewShown() {
			u.Window.Canvas().Focus(s.table)
		}
	}
	if o := u.notes.overview; o != nil && o.Show(id, notes.ShowAnnotated) {
		dialog.ShowConfirm("Reject an event with notes?",
			"“"+title+"” has notes or a star. They stay in the notes store, and come back with the event if you undo (Ctrl+Z).",
			func(ok bool) {
				if ok {
					reject()
				} else if u.reviewShown() {
					u.Window.Canvas().Focus(u.review.table)
				}
			}, u.Window)
		return
	}
	reject()
}

// ellipsize cuts s to fit width, ending it with "…" when cut.
func ellipsize(s string, size float32, style fyne.TextStyle, width float32) string {
	if s == "" || fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	runes := []rune(s)
	lo, hi := 0, len(runes)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimRight(string(runes[:lo]), " ,;:") + "…"
}

// reviewTable is the review's list of rows. It takes the keyboard itself
// (the list's own keys would move a focus mark apart from the selection),
// and draws the keyboard's place as a bar on the selected row.
type reviewTable struct {
	widget.List
	focused bool
	onKey   func(*fyne.KeyEvent) bool
	onRune  func(rune)
	at      func() int // the selected row, kept in view when the pane is resized
}

func newReviewTable(length func() int, update func(int, *reviewRow)) *reviewTable {
	t := &reviewTable{}
	t.Length = length
	t.CreateItem = func() fyne.CanvasObject { return newReviewRow() }
	t.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) { update(i, o.(*reviewRow)) }
	t.ExtendBaseWidget(t)
	return t
}

// Resize keeps the selected row in view: a smaller window or a moved
// divider would otherwise hide it.
func (t *reviewTable) Resize(size fyne.Size) {
	t.List.Resize(size)
	if t.at != nil && t.at() >= 0 {
		t.ScrollTo(t.at())
	}
}

func (t *reviewTable) FocusGained() { t.focused = true; t.Refresh() }
func (t *reviewTable) FocusLost()   { t.focused = false; t.Refresh() }

func (t *reviewTable) TypedKey(ev *fyne.KeyEvent) {
	if t.onKey != nil {
		t.onKey(ev)
	}
}

func (t *reviewTable) TypedRune(r rune) {
	if t.onRune != nil {
		t.onRune(r)
	}
}

// rowHeight is the height of a row with its separator.
func (t *reviewTable) rowHeight() float32 {
	return newReviewRow().MinSize().Height + theme.Padding()
}

// reviewCells is what one row shows.
type reviewCells struct {
	status              reviewStatus
	confidence          float64
	date, dateHow       string // "Sat 3 Jan 2026", "“Saturday”: the Saturday on or before publication"
	speaker, speakerHow string
	title, why          string // the event's title; what the confidence is weakest on
	marked              bool   // the selected row, while the table has the keyboard
}

// reviewRow draws one row of the review in five columns: status,
// confidence (in words, a bar and a percentage), date and the article's
// words for it, speaker and how found, title and the weakest reason. Each
// cell has two lines, cut to its column's width; a header row names the
// columns in one.
type reviewRow struct {
	widget.BaseWidget
	cells  reviewCells
	header bool
}

func newReviewRow() *reviewRow {
	r := &reviewRow{}
	r.ExtendBaseWidget(r)
	return r
}

func newReviewHeader() *reviewRow {
	r := &reviewRow{header: true, cells: reviewCells{
		date: "Date · the article’s words", speaker: "Speaker · how found", title: "Event · what it is least sure of",
	}}
	r.ExtendBaseWidget(r)
	return r
}

func (r *reviewRow) set(c reviewCells) {
	if c == r.cells {
		return
	}
	r.cells = c
	r.Refresh()
}

// Column widths: the status icon, the confidence, and the date's and the
// speaker's shares of what the title leaves.
const (
	reviewIconWidth       = 16
	reviewConfidenceWidth = 118
	reviewBarWidth        = 44
)

// reviewColumns returns the left edge and width of each column: status,
// confidence, date, speaker, title.
func reviewColumns(width float32) (x, w [5]float32) {
	gap := 2 * theme.Padding()
	w[0], w[1] = reviewIconWidth, reviewConfidenceWidth
	rest := max(width-w[0]-w[1]-5*gap, 0)
	w[2] = min(max(rest*0.22, 150), 260)
	w[3] = min(max(rest*0.2, 140), 240)
	w[4] = max(rest-w[2]-w[3], 0)
	at := gap
	for i := range w {
		x[i] = at
		at += w[i] + gap
	}
	return x, w
}

func (r *reviewRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &reviewRowRenderer{row: r, mark: canvas.NewRectangle(color.Transparent),
		icon: canvas.NewImageFromResource(nil), track: canvas.NewRectangle(color.Transparent), fill: canvas.NewRectangle(color.Transparent)}
	rr.icon.FillMode = canvas.ImageFillContain
	rr.objects = []fyne.CanvasObject{rr.mark, rr.icon, rr.track, rr.fill}
	for i := range rr.texts {
		rr.texts[i] = canvas.NewText("", color.Transparent)
		rr.objects = append(rr.objects, rr.texts[i])
	}
	rr.Refresh()
	return rr
}

// The texts of a row, in reviewRowRenderer.texts.
const (
	textConfidence = iota // "likely wrong", or the row's status
	textPercent
	textDate
	textDateHow
	textSpeaker
	textSpeakerHow
	textTitle
	textWhy
	rowTexts
)

type reviewRowRenderer struct {
	row         *reviewRow
	mark        *canvas.Rectangle // the keyboard's place
	icon        *canvas.Image     // accepted, edited, rejected
	track, fill *canvas.Rectangle // the confidence bar
	texts       [rowTexts]*canvas.Text
	full        [rowTexts]string // before cutting to the columns
	objects     []fyne.CanvasObject
}

func (rr *reviewRowRenderer) Destroy()                     {}
func (rr *reviewRowRenderer) Objects() []fyne.CanvasObject { return rr.objects }

func (rr *reviewRowRenderer) sizes() (line1, line2 float32) {
	th := rr.row.Theme()
	return th.Size(theme.SizeNameText), th.Size(theme.SizeNameCaptionText)
}

func (rr *reviewRowRenderer) MinSize() fyne.Size {
	s1, s2 := rr.sizes()
	pad := theme.Padding()
	if rr.row.header {
		return fyne.NewSize(0, measureHeight(s2)+2*pad)
	}
	return fyne.NewSize(0, measureHeight(s1)+measureHeight(s2)+3*pad)
}

func (rr *reviewRowRenderer) Layout(size fyne.Size) {
	s1, s2 := rr.sizes()
	pad := theme.Padding()
	x, w := reviewColumns(size.Width)
	h1, h2 := measureHeight(s1), measureHeight(s2)
	y1, y2 := pad, pad+h1+pad/2
	if rr.row.header {
		y1 = pad
	}
	rr.mark.Move(fyne.NewPos(0, 0))
	rr.mark.Resize(fyne.NewSize(3, size.Height))
	icon := min(float32(reviewIconWidth), h1)
	rr.icon.Move(fyne.NewPos(x[0], y1+(h1-icon)/2))
	rr.icon.Resize(fyne.NewSquareSize(icon))
	barH := float32(6)
	rr.track.Move(fyne.NewPos(x[1], y2+(h2-barH)/2))
	rr.track.Resize(fyne.NewSize(reviewBarWidth, barH))
	rr.fill.Move(rr.track.Position())
	rr.fill.Resize(fyne.NewSize(reviewBarWidth*float32(min(max(rr.row.cells.confidence, 0), 1)), barH))
	place := func(t int, col int, y, width float32) {
		txt := rr.texts[t]
		txt.Text = ellipsize(rr.full[t], txt.TextSize, txt.TextStyle, width)
		txt.Move(fyne.NewPos(x[col]+w[col]-width, y))
		txt.Resize(fyne.NewSize(width, txt.MinSize().Height))
		txt.Refresh()
	}
	place(textConfidence, 1, y1, w[1])
	place(textPercent, 1, y2-(h1-h2)/2, w[1]-reviewBarWidth-pad)
	place(textDate, 2, y1, w[2])
	place(textDateHow, 2, y2, w[2])
	place(textSpeaker, 3, y1, w[3])
	place(textSpeakerHow, 3, y2, w[3])
	place(textTitle, 4, y1, w[4])
	place(textWhy, 4, y2, w[4])
}

func (rr *reviewRowRenderer) Refresh() {
	r := rr.row
	c := r.cells
	th, v := r.Theme(), look.Variant()
	s1, s2 := rr.sizes()
	fg := th.Color(theme.ColorNameForeground, v)
	dim := look.Color(th, look.ColorNameSecondary, v)
	state := confidenceColor(c.confidence)
	word := confidenceWords(c.confidence)
	var icon fyne.Resource
	switch c.status {
	case reviewAccepted:
		word, state, icon = "accepted", theme.ColorNameSuccess, theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case reviewEdited:
		word, state, icon = "edited", theme.ColorNamePrimary, theme.NewPrimaryThemedResource(theme.DocumentCreateIcon())
	case reviewRejected:
		word, state, icon = "rejected", theme.ColorNameDisabled, theme.NewDisabledResource(theme.DeleteIcon())
		fg, dim = th.Color(theme.ColorNameDisabled, v), th.Color(theme.ColorNameDisabled, v)
	}
	rr.full = [rowTexts]string{word, fmt.Sprintf("%.0f%%", 100*c.confidence), c.date, c.dateHow, c.speaker, c.speakerHow, c.title, c.why}
	sizes := [rowTexts]float32{s1, s2, s1, s2, s1, s2, s1, s2}
	colors := [rowTexts]color.Color{th.Color(state, v), dim, fg, dim, fg, dim, fg, dim}
	for i, t := range rr.texts {
		t.TextSize, t.Color = sizes[i], colors[i]
		t.TextStyle = fyne.TextStyle{}
		t.Alignment = fyne.TextAlignLeading
	}
	rr.texts[textConfidence].TextStyle.Bold = true
	if r.header {
		rr.full = [rowTexts]string{textConfidence: "Confidence", textDate: c.date, textSpeaker: c.speaker, textTitle: c.title}
		for _, t := range rr.texts {
			t.TextSize, t.Color, t.TextStyle.Bold = s2, dim, true
		}
		rr.track.Hide()
		rr.fill.Hide()
	} else {
		rr.track.FillColor = th.Color(theme.ColorNameSeparator, v)
		rr.fill.FillColor = th.Color(confidenceColor(c.confidence), v)
		if c.status == reviewRejected {
			rr.fill.FillColor = th.Color(theme.ColorNameDisabled, v)
		}
		rr.track.Show()
		rr.fill.Show()
	}
	rr.mark.FillColor = color.Transparent
	if c.marked {
		rr.mark.FillColor = th.Color(theme.ColorNamePrimary, v)
	}
	if icon != nil {
		rr.icon.Resource = icon
		rr.icon.Show()
	} else {
		rr.icon.Hide()
	}
	rr.Layout(r.Size())
	rr.mark.Refresh()
	rr.icon.Refresh()
	rr.track.Refresh()
	rr.fill.Refresh()
}
