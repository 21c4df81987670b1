package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsline/assets"
	"newsline/timeline"
)

func TestImportWritesDocument(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(article, []byte(assets.ArticleText), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "draft.json")
	// Flags may follow the argument.
	status, stdout, stderr := runCLI(t, "import", article, "--published", "2026-01-06", "--title", "Paris talks", "-o", out)
	if status != 0 || stdout != "" || !strings.Contains(stderr, "wrote "+out) {
		t.Fatalf("status %d, stdout %q, stderr %q", status, stdout, stderr)
	}
	doc, err := timeline.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Paris talks" || doc.Articles[0].Text != assets.ArticleText || doc.Articles[0].Published.String() != "2026-01-06" {
		t.Errorf("title %q, published %s", doc.Title, doc.Articles[0].Published)
	}
	// The drafted document opens with the other commands.
	status, stdout, _ = runCLI(t, "events", "--doc", out)
	if status != 0 || !strings.Contains(stdout, "Sat 3 Jan 2026") || !strings.Contains(stdout, "Zelenskyy") {
		t.Errorf("events --doc: status %d\n%s", status, stdout)
	}
	// Standard output without -o, the same bytes: IDs are stable.
	status, stdout, _ = runCLI(t, "import", "--published", "2026-01-06", "--title", "Paris talks", article)
	saved, _ := os.ReadFile(out)
	if status != 0 || stdout != string(saved) {
		t.Errorf("stdout differs from the file written with -o (status %d)", status)
	}
}

func TestImportFromStandardInput(t *testing.T) {
	var out, errOut bytes.Buffer
	html := `<html><head><meta property="article:published_time" content="2026-01-06T09:00:00Z"><title>T</title></head>` +
		`<body><nav>Menu</nav><article><p>“We will win,” Polish Prime Minister Donald Tusk said Tuesday.</p></article></body></html>`
	status := Run([]string{"import", "--format", "html", "-"}, strings.NewReader(html), &out, &errOut)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut.String())
	}
	doc, err := timeline.Parse(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 1 || doc.Articles[0].Published.String() != "2026-01-06T09:00" || strings.Contains(doc.Articles[0].Text, "Menu") {
		t.Errorf("draft from standard input: %s", out.String())
	}
}

func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	text := write("a.txt", []byte("The talks began on Monday."))
	empty := write("empty.txt", nil)
	binary := write("b.txt", []byte("GIF89a\x00\x01"))
	badUTF8 := write("c.txt", []byte("Caf\xe9 talks."))
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: no 100 MB written
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"import"}, 2, "newsline: no ARTICLE given"},
		{[]string{"import", text, "extra"}, 2, `newsline: unexpected argument "extra"`},
		{[]string{"import", "--published", "6 Jan 2026", text}, 2, `newsline: --published: want a date as YYYY-MM-DD, got "6 Jan 2026"`},
		{[]string{"import", "--published", "2026-02-30", text}, 2, `newsline: --published: want a date as YYYY-MM-DD, got "2026-02-30"`},
		{[]string{"import", "--format", "pdf", text}, 2, `newsline: --format: unknown format "pdf"`},
		{[]string{"import", text}, 2, "newsline: " + text + " has no publication date in its metadata: give --published YYYY-MM-DD"},
		{[]string{"import", "--published", "2026-01-06", filepath.Join(dir, "none.txt")}, 1, "newsline: open " + filepath.Join(dir, "none.txt") + ": no such file or directory"},
		{[]string{"import", "--published", "2026-01-06", dir}, 1, "newsline: " + dir + " is a directory, not an article"},
		{[]string{"import", "--published", "2026-01-06", empty}, 1, "newsline: " + empty + ": no article text: the file is empty"},
		{[]string{"import", "--published", "2026-01-06", binary}, 1, "newsline: " + binary + ": looks binary, not text: NUL byte at offset 6 (line 1, column 7)"},
		{[]string{"import", "--published", "2026-01-06", badUTF8}, 1, "newsline: " + badUTF8 + ": invalid UTF-8 at byte offset 3 (line 1, column 4)"},
		{[]string{"import", "--published", "2026-01-06", big}, 1, "newsline: " + big + ": 100 MB is larger than the importer reads (8 MB)"},
		{[]string{"import", "--published", "2026-01-06", "-o", filepath.Join(dir, "no", "such", "dir.json"), text}, 1, "newsline: save " + filepath.Join(dir, "no", "such", "dir.json")},
	}
	for _, tt := range tests {
		status, stdout, stderr := runCLI(t, tt.args...)
		if status != tt.status || !strings.HasPrefix(stderr, tt.stderr) || stdout != "" {
			t.Errorf("%v: status %d, stderr %q, stdout %q; want %d, %q", tt.args, status, stderr, stdout, tt.status, tt.stderr)
		}
	}
}

