package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/google/uuid"

	"newsline/timeline"
	"newsline/timeline/draft"
)

var importCommand = &Command{
	Name:    "import",
	Usage:   "[--published YYYY-MM-DD] [--title T] [--publisher P] [--url U] [--format F] [--review] [-o DOC.json] ARTICLE",
	Summary: "draft a timeline document from a news article",
	Help: `Reads a news article from ARTICLE ("-" for standard input) and writes a draft
timeline document (docs/format.md) to DOC.json, or to standard output without
-o or with "-o -". A file is written atomically: a reader sees the old file
or the new one.

ARTICLE may be plain UTF-8 text (paragraphs one a line), Markdown (markup
dropped; YAML front matter may give title, date, publisher and url) or HTML
(the article body is extracted: <article>, <main> or itemprop=articleBody,
else the densest block of paragraphs; scripts, styles, navigation, headers,
footers, asides, forms and figures are dropped). --format, else the file's
extension, else its content, says which.

The publication date anchors relative dates ("Saturday", "last week",
"since November"). --published gives it; without it, it is taken from the
HTML metadata (article:published_time, datePublished, JSON-LD, <time>) or
the Markdown front matter, and the import fails if there is none. --title,
--publisher and --url likewise override the metadata.

The draft has:
  - events: one per sentence (or per clause when a sentence gives two dates)
    with the resolved date, the article's words for it ("Saturday") and how
    they were resolved; "since November" is a period up to publication, "last
    week" the week's days (approximate), "over the past week" the seven days
    up to publication; a sentence in the simple past without a date takes the
    day of the news told before it ("agreed on Wednesday ... announced the
    deal"), unless another time comes between, or the earlier month or year
    told just before it ("set off in late November ... His mother died"); a
    count of days from an occasion dated before ("10 days before the murder")
    is that day; a speaker's "today" is the day they spoke; a plan a statement
    reports for a later day is an event of its own; other sentences without a
    date are undated, in article order (a past perfect, "had said", is bounded
    before publication). A quotation that goes on in the next sentence joins
    its speaker's event. Lanes by keywords: statement, diplomacy, security,
    politics, economy, context. A sentence that reports nothing that happened
    ("It is unclear whether ...", "There are ...", "X is a ...") is a
    background passage: an event marked "background": true, which the window
    shows only with View > Show Background Passages.
  - entities: people (with the titles around their names: "Danish Prime
    Minister Mette Frederiksen" is the Prime Minister of Denmark), places
    and organisations, from rules and the shipped gazetteers; later
    mentions merged ("Zelenskyy", "Ukraine's president").
  - quotes with their speakers and audiences ("said", "told", "telling",
    "according to", a colon after a name).
IDs derive from the text and publication date (UUID version 5): importing
the same text again gives the same IDs, so notes stay attached.

--review prints to standard error, after the import, how sure the draft is
of each event, least confident first, so that the likeliest mistakes are
checked first: one line per event with its confidence (the probability,
measured on annotated news, that its date and its speaker are right), its
date and the article's words for it, its speaker and how the speaker was
found, and its title; then the background passages, each with why it is
one. The document still goes to -o or standard output.

Input larger than 8 MB, empty, binary (NUL bytes) or not UTF-8 is refused
with a message that names the file and the place, and so is a text that
would make more than 50000 events. Interrupting (Ctrl-C) stops the import
without writing.`,
	Run: runImport,
}

