package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/i18n"
	"newsline/app/look"
	"newsline/timeline"
)

// CardView shows one detail card: an event's, an entity's, or the results
// of a search. Every name, quote and related event in it is a link.
type CardView struct {
	widget.BaseWidget

	// OnEvent, OnEntity and OnArticle are called when a link is followed:
	// to an event's card, to an entity's card, or to an event's passage in
	// the article.
	OnEvent   func(id uuid.UUID)
	OnEntity  func(id uuid.UUID)
	OnArticle func(event uuid.UUID)
	// OnEdit, when set, offers to edit the event on its card.
	OnEdit func(event uuid.UUID)
	// Extra, when set, adds a section at the end of event and entity
	// cards, such as notes, for the card's event or entity. A section
	// that implements releaser is released when the card changes.
	Extra func(target uuid.UUID) fyne.CanvasObject
	// OnEscape is called when Esc is pressed in the card, or when the card
	// changes under the field that has the keyboard: it gives the keyboard
	// back (to the timeline).
	OnEscape func()

	index   *timeline.Index
	content *fyne.Container
	scroll  *container.Scroll
	// canvas is the window's, once the card is in one: to know whether
	// something of the card has the keyboard.
	canvas fyne.Canvas
	keys   cardKeys // shared by the card's links, chips, buttons and fields
	// left is set once leave has let go of the content shown, until set
	// shows the next; had is what of it had the keyboard.
	left bool
	had  fyne.Focusable
	// showing is what the card shows, for tests and state: an event or
	// entity ID, or uuid.Nil.
	showing uuid.UUID
}

// A releaser is a part of a card that holds what the user typed (the
// notes): when the card changes, release saves it and lets go.
type releaser interface{ release() }

// NewCardView returns an empty card view for the document of x.
func NewCardView(x *timeline.Index) *CardView {
	c := &CardView{index: x, content: container.NewVBox()}
	c.scroll = container.NewVScroll(container.NewPadded(c.content))
	c.keys = cardKeys{escape: c.escape, reveal: c.reveal, resize: c.relayout}
	c.ExtendBaseWidget(c)
	c.ShowEmpty()
	return c
}

func (c *CardView) escape() {
	if c.OnEscape != nil {
		c.OnEscape()
	}
}

// CreateRenderer draws the card's scrolled content.
func (c *CardView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.scroll)
}

// SetIndex switches to another document and empties the card.
func (c *CardView) SetIndex(x *timeline.Index) {
	c.index = x
	c.ShowEmpty()
}

// Showing returns the ID of the event or entity on the card, or uuid.Nil.
func (c *CardView) Showing() uuid.UUID { return c.showing }

// leave lets go of what the card shows, before the next content is built:
// its notes save what is being typed and close (so that the next card,
// reading the notes, sees that text), and what of it has the keyboard is
// noted for set to move the keyboard on.
func (c *CardView) leave() {
	if c.left {
		return
	}
	c.left = true
	old := &fyne.Container{Objects: c.content.Objects}
	if c.canvas != nil {
		if f := c.canvas.Focused(); f != nil && holds(old, f.(fyne.CanvasObject)) {
			c.had = f
		}
	}
	release(old)
}

// set replaces what the card shows, after leave: whatever had the
// keyboard in the old content gives it on, so that nothing typed next
// lands in a field no longer on screen.
func (c *CardView) set(id uuid.UUID, objects ...fyne.CanvasObject) {
	c.leave()
	had := c.had
	c.had, c.left = nil, false
	c.showing = id
	c.content.Objects = objects
	c.content.Refresh()
	c.scroll.ScrollToTop()
	if had != nil {
		c.handBack(had)
	}
}

// handBack moves the keyboard on from had, a part of the card's old
// content: from a link, chip or button followed with the keyboard to the
// new card's first one; from a text field, or when the new card has none,
// back to the timeline.
func (c *CardView) handBack(had fyne.Focusable) {
	_, typing := had.(interface{ SelectedText() string })
	if !typing {
		if first := c.firstFocusable(); first != nil {
			c.canvas.Focus(first)
			return
		}
	}
	c.canvas.Unfocus()
	c.escape()
}

