package notes

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"newsline/timeline"
)

// errUnchanged rolls back a write that turns out to change nothing.
var errUnchanged = errors.New("unchanged")

// write runs f in a write transaction (BEGIN IMMEDIATE: it waits up to the
// busy timeout for other writers) and commits. When write returns nil the
// change is durable: with synchronous=FULL, COMMIT returns after the
// write-ahead log is synced to disk.
func (s *Store) write(ctx context.Context, op string, f func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrap(op, s.path, err)
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		if errors.Is(err, errUnchanged) {
			return nil
		}
		return wrap(op, s.path, err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE meta SET generation = generation + 1"); err != nil {
		return wrap(op, s.path, err)
	}
	return wrap(op, s.path, tx.Commit())
}

// stamp returns the current time at the store's precision (milliseconds),
// and never earlier than after, so that an edit is always newer than what
// it replaces even if the clock stepped back.
func (s *Store) stamp(after time.Time) time.Time {
	t := s.now().UTC().Truncate(time.Millisecond)
	if !t.After(after) && !after.IsZero() {
		t = after.Add(time.Millisecond)
	}
	return t
}

// Add stores a new note about t and returns it once it is durably on disk.
// Text may be empty (a note that only carries tags).
func (s *Store) Add(ctx context.Context, t Target, text string, tags []string) (Note, error) {
	return s.add(ctx, t, text, tags, false)
}

// AddStarred adds a note as Add does and stars its target, in one
// transaction.
func (s *Store) AddStarred(ctx context.Context, t Target, text string, tags []string) (Note, error) {
	return s.add(ctx, t, text, tags, true)
}

func (s *Store) add(ctx context.Context, t Target, text string, tags []string, star bool) (Note, error) {
	const op = "save note"
	if err := checkTarget(t); err != nil {
		return Note{}, fmt.Errorf("%s: %w", op, err)
	}
	if err := checkText(text); err != nil {
		return Note{}, fmt.Errorf("%s: %w", op, err)
	}
	tags, err := NormalizeTags(tags)
	if err != nil {
		return Note{}, fmt.Errorf("%s: %w", op, err)
	}
	id, err := uuid.NewV7()
	if err != nil {
		return Note{}, fmt.Errorf("%s: %w", op, err)
	}
	now := s.stamp(time.Time{})
	n := Note{ID: id, Target: t, Text: text, Tags: tags, Created: now, Updated: now}
	err = s.write(ctx, op, func(tx *sql.Tx) error {
		if star {
			if err := s.star(ctx, tx, t, true); err != nil && !errors.Is(err, errUnchanged) {
				return err
			}
		}
		return putNote(ctx, tx, n)
	})
	if err != nil {
		return Note{}, err
	}
	return n, nil
}

// Edit replaces the text and tags of a note and returns it as stored. An
// edit that changes nothing writes nothing and keeps Updated, so that an
// auto-save on every pause in typing costs nothing when there was none.
func (s *Store) Edit(ctx context.Context, id uuid.UUID, text string, tags []string) (Note, error) {
	const op = "save note"
	if err := checkText(text); err != nil {
		return Note{}, fmt.Errorf("%s: %w", op, err)
	}
	tags, err := NormalizeTags(tags)
	if err != nil {
		return Note{}, fmt.Errorf("%s: %w", op, err)
	}
	var n Note
	err = s.write(ctx, op, func(tx *sql.Tx) error {
		var err error
		if n, err = getNote(ctx, tx, id); err != nil {
			return err
		}
		if n.Text == text && slices.Equal(n.Tags, tags) {
			return errUnchanged
		}
		n.Text, n.Tags, n.Updated = text, tags, s.stamp(n.Updated)
		return putNote(ctx, tx, n)
	})
	if err != nil {
		return Note{}, err
	}
	return n, nil
}

