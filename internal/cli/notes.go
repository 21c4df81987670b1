package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"newsline/timeline"
	"newsline/timeline/notes"
)

var notesCommand = &Command{
	Name:    "notes",
	Usage:   "COMMAND [args]",
	Summary: "add, list, edit, delete, export and import notes on events",
	Help: `Commands:
  add EVENT-ID TEXT [--tag T]... [--star]   add a note; prints its ID once it is on disk
  list [--json] [--event ID] [--tag T] [--search WORDS]
                                            list notes in timeline order
  edit NOTE-ID TEXT [--tag T]...            replace a note's text (and the tags given with --tag)
  rm NOTE-ID                                delete a note
  star EVENT-ID [--off]                     star (or unstar) an event or entity
  export [--format md|json|csv|html] [--all] [-o FILE]
                                            export notes (to standard output without -o)
  import FILE                               merge a JSON export in, by note ID

EVENT-ID is the ID of an event or entity of the document (see 'newsline
events --json'); NOTE-ID is a note's ID or its first 8 or more digits. TEXT
"-" reads the text from standard input. Each command also takes --doc FILE
(the timeline, the built-in seed by default) and --data DIR.

Tags: words written #like-this in TEXT are tags, as in the window, and
--tag adds more. Tags written in the text follow it: an edit that removes
"#nato" removes the tag; tags given with --tag stay until edit is given
other --tag flags.

Notes live in a SQLite database, notes.db, in DIR (--data, else
$NEWSLINE_DATA, else $XDG_DATA_HOME/newsline or ~/.local/share/newsline;
~/Library/Application Support/Newsline on macOS; %AppData%\Newsline on
Windows). The window and these commands may use it at the same time.

Export formats: md (Markdown with YAML front matter, for Obsidian), json
(W3C Web Annotation; the only format import reads), csv (one row per note,
for spreadsheets), html (a printable page). Without --format the format
follows the extension of -o (an unknown one is an error), else md to
standard output. --all exports every event of the document, not only
annotated ones. Import merges by note ID: the newer
version of a note wins, and importing the same file twice changes nothing.

Run 'newsline notes COMMAND --help' for a command's flags.`,
	Run: runNotes,
}

// notesCommands are the sub-commands of "notes". Their errors are reported
// with the usage of "notes" itself; their help is their own.
var notesCommands = []*Command{
	{Name: "notes add", Usage: "EVENT-ID TEXT [--tag T]... [--star]", Summary: "add a note to an event or entity and print its ID", Run: runNotesAdd},
	{Name: "notes list", Usage: "[--json] [--event ID] [--tag T] [--search WORDS]", Summary: "list notes in timeline order", Run: runNotesList},
	{Name: "notes edit", Usage: "NOTE-ID TEXT [--tag T]...", Summary: "replace a note's text, and its tags if --tag is given", Run: runNotesEdit},
	{Name: "notes rm", Usage: "NOTE-ID", Summary: "delete a note", Run: runNotesRm},
	{Name: "notes star", Usage: "EVENT-ID [--off]", Summary: "star or unstar an event or entity", Run: runNotesStar},
	{Name: "notes export", Usage: "[--format md|json|csv|html] [--all] [-o FILE]", Summary: "export notes", Run: runNotesExport},
	{Name: "notes import", Usage: "FILE", Summary: "merge notes from a JSON export, by note ID", Run: runNotesImport},
}

// notesSubcommand returns the notes sub-command typed as name ("add"), or
// nil.
func notesSubcommand(name string) *Command {
	for _, c := range notesCommands {
		if c.Name == "notes "+name {
			return c
		}
	}
	return nil
}

func runNotes(env *Env, c *Command, args []string) error {
	if len(args) == 0 {
		return Usagef("missing command: add, list, edit, rm, star, export or import")
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 {
			if sub := notesSubcommand(args[1]); sub != nil {
				return sub.Run(env, sub, []string{"--help"})
			}
		}
		c.writeHelp(env, nil)
		return flag.ErrHelp
	}
	sub := notesSubcommand(args[0])
	if sub == nil {
		return Usagef("unknown notes command %q: want add, list, edit, rm, star, export or import", args[0])
	}
	return sub.Run(env, sub, args[1:])
}

// notesFlags returns a flag set for a notes sub-command with the flags they
// all take.
func notesFlags(env *Env, c *Command) *flag.FlagSet {
	fs := c.FlagSet()
	env.DocFlag(fs, "read")
	env.dataFlag(fs, "")
	return fs
}