// release releases o and the releasers inside its containers.
func release(o fyne.CanvasObject) {
	if r, ok := o.(releaser); ok {
		r.release()
	}
	if box, ok := o.(*fyne.Container); ok {
		for _, child := range box.Objects {
			release(child)
		}
	}
}

// firstFocusable returns the card's first link, chip, button or field, or
// nil.
func (c *CardView) firstFocusable() fyne.Focusable {
	var first fyne.Focusable
	walk(c.content, func(o fyne.CanvasObject) bool {
		if f, ok := o.(fyne.Focusable); ok && o.Visible() {
			first = f
			return false
		}
		return true
	})
	return first
}

// relayout lays the card out again after o, which has the focus, changed
// its size, and keeps it in view.
func (c *CardView) relayout(o fyne.CanvasObject) {
	c.content.Refresh()
	c.scroll.Refresh()
	c.reveal(o)
}

// reveal scrolls the card so that o, a part of it that gained the focus,
// is in view.
func (c *CardView) reveal(o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	view := c.scroll.Size().Height
	if view <= 0 {
		return
	}
	pad := theme.Padding()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(c.scroll).Y + c.scroll.Offset.Y
	bottom := top + o.Size().Height
	at := c.scroll.Offset
	switch {
	case top-pad < at.Y:
		at.Y = max(top-pad, 0)
	case bottom+pad > at.Y+view:
		at.Y = min(bottom+pad-view, top-pad)
	default:
		return
	}
	c.scroll.ScrollToOffset(at)
}

// ShowEmpty shows a hint instead of a card.
func (c *CardView) ShowEmpty() {
	c.leave()
	hint := secondary(lang.L("Select an event on the timeline, or use ← and → to walk through them."), false)
	hint.Segments[0].(*widget.TextSegment).Style.SizeName = theme.SizeNameText
	c.set(uuid.Nil, hint)
}

// ShowEvent shows the card of the event with the given ID.
func (c *CardView) ShowEvent(id uuid.UUID) {
	c.leave()
	x := c.index
	ev, ok := x.Event(id)
	if !ok {
		c.ShowEmpty()
		return
	}
	header := c.laneKicker(ev.Lane)
	if c.OnEdit != nil {
		id := ev.ID
		edit := newCardButton(lang.L("Edit"), theme.DocumentCreateIcon(), func() { c.OnEdit(id) }, &c.keys)
		header = container.NewBorder(nil, nil, nil, edit, header)
	}
	objs := []fyne.CanvasObject{
		header,
		heading(ev.Title),
		c.dateBlock(ev),
	}
	if ev.Summary != "" {
		objs = append(objs, paragraph(ev.Summary))
	}
	if len(ev.Quotes) > 0 {
		objs = append(objs, sectionTitle(lang.L("Quotes")))
		for _, qid := range ev.Quotes {
			if q, ok := x.Quote(qid); ok {
				objs = append(objs, c.quoteBlock(q, false))
			}
		}
	}
	for _, kind := range timeline.EntityKinds {
		var chips []fyne.CanvasObject
		for _, eid := range ev.Entities {
			if ent, ok := x.Entity(eid); ok && ent.Kind == kind {
				chips = append(chips, c.entityChip(ent))
			}
		}
		if len(chips) > 0 {
			objs = append(objs, sectionTitle(i18n.Kinds(kind)), chipRow(chips))
		}
	}
	if len(ev.Related) > 0 {
		objs = append(objs, sectionTitle(lang.L("Related")))
		for _, r := range ev.Related {
			if other, ok := x.Event(r.Event); ok {
				objs = append(objs, c.relatedLine(r.Label, other))
			}
		}
	}
	if len(ev.Evidence) > 0 {
		objs = append(objs, sectionTitle(lang.L("Source")), c.sourceBlock(ev))
		show := newCardButton(lang.L("Show in article"), theme.VisibilityIcon(), func() {
			if c.OnArticle != nil {
				c.OnArticle(ev.ID)
			}
		}, &c.keys)
		objs = append(objs, container.NewHBox(show))
	}
	if c.Extra != nil {
		if extra := c.Extra(ev.ID); extra != nil {
			objs = append(objs, extra)
		}
	}
	c.set(ev.ID, objs...)
}

