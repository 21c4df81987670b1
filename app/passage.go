package app

import (
	"image/color"
	"newsline/app/look"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A Mark is a range of a Passage drawn with a highlighter background.
type Mark struct {
	Start, End int  // bytes of the passage's text
	Strong     bool // the selected event's passage: a highlighter band and bold text
	// Color gives the underline of a link mark (the event's lane colour)
	// in its tone for a light or dark background, asked whenever the
	// passage refreshes, as on a change of theme; nil uses the theme's
	// hyperlink colour.
	Color func(dark bool) color.Color
	// OnTapped, when set, makes the mark a link: underlined, banded when
	// hovered.
	OnTapped func()
	// Hit marks words a search found: a band of their own colour.
	Hit bool
}

// A Passage is a paragraph of wrapped text with marked ranges, as in the
// article pane: each event's evidence is marked, the selected event's more
// strongly; clicking a mark follows it. Fyne's RichText cannot wrap
// hyperlinks over lines nor paint a background behind text, which a
// highlighted passage needs.
type Passage struct {
	widget.BaseWidget
	Text  string
	Marks []Mark // sorted by Start, not overlapping
	// Muted draws the unmarked text in the placeholder colour.
	Muted bool

	hovered  int // index of the hovered mark, or -1
	renderer *passageRenderer
	// culled hides what the passage draws while it is scrolled out of
	// sight: Fyne paints every visible object, in sight or not.
	culled bool
	// widthHint is the width the passage will be laid out at, so that its
	// first MinSize asks for the right number of lines (a wrapped text's
	// height depends on a width Fyne's layouts only give it afterwards).
	widthHint float32
}

// NewPassage returns a passage of text with the given marks.
func NewPassage(text string, marks []Mark) *Passage {
	p := &Passage{Text: text, Marks: marks, hovered: -1}
	p.ExtendBaseWidget(p)
	return p
}

// Resize lays the passage out; a new width cuts its lines anew, which
// takes a Refresh (Layout only moves and resizes).
func (p *Passage) Resize(size fyne.Size) {
	old := p.Size()
	p.BaseWidget.Resize(size)
	if size.Width != old.Width {
		p.Refresh()
	}
}

// setCulled hides (or shows again) what the passage draws, while it is
// out of sight; its size stays.
func (p *Passage) setCulled(culled bool) {
	if p.culled == culled {
		return
	}
	p.culled = culled
	if r := p.renderer; r != nil && r.content != nil {
		if culled {
			r.content.Hide()
		} else {
			r.content.Show()
		}
	}
}

// SetContent replaces the text and marks.
func (p *Passage) SetContent(text string, marks []Mark) {
	p.Text, p.Marks, p.hovered = text, marks, -1
	p.Refresh()
}

func (p *Passage) markAt(pos fyne.Position) int {
	r := p.renderer
	if r == nil {
		return -1
	}
	for _, w := range r.words {
		if w.mark >= 0 && w.x <= pos.X && pos.X < w.x+w.width && w.y <= pos.Y && pos.Y < w.y+r.lineHeight {
			return w.mark
		}
	}
	return -1
}

// Tapped follows the mark under the pointer.
func (p *Passage) Tapped(ev *fyne.PointEvent) {
	if m := p.markAt(ev.Position); m >= 0 && p.Marks[m].OnTapped != nil {
		p.Marks[m].OnTapped()
	}
}

func (p *Passage) MouseIn(ev *desktop.MouseEvent) { p.MouseMoved(ev) }
func (p *Passage) MouseMoved(ev *desktop.MouseEvent) {
	m := p.markAt(ev.Position)
	if m >= 0 && p.Marks[m].OnTapped == nil {
		m = -1
	}
	if m != p.hovered {
		p.hovered = m
		p.Refresh()
	}
}
func (p *Passage) MouseOut() {
	if p.hovered >= 0 {
		p.hovered = -1
		p.Refresh()
	}
}

// Cursor is a pointer over links. Fyne asks once on entering the widget,
// so a passage with links shows it throughout.
func (p *Passage) Cursor() desktop.Cursor {
	for _, m := range p.Marks {
		if m.OnTapped != nil {
			return desktop.PointerCursor
		}
	}
	return desktop.DefaultCursor
}

func (p *Passage) CreateRenderer() fyne.WidgetRenderer {
	p.ExtendBaseWidget(p)
	r := &passageRenderer{passage: p}
	p.renderer = r
	r.Refresh()
	return r
}

// word is a run of text without a break opportunity, in one mark or none.
// Words are what the passage wraps and hit-tests; what it draws are runs.
type word struct {
	text        string
	mark        int     // index into Marks, or -1
	width       float32 // including a trailing space, if any
	spaceWidth  float32 // of that trailing space
	x, y        float32
	breakBefore bool // a newline precedes it
}

// A run is the words of one line in one mark (or none), drawn as one text
// with one band and one underline: a paragraph costs a few canvas objects
// a line, not three a word, which is what a frame's painting costs.
type run struct {
	first, last int // words [first, last] of the run
	text        *canvas.Text
	background  *canvas.Rectangle
	underline   *canvas.Rectangle
}

type passageRenderer struct {
	passage    *Passage
	words      []word
	runs       []run
	runsWidth  float32 // the width the runs were cut for
	objects    []fyne.CanvasObject
	content    *fyne.Container // every run's objects; hidden while off screen
	lineHeight float32
	lastWidth  float32
	// built is what words were built from, to rebuild only on change.
	built    string
	builtN   int
	textSize float32
}

func (r *passageRenderer) Destroy() {}

func (r *passageRenderer) Objects() []fyne.CanvasObject { return r.objects }

// build splits the text into words. It runs from Refresh when the text,
// marks or text size changed.
func (r *passageRenderer) build() {
	p := r.passage
	size := p.Theme().Size(theme.SizeNameText)
	r.textSize = size
	r.built, r.builtN = p.Text, len(p.Marks)
	r.words = r.words[:0]
	r.runsWidth = -1
	add := func(s string, mark int, breakBefore bool) {
		bold := mark >= 0 && p.Marks[mark].Strong
		trimmed := strings.TrimRight(s, " ")
		w := word{text: s, mark: mark, breakBefore: breakBefore}
		w.width = measureWord(s, size, bold)
		if trimmed != s {
			w.spaceWidth = w.width - measureWord(trimmed, size, bold)
		}
		r.words = append(r.words, w)
	}
	text := p.Text
	m := 0
	breakNext := false
	for i := 0; i < len(text); {
		for m < len(p.Marks) && p.Marks[m].End <= i {
			m++
		}
		mark, limit := -1, len(text)
		if m < len(p.Marks) {
			if p.Marks[m].Start <= i {
				mark, limit = m, p.Marks[m].End
			} else {
				limit = p.Marks[m].Start
			}
		}
		if text[i] == '\n' {
			breakNext = true
			i++
			continue
		}
		// A word runs to the next space (kept with it), newline or mark edge.
		j := i
		for j < limit && text[j] != ' ' && text[j] != '\n' {
			_, n := utf8.DecodeRuneInString(text[j:])
			j += n
		}
		for j < limit && text[j] == ' ' {
			j++
		}
		if j == i { // defensive: always advance
			j = i + 1
		}
		add(text[i:j], mark, breakNext)
		breakNext = false
		i = j
	}
	r.lineHeight = r.textSizeHeight() * 1.35
}

// flow positions the words for width and returns the height used.
func (r *passageRenderer) flow(width float32, move bool) float32 {
	x, y := float32(0), float32(0)
	for i := range r.words {
		w := &r.words[i]
		visible := w.width - w.spaceWidth
		if w.breakBefore || (x > 0 && x+visible > width) {
			x = 0
			y += r.lineHeight
			if w.breakBefore {
				y += r.lineHeight / 2
			}
		}
		if move {
			w.x, w.y = x, y
		}
		x += w.width
	}
	if len(r.words) == 0 {
		return 0
	}
	return y + r.lineHeight
}

// cut flows the words for width and makes the runs: the words of a line
// that share a mark. It creates canvas objects as the runs need them, so
// it runs from Refresh (a change of width refreshes the passage).
func (r *passageRenderer) cut(width float32) {
	r.flow(width, true)
	r.runsWidth = width
	n := 0
	for i := 0; i < len(r.words); {
		j := i
		for j+1 < len(r.words) && r.words[j+1].y == r.words[i].y && r.words[j+1].mark == r.words[i].mark {
			j++
		}
		if n == len(r.runs) {
			r.runs = append(r.runs, run{
				text:       canvas.NewText("", color.Black),
				background: canvas.NewRectangle(color.Transparent),
				underline:  canvas.NewRectangle(color.Transparent),
			})
		}
		ru := &r.runs[n]
		ru.first, ru.last = i, j
		var b strings.Builder
		for k := i; k <= j; k++ {
			b.WriteString(r.words[k].text)
		}
		ru.text.Text = strings.TrimRight(b.String(), " ")
		ru.text.TextSize = r.textSize
		ru.text.TextStyle = fyne.TextStyle{Bold: r.words[i].mark >= 0 && r.passage.Marks[r.words[i].mark].Strong}
		n++
		i = j + 1
	}
	r.runs = r.runs[:n]
	// Backgrounds first: bands under all the text, as neighbouring runs
	// touch.
	objs := make([]fyne.CanvasObject, 0, 3*n)
	for k := range r.runs {
		objs = append(objs, r.runs[k].background, r.runs[k].underline)
	}
	for k := range r.runs {
		objs = append(objs, r.runs[k].text)
	}
	if r.content == nil {
		r.content = container.NewWithoutLayout()
		r.objects = []fyne.CanvasObject{r.content}
	}
	r.content.Objects = objs
}

func (r *passageRenderer) Layout(size fyne.Size) {
	r.lastWidth = size.Width
	if size.Width != r.runsWidth {
		return // the passage refreshes for its new width
	}
	r.content.Resize(size)
	pad := (r.lineHeight - r.textSizeHeight()) / 2
	for k := range r.runs {
		ru := &r.runs[k]
		first, last := &r.words[ru.first], &r.words[ru.last]
		// The band covers the run's words; a run that the line goes on
		// after covers its trailing space too, and a pixel more to close
		// rounding gaps, so that a marked passage reads as one stroke.
		w := last.x + last.width - first.x
		if ru.last+1 == len(r.words) || r.words[ru.last+1].y != last.y {
			w -= last.spaceWidth
		} else {
			w++
		}
		ru.text.Move(fyne.NewPos(first.x, first.y+pad))
		ru.text.Resize(fyne.NewSize(w, r.textSizeHeight()))
		ru.background.Move(fyne.NewPos(first.x, first.y+pad/2))
		ru.background.Resize(fyne.NewSize(w, r.lineHeight-pad))
		ru.underline.Move(fyne.NewPos(first.x, first.y+pad+r.textSizeHeight()-1))
		ru.underline.Resize(fyne.NewSize(w, 1.5))
	}
}

func (r *passageRenderer) textSizeHeight() float32 {
	return measureHeight(r.textSize)
}

func (r *passageRenderer) MinSize() fyne.Size {
	widest := float32(0)
	for _, w := range r.words {
		widest = max(widest, w.width-w.spaceWidth)
	}
	width := r.lastWidth
	if width == 0 {
		width = r.passage.widthHint
	}
	width = max(width, widest)
	return fyne.NewSize(min(widest, 120), r.flow(width, false))
}

func (r *passageRenderer) Refresh() {
	p := r.passage
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if p.Text != r.built || len(p.Marks) != r.builtN || th.Size(theme.SizeNameText) != r.textSize || len(r.words) == 0 {
		r.build()
	}
	width := r.lastWidth
	if width == 0 {
		width = p.widthHint
	}
	if width != r.runsWidth || r.content == nil {
		r.cut(width)
	}
	fg := th.Color(theme.ColorNameForeground, v)
	if p.Muted {
		fg = th.Color(theme.ColorNamePlaceHolder, v)
	}
	link := th.Color(theme.ColorNameHyperlink, v)
	// Opaque bands: neighbouring runs' bands overlap by a pixel, which
	// translucent ones would show as seams.
	bg := th.Color(theme.ColorNameBackground, v)
	dark := look.IsDarkColor(bg)
	markBg := look.Overlay(bg, look.Color(th, look.ColorNameMark, v))
	strongBg := look.Overlay(bg, look.Color(th, look.ColorNameHighlight, v))
	hitBg := look.Overlay(bg, look.Color(th, look.ColorNameSearchHit, v))
	for k := range r.runs {
		ru := &r.runs[k]
		mark := r.words[ru.first].mark
		ru.text.Color = fg
		ru.background.FillColor = color.Transparent
		ru.underline.FillColor = color.Transparent
		if mark >= 0 {
			m := p.Marks[mark]
			switch {
			case m.Strong:
				ru.text.Color = th.Color(theme.ColorNameForeground, v)
				ru.background.FillColor = strongBg
			case m.OnTapped != nil:
				ru.underline.FillColor = link
				if m.Color != nil {
					ru.underline.FillColor = m.Color(dark)
				}
				if mark == p.hovered {
					ru.background.FillColor = markBg
				}
			}
			if m.Hit && !m.Strong {
				ru.background.FillColor = hitBg
			}
		}
		// Only what shows is drawn: a run without a band or underline
		// hides them.
		showIf(ru.background, ru.background.FillColor != color.Transparent)
		showIf(ru.underline, ru.underline.FillColor != color.Transparent)
		ru.text.Refresh()
		ru.background.Refresh()
		ru.underline.Refresh()
	}
	if r.lastWidth > 0 {
		r.Layout(fyne.NewSize(r.lastWidth, r.flow(r.lastWidth, false)))
	}
	if p.culled {
		r.content.Hide()
	} else {
		r.content.Show()
	}
	canvas.Refresh(p)
}

func showIf(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// Measuring text is Fyne's costliest call, and an article repeats its
// words; their widths are kept, per size and weight. Used on the UI
// goroutine only. The cache is dropped whole when it grows large.
type wordKey struct {
	text string
	size float32
	bold bool
}

var (
	wordWidths  = map[wordKey]float32{}
	lineHeights = map[float32]float32{}
)

const maxCachedWords = 50000

func measureWord(text string, size float32, bold bool) float32 {
	k := wordKey{text, size, bold}
	if w, ok := wordWidths[k]; ok {
		return w
	}
	if len(wordWidths) >= maxCachedWords {
		clear(wordWidths)
	}
	w := fyne.MeasureText(text, size, fyne.TextStyle{Bold: bold}).Width
	wordWidths[k] = w
	return w
}

func measureHeight(size float32) float32 {
	if h, ok := lineHeights[size]; ok {
		return h
	}
	h := fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
	lineHeights[size] = h
	return h
}