// Delete deletes a note and returns it as it was, for Restore to undo the
// deletion. The database keeps a tombstone (ID, target and time of
// deletion, no text), so that importing an older copy of the note does not
// bring it back.
func (s *Store) Delete(ctx context.Context, id uuid.UUID) (Note, error) {
	const op = "delete note"
	var n Note
	err := s.write(ctx, op, func(tx *sql.Tx) error {
		var err error
		if n, err = getNote(ctx, tx, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE notes SET deleted = 1, text = '', tags = '[]', updated = ? WHERE id = ?`,
			s.stamp(n.Updated).UnixMilli(), id.String())
		return err
	})
	if err != nil {
		return Note{}, err
	}
	return n, nil
}

// Restore undoes Delete: it puts n back as it was, with its ID and times.
// It does nothing when a note with n's ID exists (it was restored, or
// imported again, in the meantime).
func (s *Store) Restore(ctx context.Context, n Note) error {
	const op = "restore note"
	if err := checkNote(n); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return s.write(ctx, op, func(tx *sql.Tx) error {
		if _, err := getNote(ctx, tx, n.ID); err == nil {
			return errUnchanged
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
		return putNote(ctx, tx, n)
	})
}

// Note returns the note with the given ID.
func (s *Store) Note(ctx context.Context, id uuid.UUID) (Note, error) {
	n, err := getNote(ctx, s.db, id)
	return n, wrap("read note", s.path, err)
}

// Resolve returns the ID of the note whose ID is s or starts with s (at
// least 8 hex digits, as a person copies them from a list); ErrNotFound or
// ErrAmbiguous otherwise.
func (s *Store) Resolve(ctx context.Context, prefix string) (uuid.UUID, error) {
	if id, err := ParseID(prefix); err == nil {
		return id, nil
	}
	p := strings.ToLower(strings.TrimSpace(prefix))
	hex := strings.ReplaceAll(p, "-", "")
	if len(hex) < 8 || strings.Trim(hex, "0123456789abcdef") != "" {
		return uuid.Nil, fmt.Errorf("%w: %q is not a note ID (want a UUID, or its first 8 or more digits)", ErrNotFound, timeline.Clip(prefix))
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM notes WHERE deleted = 0 AND id >= ? AND id < ? ORDER BY id LIMIT 2`, p, p+"~")
	if err != nil {
		return uuid.Nil, wrap("find note", s.path, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return uuid.Nil, wrap("find note", s.path, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return uuid.Nil, wrap("find note", s.path, err)
	}
	switch len(ids) {
	case 0:
		return uuid.Nil, fmt.Errorf("%w: no note ID starts with %s", ErrNotFound, p)
	case 1:
		return uuid.Parse(ids[0])
	}
	return uuid.Nil, fmt.Errorf("%w: more than one note ID starts with %s: give more digits", ErrAmbiguous, p)
}

// NotesOf returns the notes about a target, oldest first: what a detail
// card shows.
func (s *Store) NotesOf(ctx context.Context, target uuid.UUID) ([]Note, error) {
	ns, err := queryNotes(ctx, s.db, `WHERE deleted = 0 AND target = ? ORDER BY created, id`, target.String())
	return ns, wrap("read notes", s.path, err)
}

// Snapshot returns every note (oldest first) and every star, read in one
// transaction so that they agree with each other.
func (s *Store) Snapshot(ctx context.Context) (*Set, error) {
	const op = "read notes"
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // a deferred BEGIN: takes no write lock
	if err != nil {
		return nil, wrap(op, s.path, err)
	}
	defer tx.Rollback()
	set := &Set{}
	// Sorted here: SQLite's sorter would carry every note's text through
	// its temporary files.
	if set.Notes, err = queryNotes(ctx, tx, `WHERE deleted = 0`); err != nil {
		return nil, wrap(op, s.path, err)
	}
	slices.SortFunc(set.Notes, func(a, b Note) int {
		if c := a.Created.Compare(b.Created); c != 0 {
			return c
		}
		return strings.Compare(a.ID.String(), b.ID.String())
	})
	stars, err := queryStars(ctx, tx, `WHERE starred = 1 ORDER BY created, target`)
	if err != nil {
		return nil, wrap(op, s.path, err)
	}
	for _, st := range stars {
		set.Stars = append(set.Stars, st.Star)
	}
	return set, nil
}

// SetStar stars or unstars t. Unstarring keeps the row, with the time, so
// that importing an older star does not bring it back.
func (s *Store) SetStar(ctx context.Context, t Target, on bool) error {
	const op = "save star"
	if err := checkTarget(t); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return s.write(ctx, op, func(tx *sql.Tx) error { return s.star(ctx, tx, t, on) })
}

// star sets the star of t in tx, or returns errUnchanged.
func (s *Store) star(ctx context.Context, tx *sql.Tx, t Target, on bool) error {
	old, err := queryStars(ctx, tx, `WHERE target = ?`, t.ID.String())
	if err != nil {
		return err
	}
	if len(old) == 0 {
		if !on {
			return errUnchanged
		}
		now := s.stamp(time.Time{})
		return putStar(ctx, tx, Star{Target: t, Created: now, Updated: now}, true)
	}
	st, was := old[0].Star, old[0].on
	if was == on {
		return errUnchanged
	}
	st.Target = t
	st.Updated = s.stamp(st.Updated)
	return putStar(ctx, tx, st, on)
}

// Starred reports whether the target is starred.
func (s *Store) Starred(ctx context.Context, target uuid.UUID) (bool, error) {
	var on bool
	err := s.db.QueryRowContext(ctx, `SELECT starred FROM stars WHERE target = ?`, target.String()).Scan(&on)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return on, wrap("read star", s.path, err)
}

// Generation returns a number that changes whenever any process commits a
// change to the database. A window polls it (it is one small read) to see
// notes that the command line or another window wrote.
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := s.db.QueryRowContext(ctx, `SELECT generation FROM meta`).Scan(&g)
	return g, wrap("read notes", s.path, err)
}

// MergeResult counts what Merge did.
type MergeResult struct {
	Added     int // notes new to this database
	Updated   int // notes replaced by a newer version
	Unchanged int // notes already here, as new or newer (or deleted later)
	Stars     int // stars set or cleared
}

// Merge merges notes and stars from elsewhere (an import) by ID, in one
// transaction: all or nothing. A note replaces the local one with the same
// ID only if its Updated time is later, so merging the same set twice
// changes nothing. A note deleted here stays deleted unless the incoming
// one was edited after the deletion. Stars merge by target the same way.
func (s *Store) Merge(ctx context.Context, set *Set) (MergeResult, error) {
	const op = "merge notes"
	var res MergeResult
	for i := range set.Notes {
		if err := checkNote(set.Notes[i]); err != nil {
			return res, fmt.Errorf("%s: note %s: %w", op, set.Notes[i].ID, err)
		}
	}
	for i := range set.Stars {
		if err := checkTarget(set.Stars[i].Target); err != nil {
			return res, fmt.Errorf("%s: star: %w", op, err)
		}
	}
	err := s.write(ctx, op, func(tx *sql.Tx) error {
		res = MergeResult{}
		// Prepared once: preparing is most of the cost of a small statement.
		get, err := tx.PrepareContext(ctx, `SELECT updated FROM notes WHERE id = ?`)
		if err != nil {
			return err
		}
		defer get.Close()
		put, err := tx.PrepareContext(ctx, putNoteSQL)
		if err != nil {
			return err
		}
		defer put.Close()
		for _, n := range set.Notes {
			var updated int64
			err := get.QueryRowContext(ctx, n.ID.String()).Scan(&updated)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				res.Added++
			case err != nil:
				return err
			case n.Updated.UnixMilli() > updated:
				res.Updated++
			default:
				res.Unchanged++
				continue
			}
			if _, err := put.ExecContext(ctx, noteArgs(n)...); err != nil {
				return err
			}
		}
		for _, st := range set.Stars {
			old, err := queryStars(ctx, tx, `WHERE target = ?`, st.Target.ID.String())
			if err != nil {
				return err
			}
			if len(old) > 0 && (st.Updated.UnixMilli() <= old[0].Updated.UnixMilli() || old[0].on) {
				continue
			}
			if len(old) > 0 {
				st.Created = old[0].Created
			}
			if err := putStar(ctx, tx, st, true); err != nil {
				return err
			}
			res.Stars++
		}
		if res.Added+res.Updated+res.Stars == 0 {
			return errUnchanged
		}
		return nil
	})
	return res, err
}

// checkTarget reports why t cannot be stored, or nil.
func checkTarget(t Target) error {
	if t.ID == uuid.Nil {
		return fmt.Errorf("%w: target has no ID", ErrInvalid)
	}
	if t.Kind != KindEvent && t.Kind != KindEntity {
		return fmt.Errorf("%w: target kind %q is neither %q nor %q", ErrInvalid, timeline.Clip(string(t.Kind)), KindEvent, KindEntity)
	}
	for _, s := range []string{t.Title, t.DocTitle, t.Date.Human} {
		if err := checkText(s); err != nil {
			return err
		}
	}
	return nil
}

// checkNote reports why a note from outside (Restore, Merge) cannot be
// stored as it is, or nil.
func checkNote(n Note) error {
	if n.ID == uuid.Nil {
		return fmt.Errorf("%w: note has no ID", ErrInvalid)
	}
	if err := checkTarget(n.Target); err != nil {
		return err
	}
	if err := checkText(n.Text); err != nil {
		return err
	}
	tags, err := NormalizeTags(n.Tags)
	if err != nil {
		return err
	}
	if !slices.Equal(tags, n.Tags) && len(n.Tags) > 0 {
		return fmt.Errorf("%w: tags %q are not normalised", ErrInvalid, n.Tags)
	}
	if n.Created.IsZero() || n.Updated.Before(n.Created) {
		return fmt.Errorf("%w: note times are missing or updated is before created", ErrInvalid)
	}
	return nil
}

const noteColumns = `id, target, kind, text, tags, created, updated, title, date_start, date_end, date_human, doc_id, doc_title`

// decodeTags decodes the tags column, a JSON array of strings; nil if it
// is not one. Tags without escapes, nearly all, skip the JSON decoder:
// a quote inside a tag is always escaped, so `","` only separates.
func decodeTags(s string) []string {
	if len(s) >= 4 && strings.HasPrefix(s, `["`) && strings.HasSuffix(s, `"]`) && !strings.Contains(s, `\`) {
		return strings.Split(s[2:len(s)-2], `","`)
	}
	var tags []string
	if json.Unmarshal([]byte(s), &tags) != nil {
		return nil
	}
	if tags == nil {
		tags = []string{}
	}
	return tags
}

const putNoteSQL = `INSERT OR REPLACE INTO notes (` + noteColumns + `, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)`

// putNote inserts or replaces the note (live: a tombstone with its ID
// comes back to life).
func putNote(ctx context.Context, tx *sql.Tx, n Note) error {
	_, err := tx.ExecContext(ctx, putNoteSQL, noteArgs(n)...)
	return err
}

// noteArgs are the values of putNoteSQL's placeholders.
func noteArgs(n Note) []any {
	tags := n.Tags
	if tags == nil {
		tags = []string{}
	}
	tagsJSON, _ := json.Marshal(tags) // cannot fail for strings
	t := n.Target
	return []any{n.ID.String(), t.ID.String(), string(t.Kind), n.Text, string(tagsJSON),
		n.Created.UnixMilli(), n.Updated.UnixMilli(),
		t.Title, t.Date.Start.String(), t.Date.End.String(), t.Date.Human, docIDString(t.DocID), t.DocTitle}
}

func docIDString(id uuid.UUID) string {
	if id == uuid.Nil {
		return ""
	}
	return id.String()
}

// getNote returns a live note, or ErrNotFound.
func getNote(ctx context.Context, q querier, id uuid.UUID) (Note, error) {
	ns, err := queryNotes(ctx, q, `WHERE deleted = 0 AND id = ?`, id.String())
	if err != nil {
		return Note{}, err
	}
	if len(ns) == 0 {
		return Note{}, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return ns[0], nil
}

func queryNotes(ctx context.Context, q querier, where string, args ...any) ([]Note, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+noteColumns+` FROM notes `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Note
	for rows.Next() {
		var (
			n                  Note
			id, target, kind   string
			tags               string
			created, updated   int64
			start, end, docID  string
			title, human, docT string
		)
		if err := rows.Scan(&id, &target, &kind, &n.Text, &tags, &created, &updated, &title, &start, &end, &human, &docID, &docT); err != nil {
			return nil, err
		}
		if n.Tags = decodeTags(tags); n.Tags == nil {
			return nil, problemf(ErrCorrupt, "note %s: tags %q are not a JSON array of strings", id, timeline.Clip(tags))
		}
		var err error
		if n.ID, err = uuid.Parse(id); err != nil {
			return nil, fmt.Errorf("%w: note ID %q: %v", ErrCorrupt, id, err)
		}
		if n.Target, err = scanTarget(target, kind, title, start, end, human, docID, docT); err != nil {
			return nil, fmt.Errorf("note %s: %w", id, err)
		}
		n.Created, n.Updated = time.UnixMilli(created).UTC(), time.UnixMilli(updated).UTC()
		out = append(out, n)
	}
	return out, rows.Err()
}

func scanTarget(id, kind, title, start, end, human, docID, docTitle string) (Target, error) {
	var t Target
	var err error
	if t.ID, err = uuid.Parse(id); err != nil {
		return t, fmt.Errorf("%w: target %q: %v", ErrCorrupt, id, err)
	}
	if docID != "" {
		if t.DocID, err = uuid.Parse(docID); err != nil {
			return t, fmt.Errorf("%w: document %q: %v", ErrCorrupt, docID, err)
		}
	}
	if t.Date.Start, err = timeline.ParsePoint(start); err != nil {
		return t, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if t.Date.End, err = timeline.ParsePoint(end); err != nil {
		return t, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	t.Kind, t.Title, t.Date.Human, t.DocTitle = Kind(kind), title, human, docTitle
	return t, nil
}

// storedStar is a star row: a Star and whether it is on.
type storedStar struct {
	Star
	on bool
}

const starColumns = `target, kind, starred, created, updated, title, date_start, date_end, date_human, doc_id, doc_title`

func putStar(ctx context.Context, tx *sql.Tx, st Star, on bool) error {
	t := st.Target
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO stars (`+starColumns+`) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
		t.ID.String(), string(t.Kind), on, st.Created.UnixMilli(), st.Updated.UnixMilli(),
		t.Title, t.Date.Start.String(), t.Date.End.String(), t.Date.Human, docIDString(t.DocID), t.DocTitle)
	return err
}

func queryStars(ctx context.Context, q querier, where string, args ...any) ([]storedStar, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+starColumns+` FROM stars `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedStar
	for rows.Next() {
		var (
			st                       storedStar
			target, kind             string
			created, updated         int64
			title, start, end, human string
			docID, docTitle          string
		)
		if err := rows.Scan(&target, &kind, &st.on, &created, &updated, &title, &start, &end, &human, &docID, &docTitle); err != nil {
			return nil, err
		}
		var err error
		if st.Target, err = scanTarget(target, kind, title, start, end, human, docID, docTitle); err != nil {
			return nil, fmt.Errorf("star %s: %w", target, err)
		}
		st.Created, st.Updated = time.UnixMilli(created).UTC(), time.UnixMilli(updated).UTC()
		out = append(out, st)
	}
	return out, rows.Err()
}