func runImport(env *Env, c *Command, args []string) error {
	fs := c.FlagSet()
	published := fs.String("published", "", "publication `YYYY-MM-DD` (or YYYY-MM-DDThh:mm); default: from the article's metadata")
	title := fs.String("title", "", "the article's `title`; default: from its metadata or first heading")
	publisher := fs.String("publisher", "", "the article's `publisher`; default: from its metadata")
	url := fs.String("url", "", "the article's `URL`; default: from its metadata")
	formatName := fs.String("format", "auto", "the article's `format`: auto, text, markdown or html")
	out := fs.String("o", "-", "write the document to `FILE`; - for standard output")
	review := fs.Bool("review", false, "print how sure the draft is of each event, least confident first, to standard error")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(rest) == 0:
		return Usagef("no ARTICLE given (use - for standard input)")
	case len(rest) > 1:
		return Usagef("unexpected argument %q", rest[1])
	}
	format, err := draft.ParseFormat(*formatName)
	if err != nil {
		return Usagef("--format: %v", err)
	}
	src := draft.Source{Name: rest[0], Format: format, Title: *title, Publisher: *publisher, URL: *url}
	if *published != "" {
		p, err := timeline.ParsePoint(*published)
		if err != nil || p.Precision < timeline.Day {
			return Usagef("--published: want a date as YYYY-MM-DD, got %q", *published)
		}
		src.Published = p
	}
	if src.Data, err = readArticle(env, rest[0]); err != nil {
		return err
	}
	if rest[0] == "-" {
		src.Name = "standard input"
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	doc, rev, err := draft.ImportReview(ctx, src, nil)
	switch {
	case errors.Is(err, draft.ErrNoPublished):
		return Usagef("%s has no publication date in its metadata: give --published YYYY-MM-DD", src.Name)
	case errors.Is(err, context.Canceled):
		return errors.New("import interrupted; nothing written")
	case err != nil:
		return err
	}
	if *out == "-" {
		data, err := timeline.Format(doc)
		if err != nil {
			return err
		}
		if _, err = env.Stdout.Write(data); err != nil {
			return err
		}
	} else {
		if err := timeline.Save(*out, doc); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "newsline: wrote %s: %d events (%d background), %d entities, %d quotes\n",
			*out, len(doc.Events), len(rev.Background), len(doc.Entities), len(doc.Quotes))
	}
	if *review {
		return writeReview(env.Stderr, doc, rev)
	}
	return nil
}

// writeReview prints the review of a draft: the events on the timeline,
// least confident first (ties in article order), then the background
// passages in article order.
func writeReview(w io.Writer, doc *timeline.Document, rev *draft.Review) error {
	name := map[uuid.UUID]string{}
	for _, e := range doc.Entities {
		name[e.ID] = e.Name
	}
	type row struct {
		ev *timeline.Event
		er draft.EventReview
	}
	var rows []row
	for i, er := range rev.Events {
		if er.Background == "" {
			rows = append(rows, row{&doc.Events[i], er})
		}
	}
	slices.SortStableFunc(rows, func(x, y row) int {
		switch {
		case x.er.Confidence < y.er.Confidence:
			return -1
		case x.er.Confidence > y.er.Confidence:
			return 1
		}
		return 0
	})
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Review: %d events, least confident first\n", len(rows))
	fmt.Fprintln(tw, "CONFIDENCE\tDATE\tSPEAKER\tTITLE")
	for _, r := range rows {
		date := r.ev.Date.Human()
		if r.er.DateWords != "" {
			date += " “" + clip(r.er.DateWords, 30) + "”"
		}
		if slices.ContainsFunc(r.er.Reasons, func(x draft.Reason) bool { return x.Aspect == "date" && x.Kind == "inherited" }) {
			date += ", from the statement before"
		}
		if slices.ContainsFunc(r.er.Reasons, func(x draft.Reason) bool { return x.Aspect == "date" && x.Kind == "counted" }) {
			date += ", counted from an occasion before"
		}
		if slices.ContainsFunc(r.er.Reasons, func(x draft.Reason) bool { return x.Aspect == "date" && x.Kind == "news-day" }) {
			date += ", the story's news day"
		}
		speaker := "-"
		if r.er.SpeakerHow != "" {
			speaker = name[r.er.Speaker]
			if speaker == "" {
				speaker = "nobody"
			}
			speaker += ": " + r.er.SpeakerHow
		}
		fmt.Fprintf(tw, "%.2f\t%s\t%s\t%s\n", r.er.Confidence, oneLine(date), oneLine(speaker), oneLine(r.ev.Title))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(rev.Background) == 0 {
		return nil
	}
	fmt.Fprintf(tw, "\nBackground passages, off the timeline: %d\n", len(rev.Background))
	fmt.Fprintln(tw, "WHY\tPASSAGE")
	for _, b := range rev.Background {
		fmt.Fprintf(tw, "%s\t%s\n", oneLine(b.Why), clip(oneLine(b.Span.Text), 100))
	}
	return tw.Flush()
}

// oneLine keeps a table cell on its line: tabs and line breaks become
// spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// clip shortens s to at most n characters, with "…" for what it leaves out.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// readArticle reads the article file (or standard input for "-"), refusing
// directories and files over draft.MaxInputSize before reading them.
func readArticle(env *Env, name string) ([]byte, error) {
	if name == "-" {
		data, err := draft.ReadAll(env.Stdin)
		if err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		return data, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err // *PathError names the file
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s is a directory, not an article", name)
	}
	if info.Mode().IsRegular() && info.Size() > draft.MaxInputSize {
		return nil, fmt.Errorf("%s: %s is %w", name, draft.SizeString(info.Size()), draft.ErrTooLarge)
	}
	data, err := draft.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}
