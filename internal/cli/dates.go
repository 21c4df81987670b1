package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"newsline/internal/textpos"
	"newsline/timeline/timex"
)

var datesCommand = &Command{
	Name:    "dates",
	Usage:   "--published YYYY-MM-DD [FILE]",
	Summary: "find the dates and times in a news text",
	Help: `Reads UTF-8 text from FILE (standard input without FILE) and prints one JSON
object per line for each temporal expression found, in text order:

  {"start":…,"end":…,"text":"…","type":"DATE","value":"2026-01-03","mod":"…","explanation":"…"}

start and end are byte offsets into the input (end exclusive); type is DATE,
TIME, DURATION or SET; value is the TIMEX3 value resolved against the
publication date ("2026-01-03", "2025-11", "2026-W02", "P3M", "PRESENT_REF",
…); mod (when there is one) and explanation say how it was resolved.
An empty input prints nothing and succeeds. Input that is not UTF-8 or looks
binary (it holds NUL bytes) is refused.`,
	Run: runDates,
}

func runDates(env *Env, c *Command, args []string) error {
	fs := c.FlagSet()
	published := fs.String("published", "", "publication date `YYYY-MM-DD` that relative expressions are resolved against")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if *published == "" {
		return Usagef("--published YYYY-MM-DD is required")
	}
	pub, err := time.Parse("2006-01-02", *published)
	if err != nil {
		return Usagef("--published: want a date as YYYY-MM-DD, got %q", *published)
	}
	if len(rest) > 1 {
		return Usagef("unexpected argument %q", rest[1])
	}
	name, in := "standard input", env.Stdin
	// Read into a strings.Builder, whose String does not copy: a big input
	// is held once.
	var text strings.Builder
	if len(rest) == 1 {
		f, err := os.Open(rest[0])
		if err != nil {
			return err // *PathError names the file: "open x: no such file or directory"
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return err
		}
		if info.IsDir() {
			return fmt.Errorf("%s is a directory, not a text file", rest[0])
		}
		if info.Mode().IsRegular() {
			text.Grow(int(info.Size()) + 1)
		}
		name, in = rest[0], f
	}
	if _, err := io.Copy(&text, in); err != nil {
		if len(rest) == 1 {
			return err // a *PathError: "read FILE: …"
		}
		return fmt.Errorf("read standard input: %w", err)
	}
	if err := checkText(text.String()); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	w := bufio.NewWriter(env.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, t := range timex.Tag(text.String(), pub) {
		if err := enc.Encode(dateJSON{t.Start, t.End, t.Text, string(t.Type), t.Value, t.Mod, t.Explanation}); err != nil {
			return err
		}
	}
	return w.Flush()
}

// dateJSON is one line of "dates" output; the field order is the contract.
type dateJSON struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Mod         string `json:"mod,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

// checkText refuses input that is not text: NUL bytes (binary files) or
// invalid UTF-8, saying where.
func checkText(data string) error {
	if i := strings.IndexByte(data, 0); i >= 0 {
		line, col := textpos.LineCol([]byte(data), i)
		return fmt.Errorf("looks binary: NUL byte at offset %d (line %d, column %d)", i, line, col)
	}
	return textpos.CheckUTF8([]byte(data))
}