// tagFlags collects repeated --tag flags.
type tagFlags []string

func (t *tagFlags) String() string     { return strings.Join(*t, " ") }
func (t *tagFlags) Set(v string) error { *t = append(*t, v); return nil }

// positional checks the count of positional arguments.
func positional(rest []string, names ...string) error {
	if len(rest) < len(names) {
		return Usagef("missing %s", strings.Join(names[len(rest):], " and "))
	}
	if len(rest) > len(names) {
		return Usagef("unexpected argument %q (quote TEXT that has spaces)", rest[len(names)])
	}
	return nil
}

func openNotes(env *Env) (*notes.Store, error) {
	return notes.Open(env.Data)
}

// noteText returns TEXT, or standard input for "-".
func noteText(env *Env, arg string) (string, error) {
	if arg != "-" {
		return arg, nil
	}
	data, err := io.ReadAll(io.LimitReader(env.Stdin, notes.MaxTextBytes+1))
	if err != nil {
		return "", fmt.Errorf("read note text from standard input: %w", err)
	}
	return string(data), nil
}

// lookupTarget finds the event or entity id names in the document.
func lookupTarget(env *Env, arg string) (notes.Target, error) {
	id, err := notes.ParseID(arg)
	if err != nil {
		return notes.Target{}, err
	}
	doc, err := env.LoadDocument()
	if err != nil {
		return notes.Target{}, err
	}
	t, err := notes.Lookup(timeline.NewIndex(doc), id)
	if errors.Is(err, notes.ErrUnknownTarget) {
		return t, fmt.Errorf("no event or entity %s in %q: run 'newsline events --json' for the IDs", id, doc.Title)
	}
	return t, err
}

func runNotesAdd(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	var tags tagFlags
	fs.Var(&tags, "tag", "tag the note with `T` (repeatable)")
	star := fs.Bool("star", false, "also star the event")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest, "EVENT-ID", "TEXT"); err != nil {
		return err
	}
	target, err := lookupTarget(env, rest[0])
	if err != nil {
		return err
	}
	text, err := noteText(env, rest[1])
	if err != nil {
		return err
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	add := s.Add
	if *star {
		add = s.AddStarred
	}
	n, err := add(context.Background(), target, text, notes.TagsOf(text, tags))
	if err != nil {
		return err
	}
	// Add returned: the note is committed and synced.
	fmt.Fprintln(env.Stdout, n.ID)
	return nil
}

func runNotesEdit(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	var tags tagFlags
	fs.Var(&tags, "tag", "replace the note's tags with `T` (repeatable)")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest, "NOTE-ID", "TEXT"); err != nil {
		return err
	}
	text, err := noteText(env, rest[1])
	if err != nil {
		return err
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	id, err := s.Resolve(ctx, rest[0])
	if err != nil {
		return err
	}
	n, err := s.Note(ctx, id)
	if err != nil {
		return err
	}
	newTags := notes.Retag(n, text)
	if len(tags) > 0 {
		newTags = notes.TagsOf(text, tags)
	}
	_, err = s.Edit(ctx, id, text, newTags)
	return err
}

func runNotesRm(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest, "NOTE-ID"); err != nil {
		return err
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	id, err := s.Resolve(ctx, rest[0])
	if err != nil {
		return err
	}
	_, err = s.Delete(ctx, id)
	return err
}

func runNotesStar(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	off := fs.Bool("off", false, "unstar instead")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest, "EVENT-ID"); err != nil {
		return err
	}
	target, err := lookupTarget(env, rest[0])
	if err != nil {
		return err
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.SetStar(context.Background(), target, !*off)
}

// noteJSON is the shape of one note in "notes list --json".
type noteJSON struct {
	ID         string   `json:"id"`
	Target     string   `json:"target"`
	Kind       string   `json:"kind"`
	Title      string   `json:"title"`
	Date       string   `json:"date"`
	DateHuman  string   `json:"date_human"`
	InDocument bool     `json:"in_document"`
	Starred    bool     `json:"starred"`
	Text       string   `json:"text"`
	Tags       []string `json:"tags"`
	Created    string   `json:"created"`
	Updated    string   `json:"updated"`
}