// TestImportReview: --review prints to standard error one row per event
// on the timeline, least confident first, with its date words and
// speaker, then the background passages; the document still goes to
// standard output, unchanged.
func TestImportReview(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	text := "Polish Prime Minister Donald Tusk arrived in Paris on Monday. “We will not give up,” Tusk said on Tuesday.\n\n" +
		"The talks went on for hours. “This is a long road,” he said.\n\n" +
		"“The whole system is broken and needs to be fixed now” read a banner outside.\n\n" +
		"It is unclear whether the talks will resume.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	status, plain, quiet := runCLI(t, "import", "--published", "2026-01-06", article)
	if status != 0 || quiet != "" {
		t.Fatalf("without --review: status %d, stderr %q", status, quiet)
	}
	status, stdout, stderr := runCLI(t, "import", "--published", "2026-01-06", "--review", article)
	if status != 0 || stdout != plain {
		t.Fatalf("status %d; the document differs with --review", status)
	}
	doc, err := timeline.Parse([]byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	// The events on the timeline, each once, confidences ascending.
	var onTimeline int
	for _, ev := range doc.Events {
		if !ev.Background {
			onTimeline++
		}
	}
	var rows []string
	for _, l := range lines {
		if len(l) > 4 && l[0] == '0' && l[1] == '.' {
			rows = append(rows, l)
		}
	}
	if len(rows) != onTimeline {
		t.Fatalf("%d rows for %d events:\n%s", len(rows), onTimeline, stderr)
	}
	for i := 1; i < len(rows); i++ {
		if rows[i][:4] < rows[i-1][:4] {
			t.Errorf("rows not least confident first:\n%s", stderr)
		}
	}
	for _, want := range []struct {
		row int
		has []string
	}{
		{0, []string{"undated", "nobody: a quotation without a speaker", "read a banner"}},
		{len(rows) - 1, []string{"Tue 6 Jan 2026 “Tuesday”, the story's news day", "The talks went on for hours"}},
	} {
		for _, s := range want.has {
			if !strings.Contains(rows[want.row], s) {
				t.Errorf("row %d lacks %q: %s", want.row, s, rows[want.row])
			}
		}
	}
	row := func(has ...string) bool {
		return slices.ContainsFunc(rows, func(r string) bool {
			return !slices.ContainsFunc(has, func(s string) bool { return !strings.Contains(r, s) })
		})
	}
	if !row("Tue 6 Jan 2026 “Tuesday”  ", "Donald Tusk: named at the quotation  ", "We will not give up") ||
		!row("“Tuesday”, from the statement before", "by a pronoun", "This is a long road") {
		t.Errorf("no rows with Tusk's quotations, dated and named:\n%s", stderr)
	}
	tail := lines[len(lines)-1]
	if !strings.Contains(stderr, "Background passages, off the timeline: 1") || !strings.Contains(tail, "assessment") || !strings.HasSuffix(tail, "It is unclear whether the talks will resume.") {
		t.Errorf("background passages:\n%s", stderr)
	}
}

func TestImportHelp(t *testing.T) {
	status, out, _ := runCLI(t, "import", "--help")
	for _, want := range []string{"Usage: newsline [global flags] import", "--published", "-o", "Markdown", "HTML", "8 MB", "since November", "UUID version 5", "--review", "least confident first"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if status != 0 {
		t.Errorf("status %d", status)
	}
}
