package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	// As in main: quiet Fyne's locale complaints in this test binary too.
	_ "newsline/internal/localefix"

	"newsline/assets"
	"newsline/timeline"
)

// runCLI runs a command line in-process and returns its exit status and
// output.
func runCLI(t *testing.T, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = Run(args, strings.NewReader(""), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestEventsJSON(t *testing.T) {
	status, out, errOut := runCLI(t, "events", "--json")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	var events []struct {
		ID, Title, Start, End, Precision, Lane string
		Entities, Quotes                       []string
	}
	if err := json.Unmarshal([]byte(out), &events); err != nil {
		t.Fatalf("events --json is not a JSON array: %v", err)
	}
	seed, _ := assets.Seed()
	if len(events) != len(seed.Events) {
		t.Fatalf("%d events, want %d", len(events), len(seed.Events))
	}
	var starts []string
	for _, e := range events[:6] {
		starts = append(starts, e.Start+"/"+e.Precision)
	}
	want := "2025-11/month 2026-01-03/day 2026-01-05/day 2026-01-05/day 2026-01-06/day 2026-01-06/day"
	if got := strings.Join(starts, " "); got != want {
		t.Errorf("starts %q, want %q", got, want)
	}
	if events[0].End != "2026-01-06" {
		t.Errorf("since November ends %q", events[0].End)
	}
	for _, e := range events[6:] {
		if e.Start != "" || e.Precision != "undated" {
			t.Errorf("undated event %q: start %q precision %q", e.Title, e.Start, e.Precision)
		}
	}
	fred := events[3]
	if !strings.Contains(fred.Title, "Frederiksen") || fred.Lane != "statement" ||
		!contains(fred.Entities, "Mette Frederiksen") || len(fred.Quotes) != 1 || !strings.Contains(fred.Quotes[0], "everything stops") {
		t.Errorf("Frederiksen's event: %+v", fred)
	}
	if len(events[1].ID) != 36 {
		t.Errorf("id %q is not a UUID", events[1].ID)
	}
}

func TestEventsTableAndDocFlag(t *testing.T) {
	status, out, _ := runCLI(t, "events")
	if status != 0 || !strings.Contains(out, "Sat 3 Jan 2026") || !strings.Contains(out, "undated") {
		t.Fatalf("events table: status %d\n%s", status, out)
	}
	// --doc reads a file, before or after the command name.
	doc, _ := assets.Seed()
	doc.Events = doc.Events[:1]
	doc.Events[0].Related = nil
	doc.Quotes = nil
	doc.Events[0].Quotes = nil
	path := filepath.Join(t.TempDir(), "one.json")
	if err := timeline.Save(path, doc); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"--doc", path, "events", "--json"}, {"events", "--json", "--doc", path}} {
		status, out, errOut := runCLI(t, args...)
		if status != 0 || strings.Count(out, `"id"`) != 1 {
			t.Errorf("%v: status %d, %s %s", args, status, out, errOut)
		}
	}
}

func TestErrorsAndExitStatus(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte(`{"format": "newsline-timeline", "version": 1, "id": [`), 0o644)
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"nonsense"}, 2, `newsline: unknown command "nonsense"`},
		{[]string{"events", "extra"}, 2, `newsline: unexpected argument "extra"`},
		{[]string{"events", "--bogus"}, 2, "newsline: flag provided but not defined: -bogus"},
		{[]string{"--bogus"}, 2, "newsline: flag provided but not defined: -bogus"},
		{[]string{"events", "--doc", "/nonexistent/doc.json"}, 1, "newsline: load /nonexistent/doc.json: open /nonexistent/doc.json: no such file or directory"},
		{[]string{"events", "--doc", bad}, 1, "newsline: load " + bad + ": truncated"},
	}
	for _, tt := range tests {
		status, out, errOut := runCLI(t, tt.args...)
		if status != tt.status || !strings.HasPrefix(errOut, tt.stderr) {
			t.Errorf("%v: status %d, stderr %q; want %d, %q", tt.args, status, errOut, tt.status, tt.stderr)
		}
		if out != "" {
			t.Errorf("%v: wrote to stdout on error: %q", tt.args, out)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		status, out, _ := runCLI(t, args...)
		if status != 0 || !strings.Contains(out, "events") || !strings.Contains(out, "--doc") && !strings.Contains(out, "-doc") {
			t.Errorf("%v: status %d\n%s", args, status, out)
		}
	}
	for _, c := range newsline.Commands {
		name := c.Name
		for _, args := range [][]string{{name, "--help"}, {"help", name}} {
			status, out, errOut := runCLI(t, args...)
			if status != 0 || !strings.Contains(out, "Usage: newsline [global flags] "+name) {
				t.Errorf("%v: status %d\n%s%s", args, status, out, errOut)
			}
		}
	}
}

// TestTimelineHasNoFyne keeps the domain free of the UI toolkit.
func TestTimelineHasNoFyne(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "newsline/timeline/...").CombinedOutput()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") {
			t.Fatalf("package timeline depends on %s", dep)
		}
	}
}

// TestOnlyCommandLinesImportFyneApp: UI tests need no display because
// nothing but the command lines (this package and the developer tool)
// starts the real driver.
func TestOnlyCommandLinesImportFyneApp(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}: {{join .Imports " "}}`, "newsline/...").CombinedOutput()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	allowed := map[string]bool{"newsline/internal/cli": true, "newsline/cmd/newsline-dev": true}
	for _, line := range strings.Split(string(out), "\n") {
		pkg, imports, _ := strings.Cut(line, ": ")
		if !allowed[pkg] && strings.Contains(" "+imports+" ", " fyne.io/fyne/v2/app ") {
			t.Errorf("%s imports fyne.io/fyne/v2/app", pkg)
		}
	}
}

// TestQuietUnderCLocale: Debian's default LANG=C.UTF-8 must not make every
// command print Fyne's locale complaints (see internal/localefix).
func TestQuietUnderCLocale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "newsline")
	if out, err := exec.Command("go", "build", "-o", bin, "newsline").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "events")
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("newsline events: %v", err)
	}
	if stderr.Len() > 0 {
		t.Fatalf("newsline events printed to stderr under LANG=C.UTF-8:\n%s", stderr.String())
	}
}

// TestMatchesFyneAppToml: the version printed by --version and the app ID
// that preferences live under are FyneApp.toml's, which "fyne package"
// builds into the release.
func TestMatchesFyneAppToml(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	field := func(name string) string {
		m := regexp.MustCompile(`(?m)^\s*` + name + `\s*=\s*"([^"]+)"`).FindSubmatch(data)
		if m == nil {
			t.Fatalf("FyneApp.toml has no %s", name)
		}
		return string(m[1])
	}
	if v := field("Version"); Version != v {
		t.Errorf("Version %s, FyneApp.toml says %s", Version, v)
	}
	if id := field("ID"); appID != id {
		t.Errorf("appID %s, FyneApp.toml says %s", appID, id)
	}
	status, out, _ := runCLI(t, "--version")
	if status != 0 || out != "newsline "+Version+"\n" {
		t.Errorf("--version: status %d, %q", status, out)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
