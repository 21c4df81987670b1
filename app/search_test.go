package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestSearchIgnoresCaseAndAccents(t *testing.T) {
	u := newSeedUI(t)
	tests := []struct {
		query string
		want  []string // words of the titles that must match
		not   []string // and must not
	}{
		{"zelensky", []string{"Zelenskyy calls", "meets in Paris", "90%"}, []string{"Tusk"}},
		{"FREDERIKSEN", []string{"Frederiksen tells TV2"}, []string{"Trump tells NBC"}},
		{"nicolás", []string{"Venezuela"}, []string{"Paris"}},
		{"greenland nato", []string{"Trump tells NBC", "Frederiksen"}, []string{"Zelenskyy calls"}},
	}
	for _, tt := range tests {
		u.SearchFor(tt.query)
		drain(u)
		matched := map[string]bool{}
		for i := range u.Index.Doc.Events {
			if u.results.Match[i] {
				matched[u.Index.Doc.Events[i].Title] = true
			}
		}
		has := func(word string) bool {
			for title := range matched {
				if strings.Contains(title, word) {
					return true
				}
			}
			return false
		}
		for _, w := range tt.want {
			if !has(w) {
				t.Errorf("search %q does not find %q; found %v", tt.query, w, matched)
			}
		}
		for _, w := range tt.not {
			if has(w) {
				t.Errorf("search %q finds %q", tt.query, w)
			}
		}
		// The card lists the results.
		if text := cardText(u.Card); !strings.Contains(text, "“"+tt.query+"”") {
			t.Errorf("results card for %q:\n%s", tt.query, text)
		}
	}
}

func TestSearchEscapeClearsAndBackReturns(t *testing.T) {
	u := newSeedUI(t)
	tusk := eventByTitle(t, u, "Tusk")
	u.OpenEvent(tusk.ID)
	u.Window.Canvas().(fyne.Shortcutable).TypedShortcut(ctrlKey(fyne.KeyF))
	if u.Window.Canvas().Focused() != u.Search {
		t.Fatal("Ctrl+F does not focus the search field")
	}
	u.SearchFor("frederiksen")
	drain(u)
	if u.Card.Showing() == tusk.ID {
		t.Fatal("the card should list the results")
	}
	// Enter opens the first result.
	u.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	fred := eventByTitle(t, u, "Frederiksen")
	if u.Card.Showing() != fred.ID {
		t.Fatal("Enter did not open the first result")
	}
	u.Back()
	if u.Card.Showing() == fred.ID || u.Search.Text != "frederiksen" {
		t.Fatal("Back did not return to the results")
	}
	u.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.Search.Text != "" || u.results.Match != nil {
		t.Fatal("Esc did not clear the search")
	}
	if u.Card.Showing() != tusk.ID {
		t.Fatal("clearing the search should return to where it started")
	}
}

func ctrlKey(k fyne.KeyName) fyne.Shortcut {
	return &desktopShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// TestTypedSearchWaitsForAPause: typing searches once the typist pauses
// for searchDelay, in the background; each keystroke restarts the pause.
func TestTypedSearchWaitsForAPause(t *testing.T) {
	u := newSeedUI(t)
	q := queueOf(u)
	test.Type(u.Search, "frede")
	q.Advance(searchDelay - time.Millisecond)
	if u.results.Match != nil {
		t.Fatal("searched before the pause")
	}
	test.Type(u.Search, "riksen")
	q.Advance(searchDelay - time.Millisecond)
	if u.results.Match != nil {
		t.Fatal("a keystroke did not restart the pause")
	}
	q.Advance(time.Millisecond)
	fred := eventByTitle(t, u, "Frederiksen")
	if i, _ := u.Index.EventIndex(fred.ID); !u.results.Match[i] || len(u.results.Events) != 1 {
		t.Fatalf("results %v, want Frederiksen's interview alone", u.results.Events)
	}
	if text := cardText(u.Card); !strings.Contains(text, "“frederiksen”") {
		t.Errorf("the card does not list the results:\n%s", text)
	}
}

// TestStaleSearchIsDropped: results that come back after the search was
// cleared are not shown.
func TestStaleSearchIsDropped(t *testing.T) {
	u := newSeedUI(t)
	q := queueOf(u)
	q.Hold()
	u.SearchFor("greenland")
	u.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	q.Drain()
	if u.results.Match != nil || strings.Contains(cardText(u.Card), "“greenland”") {
		t.Fatal("the results of a cleared search were shown")
	}
}
