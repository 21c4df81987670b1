package interop

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"newsline/timeline"
)

// Lanes that an import gives events without a lane of their own.
const (
	// LaneUngrouped holds the slides of a TimelineJS file that have no
	// group; exporting it writes no group.
	LaneUngrouped timeline.Lane = "ungrouped"
	// LaneEra holds the eras of a TimelineJS file, as periods; exporting
	// writes its periods as eras.
	LaneEra timeline.Lane = "era"
)

// idSpace is the namespace of the IDs an import derives (UUID version 5).
var idSpace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://newsline.app/ns/timelinejs"))

// A builder turns a TimelineJS timeline into a document.
type builder struct {
	doc     *timeline.Document
	ns      uuid.UUID            // the document's namespace for derived IDs
	text    strings.Builder      // the article: the timeline's text
	article uuid.UUID            // its ID
	used    map[uuid.UUID]string // IDs given so far, and where
	lanes   map[string]timeline.Lane
	unnamed int // groups without Latin letters, numbered
	probs   []timeline.Problem
	notices notices
}

// maxProblems bounds the problems one import reports.
const maxProblems = 50

func (b *builder) problem(path, format string, args ...any) {
	if len(b.probs) <= maxProblems {
		b.probs = append(b.probs, timeline.Problem{Path: path, Message: fmt.Sprintf(format, args...)})
	}
}

// build makes a document of tl. name (the file's name without its
// extension) titles it when the file has no title headline.
func build(tl *tlFile, name string) (*timeline.Document, *Report, error) {
	if len(tl.Events) == 0 && len(tl.Eras) == 0 {
		return nil, nil, fmt.Errorf("events: none: a TimelineJS timeline needs at least one event")
	}
	b := &builder{used: map[uuid.UUID]string{}, lanes: map[string]timeline.Lane{}}
	var title, intro, titleID string
	if tl.Title != nil {
		title, intro, titleID = oneLine(tl.Title.Headline), plainText(tl.Title.Text), strings.TrimSpace(tl.Title.ID)
		b.notices.dropped(tl.Title)
	}
	doc := &timeline.Document{Title: title}
	if doc.Title == "" {
		doc.Title = strings.TrimSpace(name)
	}
	if doc.Title == "" {
		doc.Title = "Untitled timeline"
	}
	b.doc = doc
	if id, ok := parseID(titleID); ok {
		doc.ID, b.ns = id, uuid.NewSHA1(idSpace, id[:])
	} else {
		b.ns = uuid.NewSHA1(idSpace, []byte("title\x00"+titleID+"\x00"+title+"\x00"+intro))
		doc.ID = uuid.NewSHA1(b.ns, []byte("document"))
	}
	b.used[doc.ID] = "title.unique_id"
	b.article = b.claim(uuid.NewSHA1(b.ns, []byte("article")), "", "article")
	if intro != "" {
		b.text.WriteString(intro + "\n")
	}

	for i := range tl.Events {
		b.event(&tl.Events[i], false)
	}
	for i := range tl.Eras {
		b.event(&tl.Eras[i], true)
	}
	if len(b.probs) > 0 {
		return nil, nil, &timeline.ValidationError{Problems: b.probs}
	}
	doc.Articles = []timeline.Article{{ID: b.article, Title: doc.Title, Text: b.text.String()}}
	if err := doc.Validate(); err != nil {
		// Everything above is checked as it is read; this is a bug.
		return nil, nil, fmt.Errorf("the imported timeline does not hold together: %w", err)
	}
	return doc, &Report{Events: len(doc.Events), Notices: b.notices.list()}, nil
}

