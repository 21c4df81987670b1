package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsline/assets"
	"newsline/timeline"
)

// newslineRun runs a command line with its own notes folder and returns
// the exit status and output.
func newslineRun(t *testing.T, data, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = Run(append([]string{"--data", data}, args...), strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func seedEventIDs(t *testing.T) []string {
	t.Helper()
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	x := timeline.NewIndex(doc)
	var ids []string
	for _, i := range x.Order {
		ids = append(ids, doc.Events[i].ID.String())
	}
	return ids
}

func TestNotesCommands(t *testing.T) {
	data := t.TempDir()
	ids := seedEventIDs(t)

	status, out, errOut := newslineRun(t, data, "", "notes", "add", ids[2], "First <b>note</b>", "--tag", "urgent", "--star")
	if status != 0 {
		t.Fatalf("add: %d %s", status, errOut)
	}
	first := strings.TrimSpace(out)
	if len(first) != 36 {
		t.Fatalf("add printed %q, want a note ID", out)
	}
	status, out, errOut = newslineRun(t, data, "from standard input\nsecond line", "notes", "add", "urn:uuid:"+ids[0], "-")
	if status != 0 {
		t.Fatalf("add from stdin: %d %s", status, errOut)
	}
	second := strings.TrimSpace(out)

	status, out, _ = newslineRun(t, data, "", "notes", "list")
	if status != 0 || strings.Index(out, second) > strings.Index(out, first) || !strings.Contains(out, "★") || strings.Contains(out, "second line") {
		t.Errorf("list (want timeline order, the star, first lines only):\n%s", out)
	}

	if status, _, errOut = newslineRun(t, data, "", "notes", "edit", first[:13], "Edited", "--tag", "done"); status != 0 {
		t.Fatalf("edit by prefix: %d %s", status, errOut)
	}
	var list []noteJSON
	status, out, _ = newslineRun(t, data, "", "notes", "list", "--json", "--tag", "done")
	if err := json.Unmarshal([]byte(out), &list); status != 0 || err != nil || len(list) != 1 ||
		list[0].ID != first || list[0].Text != "Edited" || list[0].Tags[0] != "done" || !list[0].Starred || list[0].Target != ids[2] {
		t.Errorf("list --json --tag done: %d %v %+v", status, err, list)
	}

	for _, format := range []string{"md", "json", "csv", "html"} {
		status, out, errOut = newslineRun(t, data, "", "notes", "export", "--format", format)
		if status != 0 || !strings.Contains(out, "Edited") {
			t.Errorf("export %s: %d %s\n%s", format, status, errOut, out)
		}
	}
	exported := filepath.Join(t.TempDir(), "notes.json")
	if status, _, errOut = newslineRun(t, data, "", "notes", "export", "-o", exported, "--all"); status != 0 {
		t.Fatalf("export -o: %d %s", status, errOut)
	}

	if status, _, errOut = newslineRun(t, data, "", "notes", "rm", second); status != 0 {
		t.Fatalf("rm: %d %s", status, errOut)
	}
	status, out, _ = newslineRun(t, data, "", "notes", "list", "--json")
	if status != 0 || strings.Contains(out, second) {
		t.Errorf("rm: the note is still listed:\n%s", out)
	}

	// Import into a new folder twice: the second changes nothing.
	other := t.TempDir()
	status, out, errOut = newslineRun(t, other, "", "notes", "import", exported)
	if status != 0 || !strings.Contains(out, "2 added, 0 updated, 0 unchanged, 1 stars set") {
		t.Errorf("import: %d %q %s", status, out, errOut)
	}
	status, out, _ = newslineRun(t, other, "", "notes", "import", exported)
	if status != 0 || !strings.Contains(out, "0 added, 0 updated, 2 unchanged, 0 stars set") {
		t.Errorf("second import: %d %q", status, out)
	}
}

func TestNotesCommandErrors(t *testing.T) {
	data := t.TempDir()
	ids := seedEventIDs(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation","id":"urn:uuid:x"}]}}`), 0o644)
	tests := []struct {
		name   string
		args   []string
		status int
		want   string
	}{
		{"unknown event", []string{"notes", "add", "0194b2c4-0000-7000-8000-000000000001", "text"}, 1, "no event or entity 0194b2c4-0000-7000-8000-000000000001"},
		{"not an ID", []string{"notes", "add", "xyz", "text"}, 1, `invalid ID "xyz"`},
		{"missing text", []string{"notes", "add", ids[0]}, 2, "missing TEXT"},
		{"extra argument", []string{"notes", "add", ids[0], "two", "words"}, 2, `unexpected argument "words"`},
		{"unknown note", []string{"notes", "rm", "0194b2c4-0000-7000-8000-000000000001"}, 1, "no such note"},
		{"unknown command", []string{"notes", "frobnicate"}, 2, `unknown notes command "frobnicate"`},
		{"no command", []string{"notes"}, 2, "missing command"},
		{"bad format", []string{"notes", "export", "--format", "pdf"}, 2, `unknown format "pdf"`},
		{"bad import file", []string{"notes", "import", bad}, 1, bad + ": first.items[0].id"},
		{"missing import file", []string{"notes", "import", filepath.Join(data, "nope.json")}, 1, "nope.json"},
		{"bad document", []string{"notes", "add", ids[0], "x", "--doc", bad}, 1, bad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, _, errOut := newslineRun(t, data, "", tt.args...)
			if status != tt.status || !strings.Contains(errOut, tt.want) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, errOut, tt.status, tt.want)
			}
		})
	}
	// Nothing was written by any of them.
	status, out, _ := newslineRun(t, data, "", "notes", "list", "--json")
	if status != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("after failed commands: %d %s", status, out)
	}
}

