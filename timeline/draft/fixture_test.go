package draft

import (
	"bufio"
	"context"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"newsline/timeline"
)

// A sentenceCase is a case of testdata/sentences.txt.
type sentenceCase struct {
	name      string
	published string
	checks    [][2]string // key, value, in order
	text      string
}

// readSentenceCases reads testdata/sentences.txt (its header says the
// format).
func readSentenceCases(t testing.TB) []sentenceCase {
	t.Helper()
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []sentenceCase
	var cur *sentenceCase
	inText := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "=== "):
			cases = append(cases, sentenceCase{name: strings.TrimPrefix(line, "=== ")})
			cur, inText = &cases[len(cases)-1], false
		case cur == nil:
			// the header
		case inText:
			cur.text += line + "\n"
		case line == "":
			inText = true
		default:
			key, value, ok := strings.Cut(line, ":")
			if !ok {
				t.Fatalf("testdata/sentences.txt:%d: want key: value, got %q", n, line)
			}
			value = strings.TrimSpace(value)
			if key == "published" {
				cur.published = value
			} else {
				cur.checks = append(cur.checks, [2]string{key, value})
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestSentenceFixtures drafts each case of testdata/sentences.txt and
// checks what the case asks, and that its titles and labels are sound.
func TestSentenceFixtures(t *testing.T) {
	for _, c := range readSentenceCases(t) {
		t.Run(c.name, func(t *testing.T) {
			pub, err := timeline.ParsePoint(c.published)
			if err != nil {
				t.Fatalf("published %q: %v", c.published, err)
			}
			doc, err := Import(context.Background(), Source{Name: "case.txt", Data: []byte(c.text), Published: pub}, nil)
			if err != nil {
				t.Fatal(err)
			}
			v := docView{t, doc}
			checkTitles(t, doc)
			var ev *timeline.Event
			for _, kv := range c.checks {
				key, value := kv[0], kv[1]
				switch key {
				case "event":
					ev = v.eventWith(value)
					if ev == nil {
						return
					}
				case "date", "date-end", "title-has", "title-lacks", "short-lacks", "lane":
					if ev == nil {
						t.Fatalf("%s before any event:", key)
					}
					switch key {
					case "date":
						if got := ev.Date.Start.String(); got != value {
							t.Errorf("event %q: date %q (%s), want %q", ev.Title, got, ev.Date.Human(), value)
						}
					case "date-end":
						if got := ev.Date.End.String(); got != value {
							t.Errorf("event %q: date ends %q (%s), want %q", ev.Title, got, ev.Date.Human(), value)
						}
					case "title-has":
						if !strings.Contains(ev.Title, value) {
							t.Errorf("title %q lacks %q", ev.Title, value)
						}
					case "title-lacks":
						if strings.Contains(ev.Title, value) {
							t.Errorf("title %q has %q", ev.Title, value)
						}
					case "short-lacks":
						if strings.Contains(ev.Short, value) {
							t.Errorf("event %q: label %q has %q", ev.Title, ev.Short, value)
						}
					case "lane":
						if string(ev.Lane) != value {
							t.Errorf("event %q: lane %s, want %s", ev.Title, ev.Lane, value)
						}
					}
				case "no-title":
					for _, e := range doc.Events {
						if e.Title == value {
							t.Errorf("an event is titled %q, want none", value)
						}
					}
				case "no-event":
					for _, e := range doc.Events {
						for _, s := range e.Evidence {
							if !e.Background && strings.Contains(s.Text, value) {
								t.Errorf("event %q comes from %q, want none", e.Title, value)
							}
						}
					}
				case "speaker":
					quote, name, _ := strings.Cut(value, " => ")
					if got := v.speakerOf(quote); got != name {
						t.Errorf("%q said by %s, want %s", quote, got, name)
					}
				case "entity":
					if v.entity(value) == nil {
						t.Errorf("no entity %q", value)
					}
				case "no-entity":
					if e := v.entity(value); e != nil {
						t.Errorf("entity %q (%s), want none", e.Name, e.Kind)
					}
				case "same-entity":
					x, y, _ := strings.Cut(value, " = ")
					if ex, ey := v.entityCalled(x), v.entityCalled(y); ex == nil || ex != ey {
						t.Errorf("%q and %q: entities %v and %v, want one", x, y, ex, ey)
					}
				default:
					t.Fatalf("unknown key %q", key)
				}
			}
		})
	}
}

// entityCalled returns the entity with the name or alias s.
func (v docView) entityCalled(s string) *timeline.Entity {
	for i := range v.doc.Entities {
		e := &v.doc.Entities[i]
		if e.Name == s {
			return e
		}
		for _, a := range e.Aliases {
			if a == s {
				return e
			}
		}
	}
	return nil
}

// holes are what a title looks like where words were cut out of it: a
// comma or possessive with nothing before it, or its "s" left alone
// ("MSNBC s"), a word left dangling before a comparison, empty quotation
// marks, doubled spaces or punctuation.
var holes = regexp.MustCompile(`^[,;:’'.]|^’s|\ss\s|\s[,;:.]|,\s*,|\(\s*\)|“\s*”|\s{2,}|,\s*than\b|\b(the|a|an|of|to|in|on|at|by|for|from|with|and|or)\s*[,;:]`)

// verbFirst is a title that opens with a finite verb, which its passage
// must open with too ("Is it feasible?"): else the subject was cut out
// ("Is barely over" for "Labor Day is barely over").
var verbFirst = regexp.MustCompile(`^(Is|Was|Are|Were|Has|Had|Will|Would|Could|Can|Should|Did|Does|Came|Comes)\b`)

// openingWord is the first word of a passage, past quotation marks and a
// conjunction.
var openingWord = regexp.MustCompile(`^[\s“"'‘` + "`" + `(]*(?:(?:But|And|So|Or)\s+)?(\pL+)`)

// checkTitles holds every event of doc to a headline's shape: a title
// without holes or a quotation left open that starts with a capital, a
// digit or a quotation, that keeps the subject of a verb it opens with,
// of at most maxTitle characters; and a short label no other event has.
func checkTitles(t *testing.T, doc *timeline.Document) {
	t.Helper()
	labels := map[string]string{}
	for _, ev := range doc.Events {
		if n := utf8.RuneCountInString(ev.Title); n > maxTitle {
			t.Errorf("title of %d characters: %q", n, ev.Title)
		}
		if holes.MatchString(ev.Title) {
			t.Errorf("title with a hole: %q", ev.Title)
		}
		if v := verbFirst.FindString(ev.Title); v != "" && len(ev.Evidence) > 0 {
			if m := openingWord.FindStringSubmatch(ev.Evidence[0].Text); m == nil || !strings.EqualFold(m[1], v) {
				t.Errorf("title opens with its verb, the subject left out: %q for %q", ev.Title, ev.Evidence[0].Text)
			}
		}
		if strings.Count(ev.Title, "“") != strings.Count(ev.Title, "”") || strings.Count(ev.Title, `"`)%2 == 1 {
			t.Errorf("title with a quotation left open: %q", ev.Title)
		}
		if r, _ := utf8.DecodeRuneInString(ev.Title); !(isUpperRune(ev.Title) || r == '“' || r == '"') {
			t.Errorf("title does not begin as a headline: %q", ev.Title)
		}
		label := strings.ToLower(ev.Label())
		if other, ok := labels[label]; ok {
			t.Errorf("label %q is both %q's and %q's", ev.Label(), other, ev.Title)
		}
		labels[label] = ev.Title
	}
}

// TestSeedTitles holds the draft of the seed article to a headline's
// shape, and statements to naming their speaker.
func TestSeedTitles(t *testing.T) {
	doc := importSeedArticle(t)
	checkTitles(t, doc)
	speakers := map[string]string{}
	for _, e := range doc.Entities {
		speakers[e.ID.String()] = e.Name
	}
	for _, q := range doc.Quotes {
		name := speakers[q.Speaker.String()]
		for _, ev := range doc.Events {
			if ev.ID == q.Event && name != "" && ev.Lane == timeline.LaneStatement {
				surname := name[strings.LastIndex(name, " ")+1:]
				if !strings.Contains(ev.Title, surname) {
					t.Errorf("statement %q does not name its speaker %s", ev.Title, name)
				}
			}
		}
	}
}
