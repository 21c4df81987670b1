package notes

import (
	"context"
	"database/sql"
	"strings"

	"github.com/google/uuid"

	"newsline/timeline"
)

// A Filter chooses which targets a timeline shows.
type Filter int

const (
	ShowAll       Filter = iota // every event
	ShowAnnotated               // events with notes or a star
	ShowStarred                 // starred events
)

// An Overview is what the timeline needs of every annotated target at
// once: which carry notes or a star (its markers and filter) and the folded
// text of their notes and tags (its search). It is a snapshot: rebuild it
// when Store.Generation changes.
type Overview struct {
	Generation int64 // the store's Generation when the snapshot was taken
	targets    map[uuid.UUID]*Summary
}

// A Summary is what an Overview knows of one target.
type Summary struct {
	Notes   int      // how many notes it has
	Starred bool     // whether it is starred
	Tags    []string // its notes' tags, first spelling first, without duplicates
	folded  string
}

// Overview reads the overview of every annotated target in one
// transaction.
func (s *Store) Overview(ctx context.Context) (*Overview, error) {
	const op = "read notes"
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(op, s.path, err)
	}
	defer tx.Rollback()
	o := &Overview{targets: map[uuid.UUID]*Summary{}}
	if err := tx.QueryRowContext(ctx, `SELECT generation FROM meta`).Scan(&o.Generation); err != nil {
		return nil, wrap(op, s.path, err)
	}
	// In table order (the order notes were stored): sorting would cost more
	// than the rest of the overview.
	rows, err := tx.QueryContext(ctx, `SELECT target, text, tags FROM notes WHERE deleted = 0`)
	if err != nil {
		return nil, wrap(op, s.path, err)
	}
	defer rows.Close()
	type building struct {
		folded strings.Builder
		tags   map[string]bool // folded tags seen
	}
	b := map[uuid.UUID]*building{}
	for rows.Next() {
		var target, text, tagsJSON string
		if err := rows.Scan(&target, &text, &tagsJSON); err != nil {
			return nil, wrap(op, s.path, err)
		}
		id, err := uuid.Parse(target)
		if err != nil {
			continue // scanTarget reports it where the note is read whole
		}
		tags := decodeTags(tagsJSON)
		sum, bs := o.summary(id), b[id]
		if bs == nil {
			bs = &building{tags: map[string]bool{}}
			b[id] = bs
		}
		sum.Notes++
		bs.folded.WriteString(timeline.Fold(text))
		bs.folded.WriteByte('\n')
		for _, t := range tags {
			ft := timeline.Fold(t)
			if !bs.tags[ft] {
				bs.tags[ft] = true
				sum.Tags = append(sum.Tags, t)
			}
			bs.folded.WriteString(ft + " #" + ft + "\n")
		}
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(op, s.path, err)
	}
	for id, bs := range b {
		o.targets[id].folded = bs.folded.String()
	}
	stars, err := tx.QueryContext(ctx, `SELECT target FROM stars WHERE starred = 1`)
	if err != nil {
		return nil, wrap(op, s.path, err)
	}
	defer stars.Close()
	for stars.Next() {
		var target string
		if err := stars.Scan(&target); err != nil {
			return nil, wrap(op, s.path, err)
		}
		if id, err := uuid.Parse(target); err == nil {
			o.summary(id).Starred = true
		}
	}
	if err := stars.Err(); err != nil {
		return nil, wrap(op, s.path, err)
	}
	return o, nil
}

func (o *Overview) summary(id uuid.UUID) *Summary {
	sum := o.targets[id]
	if sum == nil {
		sum = &Summary{}
		o.targets[id] = sum
	}
	return sum
}

// Get returns the summary of a target; ok is false when it has neither
// notes nor a star.
func (o *Overview) Get(id uuid.UUID) (sum *Summary, ok bool) {
	sum, ok = o.targets[id]
	return sum, ok
}

// Annotated reports whether the target has notes or a star: whether the
// timeline marks it.
func (o *Overview) Annotated(id uuid.UUID) bool {
	_, ok := o.targets[id]
	return ok
}

// HasNotes reports whether the target has at least one note.
func (o *Overview) HasNotes(id uuid.UUID) bool {
	sum, ok := o.targets[id]
	return ok && sum.Notes > 0
}

// Starred reports whether the target is starred.
func (o *Overview) Starred(id uuid.UUID) bool {
	sum, ok := o.targets[id]
	return ok && sum.Starred
}

// Show reports whether the filter lets the target through.
func (o *Overview) Show(id uuid.UUID, f Filter) bool {
	switch f {
	case ShowAnnotated:
		return o.Annotated(id)
	case ShowStarred:
		return o.Starred(id)
	}
	return true
}

// Folded returns the target's note texts and tags passed through
// timeline.Fold, one per line, each tag both bare and with a '#'. Search
// appends it to the event's own folded text so that a query's words may
// match across the title and the notes.
func (o *Overview) Folded(id uuid.UUID) string {
	if sum, ok := o.targets[id]; ok {
		return sum.folded
	}
	return ""
}

// FoldedAll returns Folded for every annotated target, by its ID.
func (o *Overview) FoldedAll() map[uuid.UUID]string {
	out := make(map[uuid.UUID]string, len(o.targets))
	for id, sum := range o.targets {
		if sum.folded != "" {
			out[id] = sum.folded
		}
	}
	return out
}

// Match reports whether every word of m occurs in the target's notes or
// tags ("#urgent" matches the tag only).
func (o *Overview) Match(id uuid.UUID, m timeline.Matcher) bool {
	sum, ok := o.targets[id]
	return ok && m.MatchFolded(sum.folded)
}

// Len returns the number of annotated targets.
func (o *Overview) Len() int { return len(o.targets) }
