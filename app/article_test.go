package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
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
		if strings.HasPrefix(w.text.Text, word) {
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
