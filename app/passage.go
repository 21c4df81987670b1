package app

import (
	"image/color"
	"newsline/app/look"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
type word struct {
	text        *canvas.Text
	background  *canvas.Rectangle
	underline   *canvas.Rectangle
	mark        int     // index into Marks, or -1
	width       float32 // including a trailing space, if any
	spaceWidth  float32 // of that trailing space
	x, y        float32
	breakBefore bool // a newline precedes it
}

type passageRenderer struct {
	passage    *Passage
	words      []*word
	objects    []fyne.CanvasObject
	lineHeight float32
	lastWidth  float32
	// content is what words were built from, to rebuild only on change.
	content  string
	contentN int
	textSize float32
}

func (r *passageRenderer) Destroy() {}

func (r *passageRenderer) Objects() []fyne.CanvasObject { return r.objects }

// build splits the text into words and makes their canvas objects. It runs
// from Refresh when the text, marks or text size changed.
func (r *passageRenderer) build() {
	p := r.passage
	size := p.Theme().Size(theme.SizeNameText)
	r.textSize = size
	r.content, r.contentN = p.Text, len(p.Marks)
	r.words = r.words[:0]
	r.objects = r.objects[:0]
	var backgrounds, texts []fyne.CanvasObject
	add := func(s string, mark int, breakBefore bool) {
		style := fyne.TextStyle{Bold: mark >= 0 && p.Marks[mark].Strong}
		trimmed := strings.TrimRight(s, " ")
		w := &word{
			text:        canvas.NewText(s, color.Black),
			background:  canvas.NewRectangle(color.Transparent),
			underline:   canvas.NewRectangle(color.Transparent),
			mark:        mark,
			breakBefore: breakBefore,
		}
		w.text.TextSize = size
		w.text.TextStyle = style
		w.width = measureWord(s, size, style.Bold)
		if trimmed != s {
			w.spaceWidth = w.width - measureWord(trimmed, size, style.Bold)
		}
		r.words = append(r.words, w)
		backgrounds = append(backgrounds, w.background, w.underline)
		texts = append(texts, w.text)
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
	r.objects = append(backgrounds, texts...)
	r.lineHeight = r.textSizeHeight() * 1.35
}

// flow positions the words for width and returns the height used.
func (r *passageRenderer) flow(width float32, move bool) float32 {
	x, y := float32(0), float32(0)
	for _, w := range r.words {
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

func (r *passageRenderer) Layout(size fyne.Size) {
	r.lastWidth = size.Width
	r.flow(size.Width, true)
	pad := (r.lineHeight - r.textSizeHeight()) / 2
	for i, w := range r.words {
		w.text.Move(fyne.NewPos(w.x, w.y+pad))
		w.text.Resize(fyne.NewSize(w.width, r.textSizeHeight()))
		// The band covers the trailing space, and a pixel more to close
		// rounding gaps, unless the line or mark ends here, so that a
		// marked passage reads as one stroke.
		bw := w.width + 1
		if i+1 == len(r.words) || r.words[i+1].y != w.y || r.words[i+1].mark != w.mark {
			bw = w.width - w.spaceWidth
		}
		w.background.Move(fyne.NewPos(w.x, w.y+pad/2))
		w.background.Resize(fyne.NewSize(bw, r.lineHeight-pad))
		w.underline.Move(fyne.NewPos(w.x, w.y+pad+r.textSizeHeight()-1))
		w.underline.Resize(fyne.NewSize(bw, 1.5))
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
	if p.Text != r.content || len(p.Marks) != r.contentN || th.Size(theme.SizeNameText) != r.textSize || len(r.words) == 0 {
		r.build()
	}
	fg := th.Color(theme.ColorNameForeground, v)
	if p.Muted {
		fg = th.Color(theme.ColorNamePlaceHolder, v)
	}
	link := th.Color(theme.ColorNameHyperlink, v)
	// Opaque bands: neighbouring words' bands overlap by a pixel, which
	// translucent ones would show as seams.
	bg := th.Color(theme.ColorNameBackground, v)
	dark := look.IsDarkColor(bg)
	markBg := look.Overlay(bg, look.Color(th, look.ColorNameMark, v))
	strongBg := look.Overlay(bg, look.Color(th, look.ColorNameHighlight, v))
	for _, w := range r.words {
		w.text.Color = fg
		w.background.FillColor = color.Transparent
		w.underline.FillColor = color.Transparent
		if w.mark < 0 {
			continue
		}
		m := p.Marks[w.mark]
		switch {
		case m.Strong:
			w.text.Color = th.Color(theme.ColorNameForeground, v)
			w.background.FillColor = strongBg
		case m.OnTapped != nil:
			w.underline.FillColor = link
			if m.Color != nil {
				w.underline.FillColor = m.Color(dark)
			}
			if w.mark == p.hovered {
				w.background.FillColor = markBg
			}
		}
	}
	if r.lastWidth > 0 {
		r.Layout(fyne.NewSize(r.lastWidth, r.flow(r.lastWidth, false)))
	}
	canvas.Refresh(p)
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