// event adds the event (or era) s.
func (b *builder) event(s *slide, era bool) {
	var d timeline.Date
	ok := true
	switch {
	case s.Start == nil && s.End != nil:
		b.problem(s.at("start_date"), "missing, but end_date is given")
		ok = false
	case s.Start == nil && era:
		b.problem(s.at("start_date"), "missing (an era needs a start and an end)")
		ok = false
	case s.Start == nil:
		b.notices.add("undated", s.Where, "no start_date: imported as undated")
	default:
		d.Start, ok = b.point(s, s.Start, "start_date")
	}
	if era && s.End == nil && s.Start != nil {
		b.problem(s.at("end_date"), "missing (an era needs a start and an end)")
		ok = false
	}
	if s.End != nil && ok {
		end, endOK := b.point(s, s.End, "end_date")
		switch {
		case !endOK:
			ok = false
		case end == d.Start:
			// TimelineJS drops an end date equal to the start; so do we.
		case !end.Finish().After(d.Start.Begin()):
			b.problem(s.at("end_date"), "%s is before the start %s", end, d.Start)
			ok = false
		default:
			d.End = end
		}
	}
	if !ok {
		return
	}
	display := strings.TrimSpace(string(s.DisplayDate))
	if display == "" && s.Start != nil {
		display = strings.TrimSpace(string(s.Start.DisplayDate))
	}
	d.Expression = oneLine(display)
	d.Approximate = d.Dated() && isApproximate(d.Expression)

	ev := timeline.Event{Title: oneLine(s.Headline), Summary: plainText(s.Text), Date: d}
	// The article holds the timeline's text: each slide's headline on a
	// line, its text on the lines after it; the event's evidence is both.
	if ev.Title != "" {
		ev.Evidence = append(ev.Evidence, b.line(ev.Title))
	}
	if ev.Summary != "" {
		ev.Evidence = append(ev.Evidence, b.line(ev.Summary))
	}
	if len(ev.Evidence) > 0 {
		b.text.WriteString("\n")
	}
	if ev.Title == "" {
		ev.Title = untitled(ev.Summary, era)
	}
	if era {
		ev.Lane = LaneEra
	} else {
		ev.Lane = b.lane(s)
	}
	seed := "event"
	if era {
		seed = "era"
	}
	id := strings.TrimSpace(s.ID)
	if given, ok := parseID(id); ok {
		ev.ID = b.claim(given, seed+"\x00"+id, s.at("unique_id"))
	} else if id != "" {
		ev.ID = b.claim(uuid.NewSHA1(b.ns, []byte(seed+"\x00id\x00"+id)), seed+"\x00id\x00"+id, s.at("unique_id"))
	} else {
		content := strings.Join([]string{seed, d.Start.String(), d.End.String(), ev.Title, ev.Summary}, "\x00")
		ev.ID = b.claim(uuid.NewSHA1(b.ns, []byte(content)), content, s.Where)
	}
	b.notices.dropped(s)
	b.doc.Events = append(b.doc.Events, ev)
}

// point reads the date field ("start_date" or "end_date") of s,
// reporting a problem at its place.
func (b *builder) point(s *slide, d *tlDate, field string) (timeline.Point, bool) {
	p, lost, err := pointOf(d)
	if e, ok := err.(*partError); ok {
		b.problem(s.at(field+"."+e.Part), "%s", e.Message)
		return p, false
	}
	if lost {
		b.notices.add("seconds", s.at(field), "seconds dropped (Newsline dates go to the minute)")
	}
	return p, true
}

// line appends text (one or more lines) to the article as a passage and
// returns its span.
func (b *builder) line(text string) timeline.Span {
	start := b.text.Len()
	b.text.WriteString(text)
	end := b.text.Len()
	b.text.WriteByte('\n')
	return timeline.Span{Article: b.article, Start: start, End: end, Text: text}
}

// claim returns id, or when it is taken (a unique_id given twice) an ID
// derived from seed, noting it.
func (b *builder) claim(id uuid.UUID, seed, where string) uuid.UUID {
	if prev, taken := b.used[id]; taken || id == uuid.Nil {
		b.notices.add("duplicate", where, fmt.Sprintf("unique_id repeats %s: given a new ID", prev))
		for n := 2; ; n++ {
			id = uuid.NewSHA1(b.ns, []byte(seed+"\x00"+strconv.Itoa(n)))
			if _, taken := b.used[id]; !taken {
				break
			}
		}
	}
	b.used[id] = where
	return id
}

