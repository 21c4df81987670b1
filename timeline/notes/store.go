package notes

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"newsline/timeline"
)

// FileName is the name of the database in the notes folder.
const FileName = "notes.db"

// SchemaVersion is the version of the schema this code writes, kept in
// PRAGMA user_version. A database with a higher version is refused.
const SchemaVersion = 1

// applicationID marks a SQLite file as a Newsline notes database
// (PRAGMA application_id; "NLNT").
const applicationID = 0x4E4C4E54

// busyTimeout is how long a write waits for another process's write to
// finish. Writes are single small transactions, so a longer wait means a
// program holds the database locked.
const busyTimeout = 10 * time.Second

// migrations[i] takes the schema from version i to i+1. Append only: a
// released step never changes.
var migrations = []string{
	// 0 → 1: notes, stars, and the change counter.
	`CREATE TABLE notes (
		id         TEXT PRIMARY KEY,
		target     TEXT NOT NULL,
		kind       TEXT NOT NULL,
		text       TEXT NOT NULL,
		tags       TEXT NOT NULL,
		created    INTEGER NOT NULL,
		updated    INTEGER NOT NULL,
		deleted    INTEGER NOT NULL DEFAULT 0,
		title      TEXT NOT NULL,
		date_start TEXT NOT NULL,
		date_end   TEXT NOT NULL,
		date_human TEXT NOT NULL,
		doc_id     TEXT NOT NULL,
		doc_title  TEXT NOT NULL
	) STRICT;
	CREATE INDEX notes_by_target ON notes (target, created);
	CREATE TABLE stars (
		target     TEXT PRIMARY KEY,
		kind       TEXT NOT NULL,
		starred    INTEGER NOT NULL,
		created    INTEGER NOT NULL,
		updated    INTEGER NOT NULL,
		title      TEXT NOT NULL,
		date_start TEXT NOT NULL,
		date_end   TEXT NOT NULL,
		date_human TEXT NOT NULL,
		doc_id     TEXT NOT NULL,
		doc_title  TEXT NOT NULL
	) STRICT;
	CREATE TABLE meta (
		id         INTEGER PRIMARY KEY CHECK (id = 1),
		generation INTEGER NOT NULL
	) STRICT;
	INSERT INTO meta VALUES (1, 0);`,
}

// A Store is a notes database. It is safe for concurrent use, and other
// processes may use the same database at the same time.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool
	now      func() time.Time // the clock; replaced in tests
}

// options are the knobs tests and benchmarks turn.
type options struct {
	synchronous string   // "FULL" unless a benchmark compares "NORMAL"
	pragmas     []string // extra per-connection pragmas: "max_page_count(…)"
}

var defaultOptions = options{synchronous: "FULL"}

// Open opens the notes database in dir, creating the folder (mode 0700) and
// the database when missing. An empty dir means DataDir().
//
// When the database cannot be written (a read-only folder or disk), Open
// still opens it for reading if it can: ReadOnly then reports true and
// every change fails with ErrReadOnly. A damaged database or one written by
// a newer Newsline is refused with ErrCorrupt or ErrNewer and left
// untouched.
func Open(dir string) (*Store, error) {
	if dir == "" {
		d, err := DataDir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	return open(filepath.Join(dir, FileName), defaultOptions)
}

// OpenFile opens the notes database at path, as Open does.
func OpenFile(path string) (*Store, error) { return open(path, defaultOptions) }

func open(path string, o options) (*Store, error) {
	const op = "open notes"
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, wrap(op, path, err)
	}
	fresh, err := checkHeader(path)
	if err != nil {
		return nil, wrap(op, path, err)
	}
	checked := false
	if !fresh {
		// Look before writing anything, through a read-only connection that
		// cannot even checkpoint on close.
		if checked, err = probe(path); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open("sqlite", dsn(path, o, ""))
	if err != nil {
		return nil, wrap(op, path, err)
	}
	s := &Store{db: db, path: path, now: time.Now}
	err = s.prepare(fresh, checked)
	// While another process turns a new database to WAL mode, SQLite
	// reports busy at once instead of waiting (waiting could deadlock):
	// try again until the busy timeout.
	for deadline := time.Now().Add(busyTimeout); errors.Is(err, ErrBusy) && time.Now().Before(deadline); {
		time.Sleep(time.Duration(5+rand.IntN(20)) * time.Millisecond)
		err = s.prepare(fresh, checked)
	}
	if err == nil {
		return s, nil
	}
	db.Close()
	if !errors.Is(err, ErrReadOnly) || fresh {
		return nil, err
	}
	ro, roErr := openReadOnly(path)
	if roErr != nil {
		return nil, err // the first error says why writing failed
	}
	return ro, nil
}

// openReadOnly opens a database that cannot be written for reading. The
// immutable form serves a folder where SQLite cannot even create the
// shared-memory file that WAL mode reads through.
func openReadOnly(path string) (*Store, error) {
	var last error
	for _, mode := range []string{"mode=ro", "mode=ro&immutable=1"} {
		db, err := sql.Open("sqlite", dsn(path, defaultOptions, mode))
		if err != nil {
			return nil, wrap("open notes", path, err)
		}
		s := &Store{db: db, path: path, readOnly: true, now: time.Now}
		v, err := s.version(context.Background(), db)
		if err != nil {
			db.Close()
			last = err
			continue
		}
		if v != SchemaVersion {
			db.Close()
			return nil, wrap("open notes", path, problemf(ErrReadOnly, "schema version %d needs upgrading to %d, which needs writing", v, SchemaVersion))
		}
		return s, nil
	}
	return nil, last
}

// dsn builds the URI for path with the per-connection settings: WAL mode is
// a property of the file, set once in prepare; these apply to every new
// connection in the pool.
func dsn(path string, o options, extra string) string {
	p := filepath.ToSlash(path)
	if filepath.VolumeName(path) != "" {
		p = "/" + p // file:/C:/…
	}
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "synchronous("+o.synchronous+")")
	for _, p := range o.pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate") // writers queue for the lock up front, never deadlock on upgrade
	s := "file:" + p + "?" + q.Encode()
	if extra != "" {
		s += "&" + extra
	}
	return s
}

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkHeader reports whether path is a fresh database (missing or empty),
// or ErrCorrupt if it is not a SQLite file at all.
func checkHeader(path string) (fresh bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if n == 0 && err == io.EOF {
		return true, nil
	}
	if err != nil && err != io.ErrUnexpectedEOF {
		return false, err
	}
	if n < len(head) || !bytes.Equal(head[:len(sqliteMagic)], sqliteMagic) {
		return false, problemf(ErrCorrupt, "the file is not a SQLite database")
	}
	if v := binary.BigEndian.Uint32(head[60:64]); v > SchemaVersion {
		return false, newerError(int64(v))
	}
	return false, nil
}

