package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsline/timeline"
	"newsline/timeline/draft"
)

// runDev runs a newsline-dev command line in-process.
func runDev(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = devTools.Run(args, strings.NewReader(""), &out, &errOut)
	return status, out.String(), errOut.String()
}

// tml is a TimeML document created on 8 January 1998 whose TEXT is text.
func tml(text string) string {
	return `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>` + text + `</TEXT>
</TimeML>
`
}

// writeCorpus writes one .tml file with text into a new directory name.
func writeCorpus(t *testing.T, name, text string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "doc.tml"), []byte(tml(text)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestEvalDates(t *testing.T) {
	// The tagger finds "yesterday" as annotated, and nothing in "banana",
	// which the second corpus annotates: one hit, one miss.
	found := writeCorpus(t, "Found", `Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.`)
	missed := writeCorpus(t, "Missed", `Prices of <TIMEX3 tid="t1" type="DATE" value="1998">banana</TIMEX3> fell.`)
	status, out, errOut := runDev(t, "eval-dates", "--errors", found, missed)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []string{
		`^  MISS doc 10-16 "banana" DATE 1998$`,
		`^corpus +files +gold +found +strict +relaxed +value +type +MB/s$`,
		`^Found +1 +1 +1 +100\.00 +100\.00 +100\.00 +100\.00 +[0-9.]+$`,
		`^Missed +1 +1 +0 +0\.00 +0\.00 +0\.00 +0\.00 +[0-9.]+$`,
		`^total +2 +2 +1 +66\.67 +66\.67 +66\.67 +66\.67 +[0-9.]+$`,
		`^relaxedF1=66\.67 strictF1=66\.67 valueF1=66\.67 typeF1=66\.67$`,
	}
	if len(lines) != len(want) {
		t.Fatalf("eval-dates printed %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, re := range want {
		if !regexp.MustCompile(re).MatchString(lines[i]) {
			t.Errorf("line %d = %q, want %s", i+1, lines[i], re)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{nil, 2, "newsline-dev: missing command\n"},
		{[]string{"events"}, 2, `newsline-dev: unknown command "events"`},
		{[]string{"eval-dates"}, 2, "newsline-dev: no corpus directory given\nUsage: newsline-dev eval-dates [--errors] DIR...\n"},
		{[]string{"eval-dates", t.TempDir()}, 1, "newsline-dev: no .tml files in "},
		{[]string{"review", "x.txt"}, 2, `newsline-dev: --published: want a date as YYYY-MM-DD, got ""`},
		{[]string{"review", "--published", "2026-01-06"}, 2, "newsline-dev: want one ARTICLE, got 0 arguments"},
		{[]string{"review", "--published", "2026-01-06", "/nonexistent/a.txt"}, 1, "newsline-dev: open /nonexistent/a.txt: no such file or directory"},
		{[]string{"tlview-demo", "extra"}, 2, `newsline-dev: unexpected argument "extra"`},
		// The document is read before any window opens.
		{[]string{"tlview-demo", "--doc", "/nonexistent/doc.json"}, 1, "newsline-dev: load /nonexistent/doc.json: open /nonexistent/doc.json: no such file or directory"},
		{[]string{"--doc", "/nonexistent/doc.json", "tlview-demo"}, 1, "newsline-dev: load /nonexistent/doc.json"},
	}
	for _, tt := range tests {
		status, out, errOut := runDev(t, tt.args...)
		if status != tt.status || !strings.HasPrefix(errOut, tt.stderr) || out != "" {
			t.Errorf("%q: status %d, stderr %q, stdout %q; want %d, %q", tt.args, status, errOut, out, tt.status, tt.stderr)
		}
	}
}

func TestHelp(t *testing.T) {
	status, out, _ := runDev(t, "--help")
	if status != 0 || !strings.Contains(out, "eval-dates ") || !strings.Contains(out, "tlview-demo ") {
		t.Errorf("--help: status %d\n%s", status, out)
	}
	for _, c := range devTools.Commands {
		for _, args := range [][]string{{c.Name, "--help"}, {"help", c.Name}} {
			status, out, errOut := runDev(t, args...)
			if status != 0 || !strings.HasPrefix(out, "Usage: newsline-dev [global flags] "+c.Name+" ") {
				t.Errorf("%q: status %d\n%s%s", args, status, out, errOut)
			}
		}
	}
}

// TestOwnAppID: the demo must not share the real app's preferences, which
// live under FyneApp.toml's ID.
func TestOwnAppID(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*ID\s*=\s*"([^"]+)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("FyneApp.toml has no ID")
	}
	if appID == string(m[1]) {
		t.Errorf("newsline-dev uses the real app's ID %s", appID)
	}
}

// TestReview: the review's rows are the events "newsline import" drafts
// from the same text and date, with the statement's speaker reason.
func TestReview(t *testing.T) {
	article := filepath.Join(t.TempDir(), "a.txt")
	text := "Talks resumed in Paris on Tuesday.\n\n\"We will not give up,\" Mette Frederiksen told TV2 on Monday.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, errOut := runDev(t, "review", "--published", "2026-01-06", article)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var got reviewJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	doc, err := draft.Import(context.Background(), draft.Source{Name: article, Data: []byte(text), Published: timeline.DayPoint(2026, time.January, 6)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != len(doc.Events) {
		t.Fatalf("%d review rows for %d events:\n%s", len(got.Events), len(doc.Events), out)
	}
	speakers := 0
	for i, row := range got.Events {
		if row.ID != doc.Events[i].ID.String() {
			t.Errorf("row %d: event %s, want %s", i, row.ID, doc.Events[i].ID)
		}
		if row.Confidence <= 0 || row.Confidence > 1 || row.Date == nil {
			t.Errorf("row %d: confidence %v, date reason %v", i, row.Confidence, row.Date)
		}
		if row.Speaker != nil {
			speakers++
		}
	}
	if speakers != 1 {
		t.Errorf("%d rows with a speaker reason, want 1 (Frederiksen's):\n%s", speakers, out)
	}
}