func runNotesList(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	event := fs.String("event", "", "only the notes on the event or entity `ID`")
	tag := fs.String("tag", "", "only the notes tagged `T`")
	search := fs.String("search", "", "only the notes whose text, tags or event title hold all of `WORDS`")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest); err != nil {
		return err
	}
	var only notes.Target
	if *event != "" {
		if only.ID, err = notes.ParseID(*event); err != nil {
			return err
		}
	}
	doc, err := env.LoadDocument()
	if err != nil {
		return err
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	set, err := s.Snapshot(context.Background())
	if err != nil {
		return err
	}
	m := timeline.NewMatcher(*search)
	wantTag := timeline.Fold(strings.TrimPrefix(*tag, "#"))
	out := []noteJSON{}
	for _, g := range notes.Arrange(set, notes.Options{Doc: doc}) {
		if *event != "" && g.Target.ID != only.ID {
			continue
		}
		for _, n := range g.Notes {
			if *tag != "" && !hasTag(n.Tags, wantTag) {
				continue
			}
			if !m.Empty() && !m.Match(g.Target.Title+"\n"+n.Text+"\n"+strings.Join(n.Tags, " ")) {
				continue
			}
			out = append(out, noteJSON{
				ID: n.ID.String(), Target: g.Target.ID.String(), Kind: string(g.Target.Kind),
				Title: g.Target.Title, Date: g.Target.Date.ISO(), DateHuman: g.Target.Date.Human,
				InDocument: g.InDoc, Starred: g.Star != nil, Text: n.Text, Tags: n.Tags,
				Created: n.Created.UTC().Format(time.RFC3339Nano), Updated: n.Updated.UTC().Format(time.RFC3339Nano),
			})
		}
	}
	if *asJSON {
		enc := json.NewEncoder(env.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NOTE\tDATE\tEVENT\tTAGS\tTEXT")
	for _, n := range out {
		title := n.Title
		if n.Starred {
			title = "★ " + title
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", n.ID, cell(n.Date, 24), cell(title, 40), cell(strings.Join(n.Tags, " "), 30), cell(n.Text, 60))
	}
	return tw.Flush()
}

func hasTag(tags []string, folded string) bool {
	for _, t := range tags {
		if timeline.Fold(t) == folded {
			return true
		}
	}
	return false
}

// cell fits text in one table cell: first line only, control characters
// shown as spaces, at most n characters.
func cell(s string, n int) string {
	first, _, more := strings.Cut(s, "\n")
	first = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, first)
	if r := []rune(first); len(r) > n {
		first, more = string(r[:n-1]), true
	}
	if more {
		first += "…"
	}
	return first
}

func runNotesExport(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	formatName := fs.String("format", "", "export as `md`, json, csv or html (default: from -o's extension, else md)")
	all := fs.Bool("all", false, "export every event of the document, not only annotated ones")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of standard output")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest); err != nil {
		return err
	}
	format := notes.Markdown
	switch f, ok := notes.FormatOf(*out); {
	case *formatName != "":
		if format, err = notes.ParseFormat(*formatName); err != nil {
			return Usagef("%v", err)
		}
	case ok:
		format = f
	case *out != "":
		// Never guess: notes.txt written as Markdown surprises everyone.
		return Usagef("-o %s: the extension does not say the format; give --format md, json, csv or html (or name the file .md, .json, .csv or .html)", *out)
	}
	doc, err := env.LoadDocument()
	if err != nil {
		return err
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	set, err := s.Snapshot(context.Background())
	if err != nil {
		return err
	}
	opt := notes.Options{Doc: doc, All: *all}
	if *out != "" {
		return notes.ExportFile(*out, format, set, opt)
	}
	var buf bytes.Buffer
	if err := notes.Export(&buf, format, set, opt); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	_, err = env.Stdout.Write(buf.Bytes())
	return err
}

func runNotesImport(env *Env, c *Command, args []string) error {
	fs := notesFlags(env, c)
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if err := positional(rest, "FILE"); err != nil {
		return err
	}
	name := rest[0]
	var set *notes.Set
	if name == "-" {
		data, err := io.ReadAll(io.LimitReader(env.Stdin, notes.MaxImportBytes+1))
		if err == nil && len(data) > notes.MaxImportBytes {
			err = fmt.Errorf("larger than %d MB", notes.MaxImportBytes>>20)
		}
		if err == nil {
			set, err = notes.ReadJSON(data)
		}
		if err != nil {
			return fmt.Errorf("import from standard input: %w", err)
		}
	} else if set, err = notes.ReadJSONFile(name); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	s, err := openNotes(env)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Merge(context.Background(), set)
	if err != nil {
		return fmt.Errorf("import %s: %w", name, err)
	}
	fmt.Fprintf(env.Stdout, "imported %s: %d added, %d updated, %d unchanged, %d stars set\n", name, res.Added, res.Updated, res.Unchanged, res.Stars)
	return nil
}
