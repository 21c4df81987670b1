package app

import (
	"image/color"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/i18n"
	"newsline/app/look"
	"newsline/timeline"
)

// articleWindow is how many paragraphs around the selection the article
// pane shows at once: a long article costs no more than a short one.
const articleWindow = 60

// ArticleView shows the source article with every event's evidence as a
// link; the selected event's passages are highlighted and scrolled to.
type ArticleView struct {
	widget.BaseWidget

	// OnEvent is called when a passage is clicked, with its event.
	OnEvent func(id uuid.UUID)

	index *timeline.Index
	// linkColors gives each lane's link underline its colour, as on the
	// timeline; one function per lane, shared by the marks.
	linkColors map[timeline.Lane]func(dark bool) color.Color
	selected   uuid.UUID
	terms      []string        // the search's words, folded; nil without a search
	paras      []paragraphSpan // every paragraph of every article
	// firstPara[i] is the first paragraph with Doc.Events[i]'s evidence,
	// or -1.
	firstPara []int
	first     int // first paragraph shown
	box       *fyne.Container
	scroll    *container.Scroll
	// pendingScroll is the paragraph to scroll to once the pane has a
	// size, or -1.
	pendingScroll int
}

// paragraphSpan is one paragraph of an article and the evidence in it.
type paragraphSpan struct {
	article    int // index in Doc.Articles
	start, end int // bytes of the article's text
	heading    bool
	evidence   []evidenceRef
}

type evidenceRef struct {
	event      int // index in Doc.Events
	start, end int
}

// NewArticleView returns the article pane for the document of x.
func NewArticleView(x *timeline.Index) *ArticleView {
	a := &ArticleView{box: container.NewVBox(), pendingScroll: -1}
	a.scroll = container.NewVScroll(container.NewPadded(a.box))
	a.scroll.OnScrolled = func(fyne.Position) { a.cull() }
	a.ExtendBaseWidget(a)
	a.SetIndex(x)
	return a
}

func (a *ArticleView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(a.scroll)
}

// SetIndex shows the articles of another document.
func (a *ArticleView) SetIndex(x *timeline.Index) {
	a.index = x
	palette := look.NewLaneColors(x.Lanes)
	a.linkColors = make(map[timeline.Lane]func(bool) color.Color, len(x.Lanes))
	for _, l := range x.Lanes {
		a.linkColors[l] = func(dark bool) color.Color { return palette.Color(l, dark) }
	}
	a.selected = uuid.Nil
	a.paras, a.firstPara = splitParagraphs(x)
	a.first = 0
	a.rebuild()
}

// splitParagraphs cuts every article into paragraphs (lines) and files
// each evidence span under the paragraph holding its start. It also
// returns, for each event, its first paragraph (-1 for none).
func splitParagraphs(x *timeline.Index) ([]paragraphSpan, []int) {
	doc := x.Doc
	var paras []paragraphSpan
	type paraRange struct{ first, end int }
	ranges := make(map[uuid.UUID]paraRange, len(doc.Articles))
	for ai, art := range doc.Articles {
		if len(doc.Articles) > 1 || art.Title != "" {
			paras = append(paras, paragraphSpan{article: ai, heading: true})
		}
		first := len(paras)
		titled := len(doc.Articles) > 1 || art.Title != ""
		for start := 0; start < len(art.Text); {
			end := start
			for end < len(art.Text) && art.Text[end] != '\n' {
				end++
			}
			// A text that begins with its headline (a plain-text import)
			// shows it once, as the heading above it.
			headline := titled && len(paras) == first && strings.TrimSpace(art.Text[start:end]) == strings.TrimSpace(art.Title)
			if end > start && !headline {
				paras = append(paras, paragraphSpan{article: ai, start: start, end: end})
			}
			start = end + 1
		}
		ranges[art.ID] = paraRange{first, len(paras)}
	}
	firstPara := make([]int, len(doc.Events))
	for ei := range doc.Events {
		firstPara[ei] = -1
		for _, s := range doc.Events[ei].Evidence {
			r, ok := ranges[s.Article]
			if !ok {
				continue
			}
			ours := paras[r.first:r.end]
			// The paragraph holding the span's start; spans rarely cross
			// paragraphs, and are cut at the paragraph's end.
			p := sort.Search(len(ours), func(i int) bool { return ours[i].end > s.Start })
			if p == len(ours) || s.Start < ours[p].start {
				continue // after the last paragraph, or in the headline shown as the heading
			}
			ours[p].evidence = append(ours[p].evidence, evidenceRef{event: ei, start: s.Start, end: min(s.End, ours[p].end)})
			if at := r.first + p; firstPara[ei] < 0 || at < firstPara[ei] {
				firstPara[ei] = at
			}
		}
	}
	return paras, firstPara
}

