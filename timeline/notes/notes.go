package notes

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"newsline/timeline"
)

// Limits on what a note may hold. They keep a hostile import or a paste of a
// whole book from bloating the database and every export.
const (
	MaxTextBytes = 4 << 20 // a note's text, in bytes of UTF-8
	MaxTags      = 64      // tags on one note
	MaxTagBytes  = 200     // one tag, after normalisation
)

// Kind is what a note is about.
type Kind string

const (
	KindEvent  Kind = "event"
	KindEntity Kind = "entity"
)

// A Target is the event or entity a note or star is about, with a copy of
// how it read when the note was written, so that a note still reads well
// when the document changes or is gone.
type Target struct {
	ID       uuid.UUID // the event's or entity's stable ID
	Kind     Kind
	Title    string    // the event's title or the entity's name
	Date     DateCopy  // the event's date; zero for entities
	DocID    uuid.UUID // the document the target was in; uuid.Nil if unknown
	DocTitle string
}

// A DateCopy is an event's date as a note remembers it.
type DateCopy struct {
	Start timeline.Point // zero when undated
	End   timeline.Point // zero unless the event is a period
	Human string         // timeline.Date.Human() as it read: "c. Dec 2025"
}

// CopyDate makes the copy of d that notes keep.
func CopyDate(d timeline.Date) DateCopy {
	if d.IsZero() {
		return DateCopy{}
	}
	return DateCopy{Start: d.Start, End: d.End, Human: d.Human()}
}

// ISO formats the copy as ISO 8601: "2026-01-03", or "2025-11/2026-01-06"
// for a period; "" when undated.
func (d DateCopy) ISO() string {
	if d.End.IsZero() {
		return d.Start.String()
	}
	return d.Start.String() + "/" + d.End.String()
}

// compare orders copies like timeline order does by date: dated before
// undated, by start, coarser first, then the longer period first.
func (d DateCopy) compare(e DateCopy) int {
	if c := d.Start.Compare(e.Start); c != 0 || d.Start.IsZero() {
		return c
	}
	return e.finish().Compare(d.finish())
}

func (d DateCopy) finish() time.Time {
	if d.End.IsZero() {
		return d.Start.Finish()
	}
	return d.End.Finish()
}

// EventTarget returns the target for an event of doc.
func EventTarget(doc *timeline.Document, ev *timeline.Event) Target {
	return Target{ID: ev.ID, Kind: KindEvent, Title: ev.Title, Date: CopyDate(ev.Date), DocID: doc.ID, DocTitle: doc.Title}
}

// EntityTarget returns the target for an entity of doc.
func EntityTarget(doc *timeline.Document, e *timeline.Entity) Target {
	return Target{ID: e.ID, Kind: KindEntity, Title: e.Name, DocID: doc.ID, DocTitle: doc.Title}
}

// ErrUnknownTarget is returned by Lookup for an ID that names no event or
// entity of the document.
var ErrUnknownTarget = errors.New("no event or entity with this ID")

// Lookup returns the target for the event or entity of x with the given ID.
func Lookup(x *timeline.Index, id uuid.UUID) (Target, error) {
	if ev, ok := x.Event(id); ok {
		return EventTarget(x.Doc, ev), nil
	}
	if e, ok := x.Entity(id); ok {
		return EntityTarget(x.Doc, e), nil
	}
	return Target{}, fmt.Errorf("%s in %q: %w", id, x.Doc.Title, ErrUnknownTarget)
}

// ParseID parses a UUID as people paste it: plain, braced, or urn:uuid:.
func ParseID(s string) (uuid.UUID, error) {
	id, err := uuid.Parse(strings.TrimSpace(s))
	if err != nil {
		return uuid.Nil, fmt.Errorf("invalid ID %q: want a UUID such as 0194b2c4-…", timeline.Clip(s))
	}
	return id, nil
}

// A Note is a piece of text about a target. A target has any number.
type Note struct {
	ID      uuid.UUID // version 7, so IDs sort by creation time
	Target  Target
	Text    string   // multi-line, as typed; may hold any Unicode, NUL included
	Tags    []string // normalised by NormalizeTags; never nil when read back
	Created time.Time
	Updated time.Time // equals Created until the first edit
}

// A Star marks a target as important. A target has at most one.
type Star struct {
	Target  Target
	Created time.Time
	Updated time.Time
}

// A Set is notes and stars: what the store lists, an export writes and an
// import reads.
type Set struct {
	Notes []Note
	Stars []Star
}

// checkText reports why text cannot be stored, or nil. Text may hold NUL
// and other control characters: they round-trip through the store and the
// JSON export, and the human-readable exports show them as U+FFFD.
func checkText(text string) error {
	if len(text) > MaxTextBytes {
		return fmt.Errorf("%w: note is %.1f MB, the limit is %d MB", ErrInvalid, float64(len(text))/(1<<20), MaxTextBytes>>20)
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("%w: note text is not valid UTF-8", ErrInvalid)
	}
	return nil
}

// NormalizeTags returns tags as the store keeps them: a leading '#' and
// surrounding space dropped, inner runs of space and control characters
// turned into single '-' (tags are single words in Obsidian and in the CSV
// export), empty ones dropped, and duplicates (ignoring case and accents)
// dropped after their first spelling. It fails on invalid UTF-8 and past
// MaxTags or MaxTagBytes.
func NormalizeTags(tags []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, t := range tags {
		if !utf8.ValidString(t) {
			return nil, fmt.Errorf("%w: tag %q is not valid UTF-8", ErrInvalid, timeline.Clip(t))
		}
		t = strings.TrimLeft(strings.TrimSpace(t), "#")
		t = strings.Join(strings.FieldsFunc(t, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsControl(r)
		}), "-")
		if t == "" {
			continue
		}
		if len(t) > MaxTagBytes {
			return nil, fmt.Errorf("%w: tag %q is longer than %d bytes", ErrInvalid, timeline.Clip(t), MaxTagBytes)
		}
		key := timeline.Fold(t)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	if len(out) > MaxTags {
		return nil, fmt.Errorf("%w: %d tags, the limit is %d", ErrInvalid, len(out), MaxTags)
	}
	return out, nil
}
