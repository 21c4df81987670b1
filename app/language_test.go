package app

import (
	"bytes"
	"encoding/json"
	"image"
	"log"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/app/i18n"
	"newsline/app/look"
	"newsline/assets"
	"newsline/timeline/notes"
)

// catalogue reads the texts of a language's catalogue: each key's text,
// or its plural forms.
func catalogue(t *testing.T, code string) map[string][]string {
	t.Helper()
	data, err := i18n.Catalogues.ReadFile("catalog/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for k, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[k] = []string{s}
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			t.Fatal(err)
		}
		for _, f := range forms {
			out[k] = append(out[k], f)
		}
	}
	return out
}

// englishLeft returns the English texts that language code translates
// differently: any of them on screen is a text the window forgot to
// translate.
func englishLeft(t *testing.T, code string) map[string]bool {
	en, other := catalogue(t, "en"), catalogue(t, code)
	left := map[string]bool{}
	for k, texts := range en {
		for _, s := range texts {
			if !strings.Contains(strings.Join(other[k], "\x00"), s) {
				left[s] = true
			}
		}
	}
	return left
}

// shownWords gathers every text the window shows or offers: the menus,
// the labels, buttons and painted texts, the fields' placeholders and the
// toolbar's tips.
func shownWords(u *UI) []string {
	var words []string
	var menu func(items []*fyne.MenuItem)
	menu = func(items []*fyne.MenuItem) {
		for _, i := range items {
			words = append(words, i.Label)
			if i.ChildMenu != nil {
				menu(i.ChildMenu.Items)
			}
		}
	}
	for _, m := range u.Window.MainMenu().Items {
		words = append(words, m.Label)
		menu(m.Items)
	}
	visitAll(u.Window.Canvas().Content(), func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *canvas.Text:
			words = append(words, w.Text)
		case *widget.RichText:
			for _, s := range w.Segments {
				if t, ok := s.(*widget.TextSegment); ok {
					words = append(words, t.Text)
				}
			}
		case *widget.Entry:
			words = append(words, w.PlaceHolder)
		case *toolButton:
			words = append(words, w.full, w.short, w.tip)
		case *cardKicker:
			words = append(words, w.text)
		}
	})
	return words
}

// watchTranslations collects what Fyne logs while the test runs: a
// "Translation failure" is a text asked for that the language's
// catalogue lacks.
func watchTranslations(t *testing.T) *bytes.Buffer {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	return &logged
}

// TestNoEnglishLeft opens the window in Ukrainian and in French, at an
// event's card, with the review pane, a search and the article, and finds
// no English text of the catalogues on it or in its menus, and no text
// asked for that the catalogue lacks.
func TestNoEnglishLeft(t *testing.T) {
	for _, code := range []string{"uk", "fr"} {
		t.Run(code, func(t *testing.T) {
			t.Cleanup(func() { i18n.Use("en") })
			logged := watchTranslations(t)
			a := test.NewTempApp(t)
			doc, _ := assets.Seed()
			store, err := notes.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { store.Close() })
			u := openTestUI(t, a, doc, Options{Language: code, Notes: store})
			u.Window.Resize(fyne.NewSize(1280, 800))
			left := englishLeft(t, code)
			check := func(state string) {
				t.Helper()
				for _, w := range shownWords(u) {
					if left[w] {
						t.Errorf("%s: %q shown in English", state, w)
					}
				}
			}
			check("first view")
			if !strings.Contains(strings.Join(shownWords(u), "\n"), map[string]string{"uk": "Файл", "fr": "Fichier"}[code]) {
				t.Fatalf("the menus are not in %s", code)
			}
			u.OpenEvent(eventByTitle(t, u, "Frederiksen").ID)
			drain(u)
			check("event card")
			u.OpenEntity(entityByName(t, u, "Donald Tusk").ID)
			check("person card")
			u.SearchFor("greenland")
			drain(u)
			check("search")
			u.SearchFor("zzzz-nothing")
			drain(u)
			check("search without results")
			u.ClearSearch()
			importArticle(t, u, seedArticle())
			typeText(u, "a")
			typeText(u, "r")
			drain(u)
			check("review of a draft")
			if strings.Contains(logged.String(), "Translation failure") {
				t.Errorf("texts missing from catalog/%s.json:\n%s", code, logged)
			}
		})
	}
}

