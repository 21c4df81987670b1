package app

import (
	"context"
	"image/color"
	"newsline/timeline"
	"newsline/timeline/draft"
	"newsline/timeline/synth"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// passageWith returns the article pane's passage containing text.
func passageWith(t *testing.T, a *ArticleView, text string) *Passage {
	t.Helper()
	var found *Passage
	walk(a.box, func(o fyne.CanvasObject) bool {
		if p, ok := o.(*Passage); ok && strings.Contains(p.Text, text) {
			found = p
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no passage with %q in the article", text)
	}
	return found
}

// wordPosition returns a point inside the first word of p that starts at
// byte offset at of its text.
func wordPosition(t *testing.T, p *Passage, word string) fyne.Position {
	t.Helper()
	for _, w := range p.renderer.words {
		if strings.HasPrefix(w.text, word) {
			return fyne.NewPos(w.x+2, w.y+p.renderer.lineHeight/2)
		}
	}
	t.Fatalf("no word %q in the passage", word)
	return fyne.Position{}
}

func TestClickingAPassageSelectsItsEvent(t *testing.T) {
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	p := passageWith(t, u.Article, "Polish Prime Minister Donald Tusk")
	test.TapAt(p, wordPosition(t, p, "Polish"))
	tusk := eventByTitle(t, u, "Tusk")
	if u.Card.Showing() != tusk.ID || u.Timeline.Selected() != tusk.ID {
		t.Fatal("clicking Tusk's passage did not select his remark")
	}
	// Now it is highlighted, no longer a link.
	p = passageWith(t, u.Article, "Polish Prime Minister Donald Tusk")
	if len(p.Marks) != 1 || !p.Marks[0].Strong || p.Marks[0].OnTapped != nil {
		t.Fatalf("the selected passage should be one strong mark: %+v", p.Marks)
	}
}

func TestSelectingAnEventMarksItsPassages(t *testing.T) {
	u := newSeedUI(t)
	paris := eventByTitle(t, u, "meets in Paris")
	u.OpenEvent(paris.ID)
	strong := 0
	walk(u.Article.box, func(o fyne.CanvasObject) bool {
		if p, ok := o.(*Passage); ok {
			for _, m := range p.Marks {
				if m.Strong {
					strong++
				}
			}
		}
		return true
	})
	if strong != len(paris.Evidence) {
		t.Fatalf("%d passages highlighted, want the meeting's %d", strong, len(paris.Evidence))
	}
	// Venezuela's passage inside the meeting's first sentence is the
	// meeting's while it is selected: the selection wins.
	p := passageWith(t, u.Article, "twin shadows")
	for _, m := range p.Marks {
		if !m.Strong {
			t.Errorf("unexpected link inside the selected passage: %q", p.Text[m.Start:m.End])
		}
	}
}

// TestPassageDrawsLinesNotWords: a passage draws a text a run (the words
// of a line in one mark), not one a word, and only the bands and
// underlines that show.
func TestPassageDrawsLinesNotWords(t *testing.T) {
	newTestApp(t, lightTheme)
	text := strings.Repeat("The coalition of the willing met in Paris on Tuesday. ", 12)
	p := NewPassage(text, []Mark{{Start: 4, End: 29, Color: func(bool) color.Color { return color.Black }, OnTapped: func() {}}})
	w := test.NewTempWindow(t, p)
	w.Resize(fyne.NewSize(420, 400))
	r := p.renderer
	lines := map[float32]bool{}
	for _, wd := range r.words {
		lines[wd.y] = true
	}
	texts, shown := 0, 0
	var words []string
	for _, o := range r.content.Objects {
		if !o.Visible() {
			continue
		}
		shown++
		if t, ok := o.(*canvas.Text); ok {
			texts++
			words = append(words, strings.Fields(t.Text)...)
		}
	}
	if len(r.words) < 100 || texts > len(lines)+2 {
		t.Errorf("%d words on %d lines are drawn with %d texts; want about one a line", len(r.words), len(lines), texts)
	}
	if shown > texts+4 {
		t.Errorf("%d objects shown for %d texts: bands and underlines of unmarked runs are shown", shown, texts)
	}
	if got := strings.Join(words, " "); got != strings.Join(strings.Fields(text), " ") {
		t.Errorf("the runs say %q, want the passage's text", got)
	}
}

// TestArticleDrawsOnlyWhatIsInSight: scrolled anywhere in a long article,
// the pane shows only the objects of the paragraphs near the view.
func TestArticleDrawsOnlyWhatIsInSight(t *testing.T) {
	newTestApp(t, lightTheme)
	x := timeline.NewIndex(synth.Generate(synth.Options{Events: 1000, Seed: 1}))
	a := NewArticleView(x)
	w := test.NewTempWindow(t, a)
	w.Resize(fyne.NewSize(700, 500))
	visible := func() (n int) {
		var count func(o fyne.CanvasObject)
		count = func(o fyne.CanvasObject) {
			if !o.Visible() {
				return
			}
			switch c := o.(type) {
			case *fyne.Container:
				for _, ch := range c.Objects {
					count(ch)
				}
			case fyne.Widget:
				for _, ch := range test.WidgetRenderer(c).Objects() {
					count(ch)
				}
			default:
				n++
			}
		}
		count(a)
		return n
	}
	for _, y := range []float32{0, 3000, 8000} {
		a.scroll.ScrollToOffset(fyne.NewPos(0, y))
		if n := visible(); n > 600 {
			t.Errorf("scrolled to %v: %d objects to paint, want only those near the view", y, n)
		}
	}
}

// TestImportedHeadlineShownOnce: a plain-text article that begins with its
// headline (as an import makes it) shows it once, as the heading.
func TestImportedHeadlineShownOnce(t *testing.T) {
	newTestApp(t, lightTheme)
	text := "Paris talks go on\n\nThe coalition met in Paris on Tuesday, officials said.\nTalks will resume on Friday."
	doc, err := draft.Import(context.Background(), draft.Source{Name: "a.txt", Data: []byte(text), Published: timeline.DayPoint(2026, 1, 6)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Articles[0].Title != "Paris talks go on" {
		t.Fatalf("the import titled the article %q", doc.Articles[0].Title)
	}
	a := NewArticleView(timeline.NewIndex(doc))
	test.NewTempWindow(t, a).Resize(fyne.NewSize(600, 400))
	for _, o := range a.box.Objects {
		if p, ok := o.(*Passage); ok && strings.TrimSpace(p.Text) == "Paris talks go on" {
			t.Error("the headline is shown again as the first paragraph")
		}
	}
	if len(a.box.Objects) < 2 {
		t.Errorf("the article shows %d parts, want a heading and paragraphs", len(a.box.Objects))
	}
}

// TestSearchHitsInTheArticle: the words a search finds are highlighted in
// the article, accents and case aside, and only while it lasts.
func TestSearchHitsInTheArticle(t *testing.T) {
	u := newSeedUI(t)
	q := queueOf(u)
	u.SearchFor("GREENLAND zelensky")
	q.Drain()
	hits := map[string]int{}
	walk(u.Article.box, func(o fyne.CanvasObject) bool {
		if p, ok := o.(*Passage); ok {
			for _, m := range p.Marks {
				if m.Hit {
					hits[timeline.Fold(p.Text[m.Start:m.End])]++
				}
			}
		}
		return true
	})
	if hits["greenland"] < 2 || hits["zelenskyy"] < 1 {
		t.Errorf("hits in the article: %v, want Greenland twice or more and Zelenskyy", hits)
	}
	for w := range hits {
		if !strings.HasPrefix(w, "greenland") && !strings.HasPrefix(w, "zelensky") {
			t.Errorf("%q is highlighted for a search of greenland and zelensky", w)
		}
	}
	u.ClearSearch()
	q.Drain()
	walk(u.Article.box, func(o fyne.CanvasObject) bool {
		if p, ok := o.(*Passage); ok {
			for _, m := range p.Marks {
				if m.Hit {
					t.Errorf("after the search a hit is left in %q", p.Text[m.Start:m.End])
				}
			}
		}
		return true
	})
}