func TestNotesHelp(t *testing.T) {
	for _, args := range [][]string{{"notes", "--help"}, {"help", "notes"}, {"notes", "add", "--help"}, {"notes", "help", "export"}} {
		status, out, _ := newslineRun(t, t.TempDir(), "", args...)
		if status != 0 || !strings.Contains(out, "Usage: newsline [global flags] notes") {
			t.Errorf("%q: %d\n%s", args, status, out)
		}
	}
}

// TestNotesHashtags: "#words" in a note's text are tags on the command
// line as in the window, and --tag tags survive an edit of the text.
func TestNotesHashtags(t *testing.T) {
	data := t.TempDir()
	ids := seedEventIDs(t)
	status, out, errOut := newslineRun(t, data, "", "notes", "add", ids[1], "Caracas raid #venezuela", "--tag", "check")
	if status != 0 {
		t.Fatalf("add: %d %s", status, errOut)
	}
	id := strings.TrimSpace(out)
	tagsOf := func() []string {
		status, out, errOut := newslineRun(t, data, "", "notes", "list", "--json")
		if status != 0 {
			t.Fatalf("list: %d %s", status, errOut)
		}
		var list []struct {
			ID   string   `json:"id"`
			Tags []string `json:"tags"`
		}
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Fatalf("list --json: %v\n%s", err, out)
		}
		for _, n := range list {
			if n.ID == id {
				return n.Tags
			}
		}
		t.Fatalf("note %s not listed:\n%s", id, out)
		return nil
	}
	if got := strings.Join(tagsOf(), ","); got != "venezuela,check" {
		t.Errorf("tags after add = %q, want venezuela,check", got)
	}
	if status, _, errOut := newslineRun(t, data, "", "notes", "edit", id, "Caracas raid, #maduro"); status != 0 {
		t.Fatalf("edit: %d %s", status, errOut)
	}
	if got := strings.Join(tagsOf(), ","); got != "maduro,check" {
		t.Errorf("tags after edit = %q, want maduro,check", got)
	}
}