// Select highlights the passages of the event and scrolls to the first.
func (a *ArticleView) Select(id uuid.UUID) {
	a.selected = id
	target := a.paragraphOf(id)
	if target >= 0 && (target < a.first || target >= a.first+articleWindow) {
		a.first = max(0, target-articleWindow/4)
	}
	a.rebuild()
	if target >= 0 {
		a.scrollTo(target)
	}
}

// Selected returns the highlighted event.
func (a *ArticleView) Selected() uuid.UUID { return a.selected }

func (a *ArticleView) paragraphOf(id uuid.UUID) int {
	ei, ok := a.index.EventIndex(id)
	if !ok {
		return -1
	}
	return a.firstPara[ei]
}

// Resize lays the article out at the new width, then makes any pending
// scroll.
func (a *ArticleView) Resize(size fyne.Size) {
	old := a.Size()
	a.BaseWidget.Resize(size)
	if size.Width == old.Width {
		return
	}
	a.hintWidths()
	a.box.Refresh()
	if a.pendingScroll >= 0 {
		a.scrollTo(a.pendingScroll)
	}
	a.cull()
}

// cull hides what the paragraphs out of sight draw, and shows those in
// sight (with a little margin either way, so that a scroll shows no gap
// before the next cull): Fyne paints every visible object, scrolled away
// or not, so a long article would cost every frame of the window, a pan
// of the timeline included.
func (a *ArticleView) cull() {
	h := a.scroll.Size().Height
	if h <= 0 {
		return
	}
	const margin = 24
	top, bottom := a.scroll.Offset.Y-margin, a.scroll.Offset.Y+h+margin
	for _, o := range a.box.Objects {
		p, ok := o.(*Passage)
		if !ok {
			continue
		}
		y := p.Position().Y
		p.setCulled(y+p.Size().Height < top || y > bottom)
	}
}

// hintWidths tells each passage the width it will get.
func (a *ArticleView) hintWidths() {
	w := a.Size().Width - 2*theme.Padding()
	for _, o := range a.box.Objects {
		if p, ok := o.(*Passage); ok {
			p.widthHint = w
		}
	}
}

func (a *ArticleView) scrollTo(para int) {
	if a.Size().Width <= 0 {
		a.pendingScroll = para
		return
	}
	a.pendingScroll = -1
	i := para - a.first
	if a.first > 0 {
		i++ // the "earlier paragraphs" button
	}
	if i < 0 || i >= len(a.box.Objects) {
		return
	}
	y := a.box.Objects[i].Position().Y - theme.Padding()*4
	a.scroll.Offset = fyne.NewPos(0, max(0, y))
	a.scroll.Refresh()
	a.cull()
}

func (a *ArticleView) rebuild() {
	doc := a.index.Doc
	selected, _ := a.index.EventIndex(a.selected)
	if a.selected == uuid.Nil {
		selected = -1
	}
	last := min(len(a.paras), a.first+articleWindow)
	var objs []fyne.CanvasObject
	if a.first > 0 {
		objs = append(objs, a.pageButton(lang.N("Show {{.Count}} earlier paragraphs", a.first, map[string]any{"Count": i18n.Int(a.first)}), max(0, a.first-articleWindow/2)))
	}
	for _, p := range a.paras[a.first:last] {
		art := &doc.Articles[p.article]
		if p.heading {
			objs = append(objs, articleHeading(art))
			continue
		}
		objs = append(objs, NewPassage(art.Text[p.start:p.end], a.marks(p, selected)))
	}
	if last < len(a.paras) {
		objs = append(objs, a.pageButton(lang.N("Show {{.Count}} later paragraphs", len(a.paras)-last, map[string]any{"Count": i18n.Int(len(a.paras) - last)}), a.first+articleWindow/2))
	}
	a.box.Objects = objs
	a.hintWidths()
	a.box.Refresh()
	a.cull()
}