// ShowEntity shows the card of the entity with the given ID.
func (c *CardView) ShowEntity(id uuid.UUID) {
	c.leave()
	x := c.index
	ent, ok := x.Entity(id)
	if !ok {
		c.ShowEmpty()
		return
	}
	objs := []fyne.CanvasObject{kicker(strings.ToUpper(i18n.Kind(ent.Kind))), heading(ent.Name)}
	if ent.Role != "" {
		objs = append(objs, paragraph(ent.Role))
	}
	if len(ent.Aliases) > 0 {
		objs = append(objs, dim(lang.L("Also known as {{.Names}}", map[string]any{"Names": strings.Join(ent.Aliases, ", ")})))
	}
	events := x.EventsOf(ent.ID)
	if len(events) > 0 {
		objs = append(objs, sectionTitle(lang.L("Events ({{.Count}})", map[string]any{"Count": i18n.Int(len(events))})))
		objs = appendCapped(objs, events, c.eventLine, lang.L("search for the name to see them all on the timeline."))
	}
	quotes := x.QuotesBy(ent.ID)
	if len(quotes) > 0 {
		objs = append(objs, sectionTitle(lang.L("Quotes ({{.Count}})", map[string]any{"Count": i18n.Int(len(quotes))})))
		objs = appendCapped(objs, quotes, func(q *timeline.Quote) fyne.CanvasObject { return c.quoteBlock(q, true) }, "")
	}
	if c.Extra != nil {
		if extra := c.Extra(ent.ID); extra != nil {
			objs = append(objs, extra)
		}
	}
	c.set(ent.ID, objs...)
}

// appendCapped appends a line for each item, at most maxResultLines of
// them, then says how many more there are (and hint, if any).
func appendCapped[T any](objs []fyne.CanvasObject, items []T, line func(T) fyne.CanvasObject, hint string) []fyne.CanvasObject {
	for n, item := range items {
		if n == maxResultLines {
			rest := len(items) - n
			more := lang.N("and {{.Count}} more.", rest, map[string]any{"Count": i18n.Int(rest)})
			if hint != "" {
				more = lang.N("and {{.Count}} more: {{.Hint}}", rest, map[string]any{"Count": i18n.Int(rest), "Hint": hint})
			}
			return append(objs, dim(more))
		}
		objs = append(objs, line(item))
	}
	return objs
}

// dateBlock says when the event happened, how precisely that is known,
// and how the date was derived: "Sat 3 Jan 2026 · known to the day",
// "“Saturday” → Sat 3 Jan 2026: the Saturday before publication …".
func (c *CardView) dateBlock(ev *timeline.Event) fyne.CanvasObject {
	d := ev.Date
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: i18n.Date(d), Style: widget.RichTextStyle{
		ColorName: theme.ColorNameForeground, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}}}
	if known := i18n.Precision(d); known != "" {
		segs = append(segs, &widget.TextSegment{Text: "   " + known, Style: widget.RichTextStyle{
			ColorName: look.ColorNameSecondary, SizeName: theme.SizeNameCaptionText, Inline: true}})
	}
	when := widget.NewRichText(segs...)
	when.Wrapping = fyne.TextWrapWord
	var how []string
	if d.Expression != "" {
		how = append(how, "“"+d.Expression+"” → "+i18n.Date(d))
	}
	if d.Resolution != "" {
		how = append(how, d.Resolution)
	}
	if len(how) == 0 {
		return when
	}
	return container.NewVBox(when, dim(strings.Join(how, ": ")))
}

