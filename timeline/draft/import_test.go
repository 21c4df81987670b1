package draft

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/uuid"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/timex"
)

// importFile drafts a testdata file, its publication date from its
// metadata.
func importFile(t *testing.T, name string) *timeline.Document {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Import(context.Background(), Source{Name: name, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// docView answers questions about a draft in tests.
type docView struct {
	t   *testing.T
	doc *timeline.Document
}

func (v docView) entity(name string) *timeline.Entity {
	for i := range v.doc.Entities {
		if v.doc.Entities[i].Name == name {
			return &v.doc.Entities[i]
		}
	}
	return nil
}

func (v docView) eventWith(passage string) *timeline.Event {
	for i := range v.doc.Events {
		for _, s := range v.doc.Events[i].Evidence {
			if strings.Contains(s.Text, passage) {
				return &v.doc.Events[i]
			}
		}
	}
	v.t.Errorf("no event has %q in its evidence", passage)
	return nil
}

func (v docView) speakerOf(quote string) string {
	for _, q := range v.doc.Quotes {
		if strings.Contains(q.Text, quote) {
			for _, e := range v.doc.Entities {
				if e.ID == q.Speaker {
					return e.Name
				}
			}
			return "(none)"
		}
	}
	return "(no such quote)"
}

func TestImportHTML(t *testing.T) {
	doc := importFile(t, "testdata/summit.html")
	v := docView{t, doc}
	a := doc.Articles[0]
	if a.Title != "EU leaders agree on Ukraine aid after marathon summit" || a.Publisher != "The Daily Ledger" ||
		a.Published.String() != "2025-12-19T08:30" || a.URL != "https://ledger.example/world/eu-summit-ukraine-aid" {
		t.Errorf("metadata: title %q, publisher %q, published %s, URL %q", a.Title, a.Publisher, a.Published, a.URL)
	}
	for _, furniture := range []string{"cookies", "Share on X", "Related", "rights reserved", "console", "Leaders meet in Brussels", "By Anna Keller", "World", "Newsletter"} {
		if strings.Contains(a.Text, furniture) {
			t.Errorf("page furniture %q kept in the body", furniture)
		}
	}
	if !strings.HasPrefix(a.Text, "European Union leaders agreed early on Friday") || strings.Count(a.Text, "\n\n") != 5 {
		t.Errorf("body:\n%s", a.Text)
	}
	if ev := v.eventWith("agreed early on Friday"); ev != nil && ev.Date.Start.String() != "2025-12-19" {
		t.Errorf("Friday: %s", ev.Date.Human())
	}
	if ev := v.eventWith("had warned on Wednesday"); ev != nil && (ev.Date.Start.String() != "2025-12-17" || ev.Lane != timeline.LaneStatement || !strings.HasPrefix(ev.Title, "De Wever warns")) {
		t.Errorf("De Wever: %s %s %q", ev.Date.Human(), ev.Lane, ev.Title)
	}
	if ev := v.eventWith("next week"); ev != nil && (ev.Date.Start.String() != "2025-12-22" || ev.Date.End.String() != "2025-12-28" || !ev.Date.Approximate) {
		t.Errorf("next week: %s", ev.Date.Human())
	}
	for name, role := range map[string]string{
		"António Costa": "President of the European Council", "Bart De Wever": "Prime Minister of Belgium",
		"Viktor Orbán": "Prime Minister of Hungary", "Volodymyr Zelenskyy": "President of Ukraine",
	} {
		if e := v.entity(name); e == nil || e.Role != role || e.Kind != timeline.Person {
			t.Errorf("%s: %+v, want role %q", name, e, role)
		}
	}
	for quote, speaker := range map[string]string{
		"We have kept our promise": "António Costa", "a waste of European money": "Viktor Orbán",
		"support that saves lives": "Volodymyr Zelenskyy", // "he said"
	} {
		if got := v.speakerOf(quote); got != speaker {
			t.Errorf("%q said by %s, want %s", quote, got, speaker)
		}
	}
	if e := v.entity("Kremlin"); e == nil || e.Kind != timeline.Organisation {
		t.Errorf("Kremlin: %+v", e)
	}
}

func TestImportMarkdown(t *testing.T) {
	doc := importFile(t, "testdata/election.md")
	v := docView{t, doc}
	a := doc.Articles[0]
	if a.Title != "Opposition wins Czech election as turnout jumps" || a.Publisher != "Central European Wire" || a.Published.String() != "2025-10-05" {
		t.Errorf("front matter: %q %q %s", a.Title, a.Publisher, a.Published)
	}
	for _, markup := range []string{"---", "#", "*Prague*", "> ", "- The new"} {
		if strings.Contains(a.Text, markup) {
			t.Errorf("markup %q left in the text", markup)
		}
	}
	if strings.Contains(a.Text, "Opposition wins Czech election") {
		t.Error("the title heading is in the body")
	}
	for _, ev := range doc.Events {
		if strings.Contains(ev.Title, "What happens next") {
			t.Errorf("a heading became an event: %q", ev.Title)
		}
	}
	if ev := v.eventWith("won the Czech parliamentary election on Saturday"); ev != nil &&
		(ev.Date.Start.String() != "2025-10-04" || ev.Lane != timeline.LanePolitics || strings.HasPrefix(ev.Title, "Prague")) {
		t.Errorf("election: %s %s %q", ev.Date.Human(), ev.Lane, ev.Title)
	}
	if ev := v.eventWith("the highest since 1998"); ev != nil && ev.Date.Dated() {
		t.Errorf("“the highest since 1998” dated the event: %s", ev.Date.Human())
	}
	if ev := v.eventWith("by the end of the year"); ev != nil && ev.Date.Dated() {
		t.Errorf("a deadline dated the event: %s", ev.Date.Human())
	}
	for quote, speaker := range map[string]string{
		"We did not succeed": "Petr Fiala", "The voters have spoken": "Andrej Babiš", "We will govern for everyone": "Andrej Babiš",
	} {
		if got := v.speakerOf(quote); got != speaker {
			t.Errorf("%q said by %s, want %s", quote, got, speaker)
		}
	}
	if e := v.entity("Andrej Babiš"); e == nil || !strings.Contains(strings.Join(e.Aliases, ","), "Babiš") {
		t.Errorf("Babiš: %+v", e)
	}
}

// Re-importing the same text gives the same document, IDs included, so
// notes stay attached; another publication date gives other IDs.
func TestStableIDs(t *testing.T) {
	first, _ := timeline.Format(importSeedArticle(t))
	second, _ := timeline.Format(importSeedArticle(t))
	if !bytes.Equal(first, second) {
		t.Fatal("two imports of the same text differ")
	}
	other, err := Import(context.Background(), Source{Data: []byte(assets.ArticleText), Published: timeline.DayPoint(2026, 1, 7)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if other.Events[0].ID == importSeedArticle(t).Events[0].ID {
		t.Error("another publication date kept the event IDs")
	}
}

func TestBadInput(t *testing.T) {
	pub := timeline.DayPoint(2026, 1, 6)
	tests := []struct {
		name    string
		src     Source
		wantErr error
		wantMsg string
	}{
		{"empty", Source{Name: "a.txt", Published: pub}, ErrEmpty, "a.txt: no article text: the file is empty"},
		{"blank", Source{Name: "a.txt", Data: []byte(" \n\t\n"), Published: pub}, ErrEmpty, "a.txt: no article text"},
		{"binary", Source{Name: "a.bin", Data: []byte("PK\x03\x04\x00\x00"), Published: pub}, ErrBinary, "a.bin: looks binary, not text: NUL byte at offset 4 (line 1, column 5)"},
		{"control characters", Source{Data: bytes.Repeat([]byte("\x01\x02ab"), 100), Published: pub}, ErrBinary, "input: looks binary"},
		{"invalid UTF-8", Source{Name: "a.txt", Data: []byte("One line.\nTwo \xff lines."), Published: pub}, ErrInvalidUTF8, "a.txt: invalid UTF-8 at byte offset 14 (line 2, column 5)"},
		{"invalid UTF-8 in HTML", Source{Name: "a.html", Data: []byte("<meta charset=utf-8><p>caf\xe9</p>"), Published: pub}, ErrInvalidUTF8, "a.html: invalid UTF-8 at byte offset 26 (line 1, column 27)"},
		{"page without text", Source{Name: "a.html", Data: []byte("<html><nav>Home</nav><script>x()</script></html>"), Published: pub}, ErrEmpty, "a.html: no article text: nothing readable in the html"},
		{"too large", Source{Name: "big.txt", Data: make([]byte, MaxInputSize+1), Published: pub}, ErrTooLarge, "big.txt: 8388609 bytes is larger than the importer reads (8 MB)"},
		{"too many sentences", Source{Name: "dots.txt", Data: bytes.Repeat([]byte("Yes. "), MaxEvents+10), Published: pub}, ErrTooMany, "dots.txt: sentence 50001 (byte offset 250000): more than 50000 events"},
		{"no publication date", Source{Name: "a.txt", Data: []byte("He said so on Monday.")}, ErrNoPublished, "a.txt: no publication date"},
		{"month-precision publication date", Source{Name: "a.txt", Data: []byte("Text."), Published: timeline.MonthPoint(2026, 1)}, nil, "a.txt: publication date 2026-01 needs a day"},
	}
	for _, tt := range tests {
		_, err := Import(context.Background(), tt.src, nil)
		if err == nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) || !strings.HasPrefix(err.Error(), tt.wantMsg) {
			t.Errorf("%s: error %v; want %v, %q", tt.name, err, tt.wantErr, tt.wantMsg)
		}
	}
}

func TestWindowsLineEndsAndBOM(t *testing.T) {
	doc, err := Import(context.Background(), Source{Data: []byte("\uFEFFThe talks began on Monday.\r\nThey ended on Tuesday.\r\n"), Published: timeline.DayPoint(2026, 1, 6)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Articles[0].Text; got != "The talks began on Monday.\nThey ended on Tuesday.\n" {
		t.Errorf("text %q", got)
	}
	if len(doc.Events) != 2 || doc.Events[0].Date.Start.String() != "2026-01-05" || doc.Events[1].Date.Start.String() != "2026-01-06" {
		t.Errorf("events: %+v", doc.Events)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Import(ctx, Source{Data: []byte(assets.ArticleText), Published: timeline.DayPoint(2026, 1, 6)}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	// Cancelled half way through a long article.
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	long := strings.Repeat(assets.ArticleText+"\n\n", 200)
	calls := 0
	_, err = Import(ctx, Source{Data: []byte(long), Published: timeline.DayPoint(2026, 1, 6)}, func(done, total int) {
		if calls++; done > total/3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v after cancelling at a third", err)
	}
}

func TestProgress(t *testing.T) {
	long := strings.Repeat(assets.ArticleText+"\n\n", 100)
	var reports [][2]int
	_, err := Import(context.Background(), Source{Data: []byte(long), Published: timeline.DayPoint(2026, 1, 6)}, func(done, total int) {
		reports = append(reports, [2]int{done, total})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(reports) < 5 {
		t.Fatalf("only %d progress reports", len(reports))
	}
	for i, r := range reports {
		if r[1] != reports[0][1] || r[0] > r[1] || i > 0 && r[0] < reports[i-1][0] {
			t.Fatalf("report %d: %v after %v", i, r, reports[max(0, i-1)])
		}
	}
	if last := reports[len(reports)-1]; last[0] != last[1] || reports[0][0] != 0 {
		t.Errorf("first report %v, last %v", reports[0], last)
	}
	// Each of the four passes reports as it goes.
	var quarters [4]int
	for _, r := range reports[1 : len(reports)-1] {
		quarters[min(3, 4*r[0]/r[1])]++
	}
	if slices.Contains(quarters[:], 0) {
		t.Errorf("reports per quarter of the work: %v", quarters)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Mr. Smith went to Washington. He met Gen. Jones there.", "Mr. Smith went to Washington.|He met Gen. Jones there."},
		{"Donald J. Trump spoke. The U.S. Army listened.", "Donald J. Trump spoke.|The U.S. Army listened."},
		{"The deal was struck in the U.S. The talks end Jan. 6 in Paris.", "The deal was struck in the U.S.|The talks end Jan. 6 in Paris."},
		{"He said: “It is over. We won.” Then he left.", "He said: “It is over. We won.”|Then he left."},
		{"“No,” he said. “Never.”", "“No,” he said.|“Never.”"},
		{"Prices rose 3.5% in Sept. last year. Wow!", "Prices rose 3.5% in Sept. last year.|Wow!"},
		{"Is it true? yes, he said.", "Is it true? yes, he said."},
		{"Apple Inc. The company said so.", "Apple Inc.|The company said so."},
	}
	for _, tt := range tests {
		toks := tokenize(nil, tt.text, 0, len(tt.text))
		var got []string
		for _, s := range splitSentences(nil, tt.text, toks, findQuotes(tt.text, 0, len(tt.text)), 0) {
			got = append(got, tt.text[s.start:s.end])
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q\n got %q\nwant %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

func TestDates(t *testing.T) {
	pub := timeline.DayPoint(2026, 1, 6)
	tests := []struct {
		sentence, start, end string
		approximate          bool
		expression           string
	}{
		{"They met last week.", "2025-12-29", "2026-01-04", true, "last week"},
		{"Fighting raged over the weekend.", "2026-01-03", "2026-01-04", false, "the weekend"},
		{"Sales fell in the second quarter.", "2025-04", "2025-06", false, "the second quarter"},
		{"The army is now in control.", "2026-01-06", "", true, "now"},
		{"Talks have gone on since November.", "2025-11", "2026-01-06", false, "since November"},
		{"The festival ran from Jan. 3 to Jan. 5.", "2026-01-03", "2026-01-05", false, "from Jan. 3 to Jan. 5"},
		{"It happened in early December.", "2025-12", "", true, "early December"},
		{"Music of the 1990s.", "1990", "1999", false, "the 1990s"},
		{"He spoke at 8 p.m. on Monday.", "2026-01-05T20:00", "", false, "8 p.m. on Monday"},
		// A span up to publication, not the calendar week or month before.
		{"The stock has fallen over the past week.", "2025-12-30", "2026-01-06", true, "over the past week"},
		{"He has been in Bethesda for the last month.", "2025-12-06", "2026-01-06", true, "for the last month"},
		{"Hate groups grew over the past year.", "2025", "", false, "the past year"}, // as TimeBank reads it
	}
	for _, tt := range tests {
		d, ok := dateOf(tt.sentence, timex.Tag(tt.sentence, pub.Time), pub)
		if !ok || d.Start.String() != tt.start || d.End.String() != tt.end || d.Approximate != tt.approximate || d.Expression != tt.expression {
			t.Errorf("%q: %s – %s approximate=%v %q; want %s – %s %v %q", tt.sentence, d.Start, d.End, d.Approximate, d.Expression, tt.start, tt.end, tt.approximate, tt.expression)
		}
	}
	if _, ok := dateOf("It took two years.", timex.Tag("It took two years.", pub.Time), pub); ok {
		t.Error("a duration gave a date")
	}
}

func TestImportPlainText(t *testing.T) {
	data, err := os.ReadFile("testdata/ceasefire.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Import(context.Background(), Source{Name: "ceasefire.txt", Data: data, Published: timeline.DayPoint(2025, 1, 16)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := docView{t, doc}
	if doc.Title != "Israel and Hamas agree to ceasefire in Gaza after Qatar-mediated talks" || doc.Articles[0].Text != string(data) {
		t.Errorf("title %q, or the text changed", doc.Title)
	}
	tests := []struct {
		passage, start, end, lane, titlePrefix string
	}{
		{"agreed on Wednesday to a ceasefire", "2025-01-15", "", "diplomacy", "Israel and Hamas agreed to a ceasefire in Gaza"}, // dateline dropped
		{"announced the deal", "2025-01-15", "", "statement", "Al Thani announces the deal"},                                    // the day of the news before
		{"Both sides have accepted", "2025-01-15", "", "statement", "Al Thani: “Both sides"},                                    // "he said", at the news conference
		{"He added that the first phase", "2025-01-15", "", "statement", "Blinken tells reporters"},                             // joins Blinken's event, of the day of the news
		{"take effect on Sunday", "2025-01-19", "", "diplomacy", "The truce is set to take effect"},
		{"had demanded guarantees", "", "", "security", "Netanyahu had demanded"},
		{"The war began on Oct. 7, 2023", "2023-10-07", "", "security", "The war began"},
		{"Oil prices fell", "2025-01-15", "", "economy", "Oil prices fell 1.5%"},            // two clauses,
		{"markets in Tel Aviv rallied", "2025-01-16", "", "economy", "Markets in Tel Aviv"}, // two dates
	}
	for _, tt := range tests {
		ev := v.eventWith(tt.passage)
		if ev == nil {
			continue
		}
		if ev.Date.Start.String() != tt.start || ev.Date.End.String() != tt.end || string(ev.Lane) != tt.lane || !strings.HasPrefix(ev.Title, tt.titlePrefix) {
			t.Errorf("%q: %s %s %q; want %s %s %q", tt.passage, ev.Date.Human(), ev.Lane, ev.Title, tt.start, tt.lane, tt.titlePrefix)
		}
	}
	if ev := v.eventWith("had demanded"); ev != nil && ev.Date.Before.String() != "2025-01-16" {
		t.Errorf("past perfect: %s", ev.Date.Human())
	}
	for name, role := range map[string]string{
		"Mohammed bin Abdulrahman Al Thani": "Prime Minister of Qatar", "Antony Blinken": "Secretary of State of the United States",
		"Benjamin Netanyahu": "Prime Minister of Israel", "Foreign Minister of Egypt": "Foreign Minister of Egypt",
	} {
		if e := v.entity(name); e == nil || e.Role != role {
			t.Errorf("%s: %+v, want role %q", name, e, role)
		}
	}
	if got := v.speakerOf("crossings open"); got != "Foreign Minister of Egypt" {
		t.Errorf("“We will keep the crossings open” said by %s", got)
	}
}

func TestSkipOpening(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"But despite this apparent progress, it remains hard", "it remains hard"},
		{"That said, talks have accelerated", "talks have accelerated"},
		{"Instead the twin shadows hung over talks", "the twin shadows hung over talks"},
		{"Despite this,", "Despite this,"}, // nothing after the comma: kept
		{"After that, but", "but"},
	}
	for _, tt := range tests {
		toks := tokenize(nil, tt.clause, 0, len(tt.clause))
		from := skipOpening(toks, 0, len(toks), nil)
		if got := tt.clause[toks[from].start:]; got != tt.want {
			t.Errorf("%q: headline starts %q, want %q", tt.clause, got, tt.want)
		}
	}
}

func TestExtractHTML(t *testing.T) {
	long := strings.Repeat("The minister spoke to parliament about the budget at length. ", 5)
	tests := []struct {
		name, page                         string
		wantText, wantTitle, wantPublished string
	}{
		{
			"densest block without article or main",
			`<html><head><title>Budget row | Paper</title><script type="application/ld+json">[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2025-03-04","headline":"Budget row deepens"}]</script></head>` +
				`<body><div class="menu"><p>Home</p></div><div id="content"><p>` + long + `</p><p>Second paragraph.</p></div><div><p>Short aside.</p></div></body></html>`,
			strings.TrimSpace(long) + "\n\nSecond paragraph.", "Budget row deepens", "2025-03-04",
		},
		{
			"itemprop articleBody, time element, title tag",
			`<html><head><title>Storm hits coast - Daily</title></head><body><div itemprop="articleBody"><p>Wind <b>and</b> rain<br>hit the coast.</p>` +
				`<p>Details <a href="#">here</a>, <time datetime="2024-11-02T18:00">Saturday</time>.</p></div><p>Other stuff.</p></body></html>`,
			"Wind and rain\n\nhit the coast.\n\nDetails here, Saturday.", "Storm hits coast", "2024-11-02T18:00",
		},
		{
			"windows-1252 declared",
			"<html><head><meta charset=\"windows-1252\"><meta name=\"date\" content=\"2025-01-02\"></head><body><article><p>Caf\xe9 \x93owners\x94 said so.</p></article></body></html>",
			"Café “owners” said so.", "", "2025-01-02",
		},
	}
	for _, tt := range tests {
		ex, err := ExtractHTML([]byte(tt.page))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if ex.Text != tt.wantText || ex.Title != tt.wantTitle || ex.Published.String() != tt.wantPublished {
			t.Errorf("%s:\n text %q\ntitle %q published %s\n want %q, %q, %s", tt.name, ex.Text, ex.Title, ex.Published, tt.wantText, tt.wantTitle, tt.wantPublished)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, data string
		want       Format
	}{
		{"a.html", "anything", HTML},
		{"a.MD", "anything", Markdown},
		{"a.txt", "<html>", Text},
		{"", "  <!DOCTYPE html><html>", HTML},
		{"", "<div><p>x</p></div>", HTML},
		{"", "# Title\n\nSome *text* with a [link](http://x).\n", Markdown},
		{"", "Plain text. With a # sign and 3 * 4.", Text},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("%q %q: %s, want %s", tt.name, tt.data, got, tt.want)
		}
	}
}

// Imports may run at once (the window drafts in the background): they
// share only the read-only gazetteer.
func TestConcurrentImports(t *testing.T) {
	want, _ := timeline.Format(importSeedArticle(t))
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			doc, err := Import(context.Background(), Source{Name: "article.txt", Data: []byte(assets.ArticleText), Published: timeline.DayPoint(2026, 1, 6)}, nil)
			if err == nil {
				if got, _ := timeline.Format(doc); !bytes.Equal(got, want) {
					err = errors.New("a concurrent import differs")
				}
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		text, quote, speaker, audience string
	}{
		{"“We will not give up,” said Polish Prime Minister Donald Tusk.", "We will not give up", "Donald Tusk", ""},
		{"“We will not give up,” Polish Prime Minister Donald Tusk said on Monday.", "We will not give up", "Donald Tusk", ""},
		{"Polish Prime Minister Donald Tusk: “We will not give up.”", "We will not give up.", "Donald Tusk", ""},
		{"Polish Prime Minister Donald Tusk told TV2 that “we will not give up.”", "we will not give up.", "Donald Tusk", "TV2"},
		{"Polish Prime Minister Donald Tusk spoke in Warsaw. “We will not give up,” he said.", "We will not give up", "Donald Tusk", ""},
		{"The deal is “a disgrace for everyone involved in it,” according to Polish Prime Minister Donald Tusk.", "a disgrace for everyone involved in it", "Donald Tusk", ""},
		{"In an interview with CNN, Polish Prime Minister Donald Tusk said the plan was “dead.”", "dead.", "Donald Tusk", "CNN"},
		// Wire copy's TeX marks: only '' closes, not the apostrophe of "I'm".
		{"``Today, I'm here to tell you we have our suspect,'' said Bernard Tolbert.", "Today, I'm here to tell you we have our suspect", "Bernard Tolbert", ""},
		{"The so-called “coalition of the willing” met.", "", "", ""}, // a name, not a quote
		{"Europe wants “security guarantees.”", "", "", ""},           // a term: too short, no speaker
	}
	for _, tt := range tests {
		doc, err := Import(context.Background(), Source{Data: []byte(tt.text), Published: timeline.DayPoint(2026, 1, 6)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tt.quote == "" {
			if len(doc.Quotes) != 0 {
				t.Errorf("%q: quotes %q, want none", tt.text, doc.Quotes[0].Text)
			}
			continue
		}
		name := map[any]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Text != tt.quote || name[doc.Quotes[0].Speaker] != tt.speaker || name[doc.Quotes[0].Audience] != tt.audience {
			var got []string
			for _, q := range doc.Quotes {
				got = append(got, q.Text+" / "+name[q.Speaker]+" / "+name[q.Audience])
			}
			t.Errorf("%q: quotes %q; want %q by %q to %q", tt.text, got, tt.quote, tt.speaker, tt.audience)
		}
	}
}

// TestShortQuotations: a quotation of one or two words is a quote only
// when someone said it: an utterance of its own, or words a speech verb
// reports; not a name someone was called, a word cited, a modifier in a
// noun phrase or a capitalised name.
func TestShortQuotations(t *testing.T) {
	tests := []struct {
		text, quote, speaker string // quote "": none kept
	}{
		// Said.
		{"Donald Trump told NBC News on Monday that he was “very serious” about Greenland.", "very serious", "Donald Trump"},
		{"Volodymyr Zelenskyy said that a peace deal is “90%” there.", "90%", "Volodymyr Zelenskyy"},
		{"“Absolutely,” Senator Bernie Sanders said.", "Absolutely", "Bernie Sanders"},
		{"Donald Trump said he would “absolutely” require a registry.", "absolutely", "Donald Trump"},
		{"The summit accomplished “too little,” Matteo Renzi added on Twitter.", "too little", "Matteo Renzi"},
		{"Bernie Sanders said Donald Trump was “absolutely right” on trade.", "absolutely right", "Bernie Sanders"},
		{"Marco Rubio said Barack Obama is “obsessed” with guns.", "obsessed", "Marco Rubio"},
		{"Sheldon Adelson said he found Donald Trump to be “very charming” in person.", "very charming", "Sheldon Adelson"},
		{"Howard Dean said he would “never” diagnose anyone on television.", "never", "Howard Dean"},
		{"Chris Wallace then asked, “With nukes?”", "With nukes?", "Chris Wallace"},
		// Not said: what someone was called, words cited, modifiers, names.
		{"Bernie Sanders called Donald Trump a “pathological liar.”", "", ""},
		{"Chris Christie blasted Hillary Clinton as a “disgrace” on Wednesday.", "", ""},
		{"Hillary Clinton said she would stop using the words “illegal immigrant” this year.", "", ""},
		{"Donald Trump said the “pivot” line was wrong.", "", ""},
		{"Donald Trump said the “Great Game” was over.", "", ""},
		{"Europe wants “security guarantees.”", "", ""},
		// Noun phrases: terms someone used, not statements.
		{"Hillary Clinton talked up her “50-state strategy” in Ohio.", "", ""},
		{"Bernie Sanders said his supporters would stand up to the “billionaire class” in Iowa.", "", ""},
		{"Jeb Bush tweeted Monday that Donald Trump is a “loser.”", "", ""},
		{"Donald Trump tweeted that Alicia Machado was “a con” and a liar.", "", ""},
		{"Michael Flynn said Donald Trump has “enormous respect” for the military.", "", ""},
		{"Paul Manafort said Donald Trump has “several ways” of reaching the number.", "", ""},
		{"Hillary Clinton said she would make “positive changes” in people’s lives.", "", ""},
		{"Bernie Sanders said the four “loopholes” were unfair.", "", ""},
	}
	for _, tt := range tests {
		doc, err := Import(context.Background(), Source{Data: []byte(tt.text), Published: timeline.DayPoint(2026, 1, 6)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		name := map[any]string{}
		for _, e := range doc.Entities {
			name[e.ID] = e.Name
		}
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, q.Text+" / "+name[q.Speaker])
		}
		var want []string
		if tt.quote != "" {
			want = []string{tt.quote + " / " + tt.speaker}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: quotes %q, want %q", tt.text, got, want)
		}
	}
}

// TestNewsDay: a statement or clause in the past tense whose sentence
// names no date takes the day of the news before it, in its paragraph or
// the one before, or further on after clauses that tell the same day; not
// after a passage of no particular time, a period or another time, except
// a statement in a story of one day of news, after background that is not
// just before it;
// not when its sentence has date words of its own (in a quotation too), and
// not in the present or the present perfect.
func TestNewsDay(t *testing.T) {
	tests := []struct {
		text    string
		passage string // of the statement
		want    string // its date; "" undated
	}{
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nQatar’s prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, announced the deal at a news conference in Doha.",
			"announced the deal", "2026-01-14"},
		{"U.S. Secretary of State Madeleine Albright headed Tuesday to East Africa. The head of the FBI investigation in Dar es Salaam, Kenneth Piernick, said the bureau has questioned more than 100 people there.",
			"Kenneth Piernick, said", "2026-01-13"},
		{"A bomb exploded outside the U.S. Embassy in Nairobi on Friday.\nThe blast was so powerful that it shook furniture in homes a mile away.",
			"it shook furniture", "2026-01-09"},
		// The present perfect speaks of no particular time.
		{"Danish Prime Minister Mette Frederiksen said much the same Monday.\nEuropean powers have made it clear they would deeply oppose such a move by Washington.",
			"have made it clear", ""},
		// A participle after a present form is not the past.
		{"Danish Prime Minister Mette Frederiksen said much the same Monday.\nMany experts believe that this would spell the end of the alliance and mark a new nadir for transatlantic ties that are already strained under Trump.",
			"Many experts believe", ""},
		// Further on, after clauses that tell the same day.
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nQatar’s prime minister announced the deal at a news conference.\n\nThe three negotiators shook hands in Doha.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", "2026-01-14"},
		// A statement without a resolved speaker.
		{"Poland, Hungary and the Czech Republic formally joined NATO on Wednesday.\n\nThe three foreign ministers signed the papers in Independence.\n\nIn speeches before the ceremony, the ministers said their countries saw membership as an assurance of security.",
			"the ministers said", "2026-01-14"},
		// The speech verb a participle after a verb in the past.
		{"Poland, Hungary and the Czech Republic formally joined NATO on Wednesday.\n\nMartonyi called the admission a return home, saying: \"It has been our destiny.\"",
			"Martonyi called", "2026-01-14"},
		// A plan of a later day between: the story stays with its news.
		{"Castro said on Wednesday that the boy's father offered to travel alone.\n\nThe group would be ready to leave for the United States as soon as Saturday.\n\nAn aide showed the letter on state television.",
			"An aide showed the letter", "2026-01-14"},
		// The lead, before the story gives its day.
		{"The grandmother of Elian Gonzalez said she is willing to go to Miami.\n\nFidel Castro on Wednesday called the decision a victory.",
			"The grandmother of Elian Gonzalez said", "2026-01-14"},
		{"The Justice Department is reviewing whether alcohol-related violations warrant moving the boy.\n\nFidel Castro on Wednesday called the decision a victory.",
			"The Justice Department is reviewing", ""},
		{"The grandmother of Elian Gonzalez said she is willing to go to Miami.\n\nThe boy is six.\n\nFidel Castro on Wednesday called the decision a victory.",
			"The grandmother of Elian Gonzalez said", ""},
		// A paragraph of no particular time between: a clause has left the
		// news, a statement goes on from the lead's day (leadDay)...
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nThe war has killed tens of thousands.\n\nThe three negotiators shook hands in Doha.",
			"The three negotiators shook hands", ""},
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nThe war has killed tens of thousands.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", "2026-01-14"},
		// ... unless the story has told of another day since.
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nThe cabinet met on Tuesday.\n\nThe war has killed tens of thousands.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", ""},
		// ... or the lead tells no day of the news.
		{"Israel and Hamas agreed in 2024 to a ceasefire in Gaza.\n\nThe war has killed tens of thousands.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", ""},
		// Another time between, just before: the story has gone back.
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nThe talks began in 2024 in Doha.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", ""},
		// A state up to publication just before is no other time.
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nThe war has killed tens of thousands.\n\nGaza has been under blockade since 2007.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", "2026-01-14"},
		// Further back, background the story has come back from.
		{"Israel and Hamas agreed on Wednesday to a ceasefire in Gaza.\n\nThe talks have gone on since they began in 2024 in Doha.\n\nThe war has killed tens of thousands.\n\nAntony Blinken told reporters that the deal was a moment of hope.",
			"Antony Blinken told reporters", "2026-01-14"},
		// A participle after "is … and", a past form in a relative clause.
		{"Ukraine’s president called the meeting an opportunity in a statement Saturday.\nThe territory is owned and governed by Denmark.",
			"The territory is owned", ""},
		{"Ukraine’s president called the meeting an opportunity in a statement Saturday.\nAfter months of talks it remains hard to bridge the fears held by Ukraine.",
			"it remains hard", ""},
		// A duration names no other time.
		{"The Pentagon sent two more carriers on Thursday.\n``We are going to maintain our forces in the region for the foreseeable future,'' said spokesman Kenneth Bacon.",
			"said spokesman Kenneth Bacon", "2026-01-15"},
		{"Ukraine’s president called the meeting an opportunity in a statement Saturday.\nThis has only been complicated by the attack — which the United Nations said undermined international law.",
			"This has only been complicated", ""},
		// After a period, not a day.
		{"Talks to end the war in Ukraine have accelerated since November, with a frenzy of shuttle diplomacy.\nVolodymyr Zelenskyy said that a peace deal is nearly there, albeit suggesting that the final steps are the hardest.",
			"Volodymyr Zelenskyy said", ""},
		// Date words of its own, in a quotation: "today" is the day the
		// speaker spoke, another date what they speak of.
		{"The Immigration and Naturalization Service decided on Wednesday that the boy should go home.\n``Today is a sad day for the US Constitution,'' said Roger Bernstein, representing the Miami family.",
			"said Roger Bernstein", "2026-01-15"},
		{"The Immigration and Naturalization Service decided on Wednesday that the boy should go home.\n``We will appeal in March,'' said Roger Bernstein, representing the Miami family.",
			"said Roger Bernstein", ""},
		// "Today" further on in the speaker's words, and in a sentence of
		// the quotation alone.
		{"``Security is tight,'' said Marilynn Buckham, a sponsor of the ceremony. ``But it's not tonight we're worried about.''",
			"said Marilynn Buckham", "2026-01-15"},
		{"``Once again, I never asked anybody to do anything but tell the truth. I know about the stories today.''",
			"I know about the stories", "2026-01-15"},
		{"``Security is tight,'' said Marilynn Buckham, a sponsor of the ceremony. ``But the vote was in March.''",
			"said Marilynn Buckham", ""},
		// The present tense.
		{"The Immigration and Naturalization Service decided on Wednesday that the boy should go home.\nCuban exiles in Miami say the boy’s mother died to give him freedom.",
			"Cuban exiles in Miami say", ""},
	}
	for _, tt := range tests {
		checkDate(t, timeline.DayPoint(2026, 1, 15), tt.text, tt.passage, tt.want)
	}
}

// TestBackstory: a clause in the simple past without a date, right after
// an event of an earlier month or year, is of that time; not a statement,
// not after a day, not in the present, not two paragraphs on.
func TestBackstory(t *testing.T) {
	tests := []struct {
		text, passage, want string
	}{
		{"Elian's mother set off from Cuba in late November.\n\nShe died trying to get Elian and herself to the United States.",
			"She died trying", "2025-11"},
		{"The clinic was first attacked in 1992.\nA federal judge removed Vacco from the case.",
			"A federal judge removed", "1992"},
		// Someone speaking: news of the day.
		{"The embargo began in 1959.\nCommittee sources said that the subpoena stands.",
			"Committee sources said", ""},
		// After a day: the story goes on from its news, not an older day.
		{"The judge ruled on Oct. 3, 2023.\nHe was replaced with two special prosecutors.",
			"He was replaced", ""},
		// The present tense.
		{"The law passed in 1994.\nIt makes it a Federal crime to blockade an abortion clinic.",
			"It makes it", ""},
		// Two paragraphs on.
		{"The law passed in 1994.\n\nThe clinic is closed.\n\nA federal judge removed Vacco from the case.",
			"A federal judge removed", ""},
	}
	for _, tt := range tests {
		checkDate(t, timeline.DayPoint(2026, 1, 15), tt.text, tt.passage, tt.want)
	}
}

// checkDate imports text published on the day published and checks that
// the event whose evidence has passage starts at want ("" for undated).
func checkDate(t *testing.T, published timeline.Point, text, passage, want string) {
	t.Helper()
	doc := importText(t, text, published)
	ev := docView{t, doc}.eventWith(passage)
	if ev == nil {
		t.Errorf("%q: no event with %q", text, passage)
		return
	}
	if got := ev.Date.Start.String(); got != want {
		t.Errorf("%q: %q dated %q (%s), want %q", text, passage, got, ev.Date.Resolution, want)
	}
}

// TestBareTimes: a time of day that names no day is of the day of the news
// just before it, else it does not date its event; with "today" it is of
// the day of publication.
func TestBareTimes(t *testing.T) {
	tests := []struct {
		text    string
		passage string
		want    string // the event's start; "" undated
	}{
		{"A bomb exploded outside the U.S. Embassy in Nairobi on Friday.\nThe blast in Nairobi occurred at about 10:35 a.m.",
			"The blast in Nairobi occurred", "2026-01-16T10:35"},
		{"A jogger observed Kopp's car at 6 a.m. near Slepian's home, and wrote down the license plate number.",
			"A jogger observed", ""},
		{"The polls close at 8 p.m. today, election officials said.",
			"The polls close", "2026-01-17T20:00"},
	}
	for _, tt := range tests {
		checkDate(t, timeline.DayPoint(2026, 1, 17), tt.text, tt.passage, tt.want)
	}
}

// TestNounEvents: an event named by a noun with a date of its own inside
// another event's sentence is an event at that date, with each passage
// naming it again as evidence; not a thing a date describes, nor an event
// the sentence's own event is already dated by.
func TestNounEvents(t *testing.T) {
	type want struct{ title, date string }
	tests := []struct {
		text string
		want []want // the noun events, in order
	}{
		{"The Canadian warrant issued Monday charged Kopp with attempted murder in the 1995 shooting of Dr. Hugh Short, who was wounded in the elbow.",
			[]want{{"The 1995 shooting of Dr. Hugh Short", "1995"}}},
		{"Madeleine Albright said on Tuesday that she was heartened by cooperation in probing into last Friday's bombings of U.S. embassies.",
			[]want{{"Last Friday's bombings of U.S. embassies", "2026-01-09"}}},
		{"It was the deadliest attack since the January 1998 bombing of a Birmingham, Ala., clinic, police said Monday.",
			[]want{{"The January 1998 bombing", "1998-01"}}},
		// Named again: one event, two passages.
		{"The FBI said on Tuesday it was making progress on the Aug. 7 bombings.\nThe State Department on Sunday warned travelers in the aftermath of the Aug. 7 bombings.",
			[]want{{"The Aug. 7 bombings", "2025-08-07"}}},
		// The date after the noun's phrase.
		{"Another man has been arrested in connection with the bombings of U.S. embassies in Kenya and Tanzania last year that killed 224 people, police said today.",
			[]want{{"The bombings of U.S. embassies in Kenya and Tanzania", "2025"}}},
		{"The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania Friday.",
			[]want{{"Two terrorist bomb attacks in Kenya and Tanzania", "2026-01-09"}}},
		// Its name and adjectives; no preposition of its date left.
		{"The turnout was higher than in the joint primary of 2008, officials said Monday.",
			[]want{{"The joint primary", "2008"}}},
		{"Tune in tonight for the final State of the Union address at 9 p.m., officials said Wednesday.",
			[]want{{"State of the Union address", "2026-01-14T21:00"}}},
		// Not across a change from one figure to another.
		{"Maricopa County cut polling places from 400 in the contested primary of 2008 to 60 this year, officials said Monday.",
			[]want{{"The contested primary", "2008"}}},
		// Not a gerund, nor a date of what follows it.
		{"Across the state, Republicans began meeting at 10 a.m., officials said Sunday.", nil},
		{"Our audience was larger than 58 of 61 debates in the 2008 and 2012 cycles, officials said Monday.", nil},
		// The sentence's own date: one event.
		{"The Aug. 7 bombings at U.S. embassies in Kenya and Tanzania killed 224 people.", nil},
		{"That candidate would assume office and run in a special election in November.", nil},
		// A thing, not an event.
		{"The last British climbing member of the 1953 team, Mike Westmacott, died last June.", nil},
	}
	for _, tt := range tests {
		doc, err := Import(context.Background(), Source{Data: []byte(tt.text), Published: timeline.DayPoint(2026, 1, 14)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		sentences := strings.Split(tt.text, "\n")
		for _, ev := range doc.Events {
			if len(ev.Evidence) > 0 && !slices.Contains(sentences, strings.TrimSpace(ev.Evidence[0].Text)) {
				got = append(got, want{ev.Title, ev.Date.Start.String()})
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: noun events %v, want %v", tt.text, got, tt.want)
		}
	}
	doc, err := Import(context.Background(), Source{Data: []byte(tests[3].text), Published: timeline.DayPoint(2026, 1, 14)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range doc.Events {
		if ev.Title == "The Aug. 7 bombings" && len(ev.Evidence) != 2 {
			t.Errorf("the Aug. 7 bombings: %d passages of evidence, want 2", len(ev.Evidence))
		}
	}
	// A relative clause on the noun's phrase tells of the same occasion.
	doc, err = Import(context.Background(), Source{Data: []byte(tests[0].text), Published: timeline.DayPoint(2026, 1, 14)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range doc.Events {
		if ev.Title == "The 1995 shooting of Dr. Hugh Short" {
			if want := "the 1995 shooting of Dr. Hugh Short, who was wounded in the elbow"; len(ev.Evidence) == 0 || ev.Evidence[0].Text != want {
				t.Errorf("the 1995 shooting: evidence %+v, want %q", ev.Evidence, want)
			}
		}
	}
}

// TestEndsWithAbbrev: a title keeps the full stop of an abbreviation it
// ends with, and only that one.
func TestEndsWithAbbrev(t *testing.T) {
	for s, want := range map[string]bool{
		"The curfew ends at 6 a.m.":       true,
		"The profit was made in the U.S.": true,
		"Washington, D.C.":                true,
		"It acquired Seagram Co.":         true,
		"Sotheby's Holdings Inc.":         true,
		"He left.":                        false,
		"Plan B.":                         false,
		"It was 5 p.m":                    false,
		"Voters said no.":                 false,
		"":                                false,
	} {
		if got := endsWithAbbrev(s); got != want {
			t.Errorf("endsWithAbbrev(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTidyTitleMarks: a closing mark that closes nothing in the title is
// dropped, and so are the invisible marks of text direction.
func TestTidyTitleMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"He was very effective.''", "He was very effective"},
		{"Chrabaszcz” was among the party’s “basement dwellers”", "Chrabaszcz was among the party’s “basement dwellers”"},
		{"Doing so ”appeared to be an attempt", "Doing so “appeared to be an attempt"},
		{"Doing so”appeared to be an attempt", "Doing so appeared to be an attempt"},
		{"”, I ask you to do for Clinton what you did for me.''", "I ask you to do for Clinton what you did for me"},
		{"Ryan: “I’ve invited \u202a@realDonaldTrump for a meeting”", "Ryan: “I’ve invited @realDonaldTrump for a meeting”"},
		{"Balanced “words” stay", "Balanced “words” stay"},
		{"Cruz called the KKK “abhorrent“ in a tweet", "Cruz called the KKK “abhorrent” in a tweet"},
		{"“It's unusual,“ said Noble", "“It's unusual,” said Noble"},
	} {
		if got := tidyTitle(tt.in); got != tt.want {
			t.Errorf("tidyTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestShortFromTitle: a label of a title's first words closes the
// quotation it cuts open after its ellipsis, without the comma before.
func TestShortFromTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Harris: “In reading history, it is those countries with militaries…”", "Harris: “In reading history…”"},
		{"“And I do think that it will make a very big difference…”", "“And I do think…”"},
		{"The FBI has not yet released them", "The FBI has…"},
		{"Trump is wrong", "Trump is wrong"},
	} {
		if got := shortFromTitle(tt.in); got != tt.want {
			t.Errorf("shortFromTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCutDangling: a title cut at its length ends on no function word,
// title of a person, verb without its complement or possessive without
// its noun, however many come in a row.
func TestCutDangling(t *testing.T) {
	for _, tt := range []struct{ in, at, want string }{
		{"Axelrod says Mrs. Clinton would do well to begin “building bridges” to Mr. Sanders", "Sanders",
			"Axelrod says Mrs. Clinton would do well to begin “building bridges”…"},
		{"Both of Trump's remaining rivals for the GOP nomination criticized his handling of the incident", "handling",
			"Both of Trump's remaining rivals for the GOP nomination criticized…"},
		{"The father of a first-grader killed at Sandy Hook Elementary School is suing the state", "suing",
			"The father of a first-grader killed at Sandy Hook Elementary School…"},
		{"Majorities of Democrats say they would be happy with Clinton", "happy", "Majorities of Democrats say they…"},
	} {
		if got := cut(tt.in, strings.Index(tt.in, tt.at)); got != tt.want {
			t.Errorf("cut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCloseQuotation: a title that opens a quotation closes it, after an
// ellipsis; a mark that opens nothing at its end is dropped.
func TestCloseQuotation(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Obama calls Burma a “good news story", "Obama calls Burma a “good news story…”"},
		{"Bush adds \"at the same time, we think he is someone", "Bush adds \"at the same time, we think he is someone…\""},
		{"Trump says Putin has “been a leader far more…", "Trump says Putin has “been a leader far more…”"},
		{"The real unemployment rate for young people is 51 percent.“", "The real unemployment rate for young people is 51 percent."},
		{"It rose “sharply”, he said “", "It rose “sharply”, he said"},
		{"Cruz called the announcement “highly significant\"", "Cruz called the announcement “highly significant”"},
		{"It was up to Clyburn\"", "It was up to Clyburn"},
		{"Balanced “words” stay", "Balanced “words” stay"},
	} {
		got := closeQuotation(tt.in)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("closeQuotation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestContractedAuxiliary: the "'s" of "who's" is "has" before a past
// participle and "is" before anything else, "-en" words included.
func TestContractedAuxiliary(t *testing.T) {
	for _, tt := range []struct{ next, want string }{
		{"done", "has"}, {"argued", "has"}, {"been", "has"}, {"written", "has"}, {"taken", "has"},
		{"running", "is"}, {"seven", "is"}, {"often", "is"}, {"open", "is"}, {"ten", "is"},
	} {
		toks := tokenize(nil, tt.next, 0, len(tt.next))
		if got := contractedAuxiliary(&toks[0]); got != tt.want {
			t.Errorf("who's %s: %q, want %q", tt.next, got, tt.want)
		}
	}
}

// TestNoOwnListener: a quotation's listener is never its speaker, in the
// document's quotes as in the events' labels.
func TestNoOwnListener(t *testing.T) {
	text := "“The agents involved are under a lot of pressure,” an intelligence source, who was not authorized to speak on the record, told Fox News.\n\n" +
		"Rubio spoke in Iowa on Saturday. \"U.S. citizens that are in my spot have been horribly abused by the H-1B program,\" he told Rubio.\n"
	pub, _ := timeline.ParsePoint("2015-12-20")
	doc, err := Import(context.Background(), Source{Name: "case.txt", Data: []byte(text), Published: pub}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) == 0 {
		t.Fatal("no quotes drafted")
	}
	for _, q := range doc.Quotes {
		if q.Audience != uuid.Nil && q.Audience == q.Speaker {
			t.Errorf("quote %.40q is told to its own speaker", q.Text)
		}
	}
	for _, e := range doc.Events {
		if before, after, ok := strings.Cut(e.Short, " to "); ok && before != "" && strings.HasSuffix(after, before) {
			t.Errorf("event %q: label %q", e.Title, e.Short)
		}
	}
}

// TestToldSplit: a statement dated to a day of its own that tells of a
// deed at another date is two events, the statement and the deed; without
// a date of its own, or telling of no deed at a date that governs it, it
// stays one.
func TestToldSplit(t *testing.T) {
	type event struct{ evidence, start, end string }
	tests := []struct {
		text string
		want []event // every event, in the document's order
	}{
		{"Police spokesman John Smith said Thursday that the suspect was arrested in Nairobi last week.",
			[]event{
				{"Police spokesman John Smith said Thursday that the suspect was arrested in Nairobi last week.", "1998-02-05", ""},
				{"the suspect was arrested in Nairobi last week.", "1998-01-26", "1998-02-01"},
			}},
		{"The economy created jobs at a robust pace in January, the government reported on Friday.",
			[]event{
				{"The economy created jobs at a robust pace in January, the government reported on Friday.", "1998-02-06", ""},
				{"The economy created jobs at a robust pace in January", "1998-01", ""},
			}},
		// What goes on goes on from the statement: "He added" joins it.
		{"Smith said Thursday that the suspect was arrested last week. He added that police were searching for accomplices.",
			[]event{
				{"Smith said Thursday that the suspect was arrested last week. He added that police were searching for accomplices.", "1998-02-05", ""},
				{"the suspect was arrested last week.", "1998-01-26", "1998-02-01"},
			}},
		// No date of the statement's own: one event, of what was told.
		{"The suspect was arrested in Nairobi last week, police said.",
			[]event{{"The suspect was arrested in Nairobi last week, police said.", "1998-01-26", "1998-02-01"}}},
		// Not a deed in the past, nor a date of the speaking that ends the sentence.
		{"Billy Bush is joining the show as an anchor this week, NBC announced Tuesday.",
			[]event{{"Billy Bush is joining the show as an anchor this week, NBC announced Tuesday.", "1998-02-02", "1998-02-08"}}},
		{"Just days before it was to report earnings in January, the company said on Friday that it had suspended 125,000 accounts.",
			[]event{{"Just days before it was to report earnings in January, the company said on Friday that it had suspended 125,000 accounts.", "1998-02-06", ""}}},
		// A year sets a scene more often than it dates a deed.
		{"Maricopa County cut polling places to 60 in 2008, officials said Monday.",
			[]event{{"Maricopa County cut polling places to 60 in 2008, officials said Monday.", "2008", ""}}},
	}
	for _, tt := range tests {
		doc, err := Import(context.Background(), Source{Data: []byte(tt.text), Published: timeline.DayPoint(1998, 2, 6)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []event
		for _, ev := range doc.Events {
			var texts []string
			for _, s := range ev.Evidence {
				texts = append(texts, s.Text)
			}
			end := ""
			if !ev.Date.End.IsZero() {
				end = ev.Date.End.String()
			}
			got = append(got, event{strings.Join(texts, " "), ev.Date.Start.String(), end})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}