// lane returns the lane of a slide's group: the group's words in
// lower-case Latin letters joined by '-' ("Human Rights" is human-rights,
// "Économie" economie), LaneUngrouped without a group, and group-1,
// group-2, … for groups without Latin letters, noted.
func (b *builder) lane(s *slide) timeline.Lane {
	group := strings.TrimSpace(oneLine(s.Group))
	if group == "" {
		return LaneUngrouped
	}
	if l, ok := b.lanes[group]; ok {
		return l
	}
	l := laneOf(group)
	if l == "" {
		l = timeline.Lane("group-" + letters(b.unnamed))
		b.unnamed++
		b.notices.add("group:"+group, s.at("group"), fmt.Sprintf("group %q became lane %s (lane names are Latin letters)", clip(group), l))
	}
	b.lanes[group] = l
	return l
}

// letters numbers n from 0 in letters, as lane names allow: a, b, …, z,
// aa, ab, ….
func letters(n int) string {
	var s []byte
	for n++; n > 0; n = (n - 1) / 26 {
		s = append([]byte{byte('a' + (n-1)%26)}, s...)
	}
	return string(s)
}

// laneOf folds a group's name to a lane name, or "" when it has no Latin
// letters.
func laneOf(group string) timeline.Lane {
	var words []string
	for w := range strings.FieldsFuncSeq(timeline.Fold(group), func(r rune) bool { return r < 'a' || r > 'z' }) {
		words = append(words, w)
	}
	l := strings.Join(words, "-")
	for len(l) > 40 {
		cut := strings.LastIndexByte(l[:40], '-')
		if cut <= 0 {
			cut = 40
		}
		l = strings.TrimRight(l[:cut], "-")
	}
	return timeline.Lane(l)
}

// untitled makes a title for a slide without a headline: the start of its
// text, or a placeholder.
func untitled(summary string, era bool) string {
	if line, _, _ := strings.Cut(summary, "\n"); line != "" {
		if len(line) > 100 {
			cut := 100
			for cut > 0 && line[cut]&0xC0 == 0x80 {
				cut--
			}
			line = strings.TrimSpace(line[:cut]) + "…"
		}
		return line
	}
	if era {
		return "Untitled era"
	}
	return "Untitled event"
}

// parseID reads a unique_id that is a UUID, in any of the forms people
// write one (braces, urn:uuid:, upper case).
func parseID(s string) (uuid.UUID, bool) {
	if s == "" {
		return uuid.Nil, false
	}
	id, err := uuid.Parse(s)
	return id, err == nil && id != uuid.Nil
}

// notices gathers what an import did not keep, one line per kind with a
// count and the first place.
type notices struct {
	kinds []string
	by    map[string]*notice
}

type notice struct {
	count       int
	first, what string
}

func (n *notices) add(kind, where, what string) {
	if n.by == nil {
		n.by = map[string]*notice{}
	}
	x := n.by[kind]
	if x == nil {
		x = &notice{first: where, what: what}
		n.by[kind] = x
		n.kinds = append(n.kinds, kind)
	}
	x.count++
}

// dropped notes the parts of s that Newsline does not keep.
func (n *notices) dropped(s *slide) {
	if s.Media {
		n.add("media", s.at("media"), "media not kept (Newsline keeps no pictures or video)")
	}
	if s.Background {
		n.add("background", s.at("background"), "background not kept")
	}
}

func (n *notices) list() []string {
	var out []string
	for _, k := range n.kinds {
		x := n.by[k]
		if x.count == 1 {
			out = append(out, x.first+": "+x.what)
		} else {
			out = append(out, fmt.Sprintf("%s: %s (and %d more like it)", x.first, x.what, x.count-1))
		}
	}
	return slices.Clip(out)
}