// quoteBlock shows a quote and who said it to whom; withEvent adds a link
// to the event it was said in (on entity cards).
func (c *CardView) quoteBlock(q *timeline.Quote, withEvent bool) fyne.CanvasObject {
	x := c.index
	text := widget.NewRichText(&widget.TextSegment{
		Text:  "“" + q.Text + "”",
		Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Italic: true}, ColorName: theme.ColorNameForeground, Inline: true, SizeName: theme.SizeNameText},
	})
	text.Wrapping = fyne.TextWrapWord
	var att []widget.RichTextSegment
	plain := func(s string) {
		att = append(att, &widget.TextSegment{Text: s, Style: widget.RichTextStyle{ColorName: look.ColorNameSecondary, Inline: true}})
	}
	plain("— ")
	if sp, ok := x.Entity(q.Speaker); ok {
		att = append(att, c.entityLink(sp))
		if sp.Role != "" {
			plain(", " + sp.Role)
		}
	} else {
		plain(lang.L("unattributed"))
	}
	if to, ok := x.Entity(q.Audience); ok {
		plain(lang.L(", to "))
		att = append(att, c.entityLink(to))
	}
	attribution := widget.NewRichText(att...)
	attribution.Wrapping = fyne.TextWrapWord
	objs := []fyne.CanvasObject{text, attribution}
	if withEvent {
		if ev, ok := x.Event(q.Event); ok {
			objs = append(objs, labelledLink(lang.L("in"), c.eventLinkWidget(ev, "")))
		}
	}
	return container.NewVBox(objs...)
}

func (c *CardView) entityLink(ent *timeline.Entity) *linkSegment {
	id := ent.ID
	return &linkSegment{HyperlinkSegment: widget.HyperlinkSegment{Text: ent.Name, OnTapped: func() {
		if c.OnEntity != nil {
			c.OnEntity(id)
		}
	}}, keys: &c.keys}
}

