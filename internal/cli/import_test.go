package cli

import (
	"bytes"
	"os"
	"path/filepath"
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

func TestImportHelp(t *testing.T) {
	status, out, _ := runCLI(t, "import", "--help")
	for _, want := range []string{"Usage: newsline [global flags] import", "--published", "-o", "Markdown", "HTML", "8 MB", "since November", "UUID version 5"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if status != 0 {
		t.Errorf("status %d", status)
	}
}
