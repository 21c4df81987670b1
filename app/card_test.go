package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/timeline"
)

// eventByTitle finds a seed event by a word of its title.
func eventByTitle(t *testing.T, u *UI, word string) *timeline.Event {
	t.Helper()
	for i := range u.Index.Doc.Events {
		if strings.Contains(u.Index.Doc.Events[i].Title, word) {
			return &u.Index.Doc.Events[i]
		}
	}
	t.Fatalf("no event titled with %q", word)
	return nil
}

func entityByName(t *testing.T, u *UI, name string) *timeline.Entity {
	t.Helper()
	for i := range u.Index.Doc.Entities {
		if u.Index.Doc.Entities[i].Name == name {
			return &u.Index.Doc.Entities[i]
		}
	}
	t.Fatalf("no entity %q", name)
	return nil
}

// findChip returns the chip with the given text on the card.
func findChip(t *testing.T, c *CardView, text string) *Chip {
	t.Helper()
	var found *Chip
	walk(c.content, func(o fyne.CanvasObject) bool {
		if chip, ok := o.(*Chip); ok && chip.Text == text {
			found = chip
			return false
		}
		return true
	})
	if found == nil {
		t.Fatalf("no chip %q on the card", text)
	}
	return found
}

// cardText gathers the texts of the labels on the card.
func cardText(c *CardView) string {
	var b strings.Builder
	walk(c.content, func(o fyne.CanvasObject) bool {
		switch w := o.(type) {
		case *fyneLabel:
			b.WriteString(w.Text + "\n")
		case *fyneRichText:
			b.WriteString(w.String() + "\n")
		case *Passage:
			b.WriteString(w.Text + "\n")
		case *fyneHyperlink:
			b.WriteString(w.Text + "\n")
		case *cardLink:
			b.WriteString(w.Text + "\n")
		}
		return true
	})
	return b.String()
}

func TestChipOpensEntityCardAndBackReturns(t *testing.T) {
	u := newSeedUI(t)
	fred := eventByTitle(t, u, "Frederiksen")
	u.OpenEvent(fred.ID)
	if u.Card.Showing() != fred.ID {
		t.Fatal("the card does not show the event")
	}
	person := entityByName(t, u, "Mette Frederiksen")
	test.Tap(findChip(t, u.Card, "Mette Frederiksen"))
	if u.Card.Showing() != person.ID {
		t.Fatal("tapping the person's chip did not open her card")
	}
	text := cardText(u.Card)
	for _, want := range []string{"Mette Frederiksen", "Prime Minister of Denmark", "everything stops"} {
		if !strings.Contains(text, want) {
			t.Errorf("entity card lacks %q:\n%s", want, text)
		}
	}
	if u.back.Disabled() {
		t.Error("back should be enabled")
	}
	test.Tap(u.back)
	if u.Card.Showing() != fred.ID {
		t.Fatal("back did not return to the event")
	}
	test.Tap(u.forward)
	if u.Card.Showing() != person.ID {
		t.Fatal("forward did not return to the person")
	}
	// Alt+Left and Alt+Right do the same.
	u.Window.Canvas().(fyne.Shortcutable).TypedShortcut(altKey(fyne.KeyLeft))
	if u.Card.Showing() != fred.ID {
		t.Fatal("Alt+Left did not go back")
	}
	u.Window.Canvas().(fyne.Shortcutable).TypedShortcut(altKey(fyne.KeyRight))
	if u.Card.Showing() != person.ID {
		t.Fatal("Alt+Right did not go forward")
	}
}

func TestEventCardContent(t *testing.T) {
	u := newSeedUI(t)
	ev := eventByTitle(t, u, "Zelenskyy calls")
	u.OpenEvent(ev.ID)
	text := cardText(u.Card)
	for _, want := range []string{
		"Sat 3 Jan 2026",
		"“Saturday” → Sat 3 Jan 2026: the Saturday before publication on Tue 6 Jan 2026",
		"“a new opportunity to end this war”",
		"Volodymyr Zelenskyy, President of Ukraine",
		"in a statement Saturday", // the source passage
	} {
		if !strings.Contains(text, want) {
			t.Errorf("event card lacks %q:\n%s", want, text)
		}
	}
	findChip(t, u.Card, "Volodymyr Zelenskyy")
	findChip(t, u.Card, "Ukraine")
	findChip(t, u.Card, "Coalition of the willing")
}

// TestEntityCardInTimeOrder: an entity's events run in timeline order.
func TestEntityCardInTimeOrder(t *testing.T) {
	u := newSeedUI(t)
	z := entityByName(t, u, "Volodymyr Zelenskyy")
	u.OpenEntity(z.ID)
	text := cardText(u.Card)
	first := strings.Index(text, "Zelenskyy calls the Paris meeting")
	second := strings.Index(text, "meets in Paris")
	third := strings.Index(text, "a peace deal is")
	if first < 0 || second < first || third < second {
		t.Errorf("Zelenskyy's events out of order (%d, %d, %d):\n%s", first, second, third, text)
	}
}

func TestRelatedLinksNavigate(t *testing.T) {
	u := newSeedUI(t)
	trump := eventByTitle(t, u, "Trump tells NBC")
	u.OpenEvent(trump.ID)
	var target uuid.UUID
	for _, r := range trump.Related {
		if r.Label == "answered by" {
			target = r.Event
			break
		}
	}
	u.Card.OnEvent(target) // what the hyperlink calls
	if u.Card.Showing() != target || u.Timeline.Selected() != target || u.Article.Selected() != target {
		t.Fatal("following a related event did not select it everywhere")
	}
}

func altKey(k fyne.KeyName) fyne.Shortcut {
	return &desktopShortcut{KeyName: k, Modifier: fyne.KeyModifierAlt}
}

func TestAppendCappedListsAtMostMaxResultLines(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(look.NewTheme())
	items := make([]int, maxResultLines+5)
	objs := appendCapped(nil, items, func(int) fyne.CanvasObject { return widget.NewLabel("x") }, "refine it")
	if len(objs) != maxResultLines+1 {
		t.Fatalf("%d objects, want %d lines and a note", len(objs), maxResultLines)
	}
	if got := objs[maxResultLines].(*widget.RichText).String(); got != "and 5 more: refine it" {
		t.Errorf("note %q", got)
	}
	if objs := appendCapped(nil, items[:3], func(int) fyne.CanvasObject { return widget.NewLabel("x") }, ""); len(objs) != 3 {
		t.Errorf("a short list got %d objects", len(objs))
	}
}