// eventLinkWidget is a link to an event's card that wraps like text;
// suffix follows the title ("· Mon 5 Jan 2026").
func (c *CardView) eventLinkWidget(ev *timeline.Event, suffix string) *cardLink {
	id := ev.ID
	l := newCardLink(ev.Title+suffix, func() {
		if c.OnEvent != nil {
			c.OnEvent(id)
		}
	}, &c.keys)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// labelledLink puts a short label before a link that wraps on its own.
func labelledLink(label string, link fyne.CanvasObject) fyne.CanvasObject {
	l := secondary(label, false)
	l.Wrapping = fyne.TextWrapOff
	l.Segments[0].(*widget.TextSegment).Style.SizeName = theme.SizeNameText
	return container.NewBorder(nil, nil, container.NewVBox(l), nil, link)
}

func (c *CardView) entityChip(ent *timeline.Entity) *Chip {
	id := ent.ID
	chip := NewChip(ent.Name, nil, func() {
		if c.OnEntity != nil {
			c.OnEntity(id)
		}
	})
	chip.keys = &c.keys
	return chip
}

// relatedLine: "→ answered by  <title> · Mon 5 Jan 2026".
func (c *CardView) relatedLine(label string, other *timeline.Event) fyne.CanvasObject {
	return labelledLink("→ "+label, c.eventLinkWidget(other, " · "+i18n.Date(other.Date)))
}

// eventLine: "<date>  <title>" with the title a link.
func (c *CardView) eventLine(ev *timeline.Event) fyne.CanvasObject {
	return labelledLink(i18n.Date(ev.Date), c.eventLinkWidget(ev, ""))
}

// sourceBlock shows the paragraph around the event's main passage with the
// passage itself highlighted.
func (c *CardView) sourceBlock(ev *timeline.Event) fyne.CanvasObject {
	s := ev.Evidence[0]
	art, ok := c.index.Article(s.Article)
	if !ok {
		return dim(s.Text)
	}
	from, to := paragraphAround(art.Text, s.Start, s.End)
	normal := widget.RichTextStyle{ColorName: look.ColorNameSecondary, Inline: true}
	rt := widget.NewRichText(
		&widget.TextSegment{Text: art.Text[from:s.Start], Style: normal},
		&widget.TextSegment{Text: s.Text, Style: widget.RichTextStyle{ColorName: theme.ColorNameForeground, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}},
		&widget.TextSegment{Text: art.Text[s.End:to], Style: normal},
	)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// paragraphAround returns the bounds of the paragraph (line) of text that
// contains [start, end).
func paragraphAround(text string, start, end int) (from, to int) {
	from = strings.LastIndexByte(text[:start], '\n') + 1
	to = strings.IndexByte(text[end:], '\n')
	if to < 0 {
		return from, len(text)
	}
	return from, end + to
}

// laneKicker names the card's kind and lane, with the lane's dot in its
// colour, as on the timeline.
func (c *CardView) laneKicker(l timeline.Lane) fyne.CanvasObject {
	palette := look.NewLaneColors(c.index.Lanes)
	k := newKicker(strings.ToUpper(lang.L("Event")+" · "+i18n.Lane(l)), theme.ColorNameForeground)
	k.dot = func(dark bool) color.Color { return palette.Color(l, dark) }
	return k
}

// chipRow wraps chips like words, indented like the text around them.
func chipRow(chips []fyne.CanvasObject) fyne.CanvasObject {
	return container.New(layout.NewCustomPaddedLayout(0, 0, theme.InnerPadding()/2, 0), container.New(newFlowLayout(), chips...))
}

// kicker is the line above a card's heading that says what the card
// shows: "PERSON", "SEARCH".
func kicker(text string) fyne.CanvasObject { return newKicker(text, theme.ColorNamePrimary) }

// cardKicker is the small bold line above a card's heading, with a lane's
// dot on event cards. It looks its colours up when it refreshes, so that
// a change of theme reaches it.
type cardKicker struct {
	widget.BaseWidget
	text  string
	color fyne.ThemeColorName         // of the text
	dot   func(dark bool) color.Color // the lane's colour, or nil for no dot
}

func newKicker(text string, c fyne.ThemeColorName) *cardKicker {
	k := &cardKicker{text: text, color: c}
	k.ExtendBaseWidget(k)
	return k
}

func (k *cardKicker) CreateRenderer() fyne.WidgetRenderer {
	r := &kickerRenderer{k: k, text: canvas.NewText(k.text, color.Transparent)}
	r.text.TextStyle.Bold = true
	content := fyne.CanvasObject(r.text)
	if k.dot != nil {
		r.circle = canvas.NewCircle(color.Transparent)
		r.dotBox = container.NewGridWrap(fyne.Size{}, r.circle)
		content = container.NewHBox(container.NewCenter(r.dotBox), r.text)
	}
	r.WidgetRenderer = widget.NewSimpleRenderer(container.NewPadded(content))
	r.Refresh()
	return r
}

type kickerRenderer struct {
	fyne.WidgetRenderer
	k      *cardKicker
	text   *canvas.Text
	circle *canvas.Circle
	dotBox *fyne.Container
}

func (r *kickerRenderer) Refresh() {
	th, v := r.k.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	size := th.Size(theme.SizeNameCaptionText)
	r.text.Text = r.k.text
	r.text.TextSize = size
	r.text.Color = th.Color(r.k.color, v)
	if r.circle != nil {
		r.circle.FillColor = r.k.dot(look.IsDarkColor(th.Color(theme.ColorNameBackground, v)))
		r.dotBox.Layout = layout.NewGridWrapLayout(fyne.NewSquareSize(size * 0.7))
		r.dotBox.Refresh()
		r.circle.Refresh()
	}
	r.WidgetRenderer.Refresh()
	r.text.Refresh()
}

func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

func sectionTitle(text string) fyne.CanvasObject {
	t := secondary(strings.ToUpper(text), true)
	t.Wrapping = fyne.TextWrapOff
	return t
}

func paragraph(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// dim is secondary, smaller text.
func dim(text string) fyne.CanvasObject { return secondary(text, false) }

func secondary(text string, bold bool) *widget.RichText {
	rt := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: look.ColorNameSecondary,
		SizeName:  theme.SizeNameCaptionText,
		TextStyle: fyne.TextStyle{Bold: bold},
	}})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