func newerError(v int64) error {
	return problemf(ErrNewer, "written by a newer Newsline: schema version %d, and this Newsline reads up to %d", v, SchemaVersion)
}

// probe checks an existing database through a read-only connection: that
// it is ours, not newer, and passes a quick check. It reports whether it
// could look at all: failing to open read-only (a WAL file that needs
// recovery, say) leaves the checks to the read-write open, which makes them
// before it writes.
func probe(path string) (checked bool, err error) {
	db, err := sql.Open("sqlite", dsn(path, defaultOptions, "mode=ro"))
	if err != nil {
		return false, wrap("open notes", path, err)
	}
	defer db.Close()
	err = check(context.Background(), db, path, true)
	if err == nil || errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNewer) {
		return err == nil, err
	}
	return false, nil
}

// querier is what *sql.DB, *sql.Conn and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// check verifies that the database is a Newsline notes database this code
// can use: ErrCorrupt or ErrNewer otherwise. Deep adds SQLite's quick
// check, which reads every page.
func check(ctx context.Context, q querier, path string, deep bool) error {
	const op = "open notes"
	// One statement, so one snapshot: read one by one, outside a
	// transaction, the marks could straddle another process's creation of
	// the schema (application_id from before it, user_version from after)
	// and a new database look like someone else's.
	var appID, version, tables int64
	err := q.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables)
	if err != nil {
		return wrap(op, path, err)
	}
	if appID != applicationID {
		// An empty database is one whose creation was interrupted: fine.
		if appID != 0 || version != 0 || tables != 0 {
			return wrap(op, path, problemf(ErrCorrupt, "application_id %#x is not Newsline's", appID))
		}
	}
	if version > SchemaVersion {
		return wrap(op, path, newerError(version))
	}
	if !deep {
		return nil
	}
	rows, err := q.QueryContext(ctx, "PRAGMA quick_check")
	if err != nil {
		return wrap(op, path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return wrap(op, path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return wrap(op, path, err)
	}
	if len(problems) > 0 {
		return wrap(op, path, problemf(ErrCorrupt, "quick_check: %s", timeline.Clip(strings.Join(problems, "; "))))
	}
	return nil
}

// prepare readies a read-write database: checks it, switches it to WAL
// mode, and brings its schema up to date.
func (s *Store) prepare(fresh, checked bool) error {
	const op = "open notes"
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return wrap(op, s.path, err)
	}
	defer conn.Close()
	if !fresh && !checked {
		if err := check(ctx, conn, s.path, true); err != nil {
			return err
		}
	}
	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return wrap(op, s.path, err)
	}
	if mode != "wal" {
		return wrap(op, s.path, problemf(ErrReadOnly, "cannot switch to WAL mode (journal mode is %s)", mode))
	}
	return wrap(op, s.path, migrate(ctx, conn, s.path))
}

// migrate brings the schema to SchemaVersion in one transaction, taken
// with BEGIN IMMEDIATE so that two processes opening a new database at
// once create its schema once.
func migrate(ctx context.Context, conn *sql.Conn, path string) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Read again under the lock: another process may have migrated.
	if err := check(ctx, tx, path, false); err != nil {
		return err
	}
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version == SchemaVersion {
		return nil
	}
	for v := version; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}

// version returns the database's schema version; it is also a cheap way to
// see that the database can be read at all.
func (s *Store) version(ctx context.Context, q querier) (int, error) {
	var v int
	if err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, wrap("open notes", s.path, err)
	}
	return v, nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the store could only be opened for reading.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Close closes the database. Everything acknowledged is already on disk;
// Close only tidies the write-ahead log.
func (s *Store) Close() error {
	return wrap("close notes", s.path, s.db.Close())
}

// Check runs SQLite's full integrity check.
func (s *Store) Check(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return wrap("check notes", s.path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return wrap("check notes", s.path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return wrap("check notes", s.path, err)
	}
	if len(problems) > 0 {
		return wrap("check notes", s.path, problemf(ErrCorrupt, "integrity_check: %s", timeline.Clip(strings.Join(problems, "; "))))
	}
	return nil
}