// TestSetLanguageRelabelsInPlace: choosing French in View → Language
// gives the window a French user would have had from the start, keeping
// the selection and the view; choosing the system's again comes back to
// English (the tests' environment).
func TestSetLanguageRelabelsInPlace(t *testing.T) {
	t.Cleanup(func() { i18n.Use("en") })
	size := fyne.NewSize(1280, 800)
	open := func(lang string) *UI {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(look.NewThemeVariant(theme.VariantLight))
		doc, _ := assets.Seed()
		u := openTestUI(t, a, doc, Options{Language: lang})
		u.Window.Resize(size)
		u.Timeline.SetViewport(seedWeek[0], seedWeek[1])
		u.OpenEvent(eventByTitle(t, u, "Frederiksen").ID)
		return u
	}
	settle := func(u *UI) image.Image {
		drain(u)
		u.Window.Resize(size.AddWidthHeight(1, 1))
		u.Window.Resize(size)
		return u.Window.Canvas().Capture()
	}
	fresh := settle(open("fr"))
	i18n.Use("en")

	u := open("")
	selected := u.Timeline.Selected()
	start, end := u.Timeline.Viewport()
	u.SetLanguage("fr")
	if got := u.App.Preferences().String(prefLanguage); got != "fr" {
		t.Errorf("the choice is not remembered: preference %q", got)
	}
	switched := settle(u)
	if u.Timeline.Selected() != selected {
		t.Error("the selection was lost")
	}
	if s, e := u.Timeline.Viewport(); !s.Equal(start) || !e.Equal(end) {
		t.Errorf("the view moved: %v–%v, was %v–%v", s, e, start, end)
	}
	if d := differentPixels(fresh, switched); d > 0 {
		t.Errorf("switched to French, the window differs from one opened in French in %d pixels", d)
	}
	if got := u.Window.MainMenu().Items[0].Label; got != "Fichier" {
		t.Errorf("File menu reads %q in French", got)
	}

	u.SetLanguage("")
	if got := u.Window.MainMenu().Items[0].Label; got != "File" {
		t.Errorf("back to the system's (English here), the File menu reads %q", got)
	}
	if got := u.App.Preferences().String(prefLanguage); got != "" {
		t.Errorf("the system's language is remembered as %q", got)
	}
}

func differentPixels(a, b image.Image) int {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy()
	}
	n := 0
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
			}
		}
	}
	return n
}

// TestSetLanguageRelabelsTheReview: the review pane, open, speaks the new
// language at once, its rows, its counts and what the last action did.
func TestSetLanguageRelabelsTheReview(t *testing.T) {
	t.Cleanup(func() { i18n.Use("en") })
	a := test.NewTempApp(t)
	doc, _ := assets.Seed()
	u := openTestUI(t, a, doc, Options{})
	u.Window.Resize(fyne.NewSize(1280, 800))
	importArticle(t, u, seedArticle())
	typeText(u, "r")
	drain(u)
	if got := u.review.note.String(); !strings.HasPrefix(got, "Rejected: ") {
		t.Fatalf("after R the pane says %q", got)
	}
	u.SetLanguage("uk")
	if got := u.review.note.String(); !strings.HasPrefix(got, "Відхилено: ") {
		t.Errorf("in Ukrainian the pane still says %q", got)
	}
	if got := u.review.counts.String(); !strings.Contains(got, "для перевірки") {
		t.Errorf("in Ukrainian the counts read %q", got)
	}
	for _, w := range shownWords(u) {
		if englishLeft(t, "uk")[w] {
			t.Errorf("%q still in English after the switch", w)
		}
	}
	if !u.reviewShown() {
		t.Error("the review pane closed")
	}
}