func (a *ArticleView) pageButton(label string, first int) fyne.CanvasObject {
	b := widget.NewButton(label, func() {
		a.first = first
		a.rebuild()
		a.scroll.ScrollToTop()
	})
	b.Importance = widget.LowImportance
	return b
}

func articleHeading(art *timeline.Article) fyne.CanvasObject {
	objs := []fyne.CanvasObject{heading(art.Title)}
	var meta string
	if art.Publisher != "" {
		meta = art.Publisher
	}
	if !art.Published.IsZero() {
		if meta != "" {
			meta += " · "
		}
		meta += lang.L("Published {{.Date}}", map[string]any{"Date": i18n.Point(art.Published)})
	}
	if meta != "" {
		objs = append(objs, dim(meta))
	}
	return container.NewVBox(objs...)
}

// SetQuery highlights, in the paragraphs shown, the words a search for
// query finds (ignoring case and accents, as the search does); "" clears
// them.
func (a *ArticleView) SetQuery(query string) {
	terms := strings.Fields(timeline.Fold(query))
	if slices.Equal(terms, a.terms) {
		return
	}
	a.terms = terms
	a.rebuild()
}

// hits returns the byte ranges of the text [from, to) of text holding a
// word that begins with one of the search's terms.
func (a *ArticleView) hits(text string, from, to int) [][2]int {
	if len(a.terms) == 0 {
		return nil
	}
	var out [][2]int
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < to {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' {
				break
			}
			j += n
		}
		word := timeline.Fold(text[i:j])
		for _, t := range a.terms {
			if strings.HasPrefix(word, t) {
				out = append(out, [2]int{i, j})
				break
			}
		}
		i = j
	}
	return out
}

// marks cuts a paragraph at every evidence boundary and search hit. A
// piece covered by the selected event is marked strongly; a piece covered
// by other events links to the most specific (shortest) of them; a piece
// a search found is a hit, whatever else it is.
func (a *ArticleView) marks(p paragraphSpan, selected int) []Mark {
	text := a.index.Doc.Articles[p.article].Text
	hits := a.hits(text, p.start, p.end)
	cuts := []int{p.start, p.end}
	for _, e := range p.evidence {
		cuts = append(cuts, e.start, e.end)
	}
	for _, h := range hits {
		cuts = append(cuts, h[0], h[1])
	}
	sort.Ints(cuts)
	var marks []Mark
	lastEvent, lastHit := -1, false
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if from >= to {
			continue
		}
		best, bestLen := -1, 0
		for _, e := range p.evidence {
			if e.start <= from && to <= e.end {
				if e.event == selected {
					best, bestLen = selected, -1
					break
				}
				if best < 0 || e.end-e.start < bestLen {
					best, bestLen = e.event, e.end-e.start
				}
			}
		}
		hit := false
		for _, h := range hits {
			if h[0] <= from && to <= h[1] {
				hit = true
				break
			}
		}
		if best < 0 && !hit {
			lastEvent, lastHit = -1, false
			continue
		}
		if len(marks) > 0 && best == lastEvent && hit == lastHit && marks[len(marks)-1].End == from-p.start {
			marks[len(marks)-1].End = to - p.start
			continue
		}
		lastEvent, lastHit = best, hit
		m := Mark{Start: from - p.start, End: to - p.start, Strong: best >= 0 && best == selected, Hit: hit}
		if best >= 0 && !m.Strong {
			m.Color = a.linkColors[a.index.Doc.Events[best].Lane]
			id := a.index.Doc.Events[best].ID
			m.OnTapped = func() {
				if a.OnEvent != nil {
					a.OnEvent(id)
				}
			}
		}
		marks = append(marks, m)
	}
	return marks
}
