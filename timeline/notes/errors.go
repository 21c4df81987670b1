package notes

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Kinds of failure that callers act on. Errors from the store wrap one of
// them (test with errors.Is) together with the underlying cause, and their
// text says what happened to which file and what to do.
var (
	ErrNotFound  = errors.New("no such note")
	ErrAmbiguous = errors.New("ambiguous note ID")
	ErrInvalid   = errors.New("invalid note")
	// ErrReadOnly: the database, its folder or its disk cannot be written.
	// Nothing was saved; the caller keeps the text and may try again.
	ErrReadOnly = errors.New("notes are read-only")
	// ErrDiskFull: the disk is full. Nothing was saved.
	ErrDiskFull = errors.New("disk full")
	// ErrBusy: another program held the database locked for longer than
	// the busy timeout. Nothing was saved.
	ErrBusy = errors.New("notes database busy")
	// ErrCorrupt: the file is not a Newsline notes database, or it is
	// damaged. The file was left untouched.
	ErrCorrupt = errors.New("notes database damaged")
	// ErrNewer: the database was written by a newer Newsline. The file was
	// left untouched.
	ErrNewer = errors.New("notes database is newer than this Newsline")
)

// A StoreError is a failure of an operation on the database at Path.
type StoreError struct {
	Op   string // what was being done: "save note", "open notes"
	Path string // the database file
	Kind error  // one of the Err… kinds above, or nil
	Err  error  // the cause
}

func (e *StoreError) Unwrap() []error {
	if e.Kind == nil {
		return []error{e.Err}
	}
	return []error{e.Kind, e.Err}
}

func (e *StoreError) Error() string {
	dir := filepath.Dir(e.Path)
	switch e.Kind {
	case ErrReadOnly:
		return fmt.Sprintf("%s: cannot write %s: it, its folder or its disk is read-only (%v); nothing was saved: make %s writable, or keep notes elsewhere with --data DIR or NEWSLINE_DATA", e.Op, e.Path, e.Err, dir)
	case ErrDiskFull:
		return fmt.Sprintf("%s: the disk holding %s is full (%v); nothing was saved: free some space and try again", e.Op, e.Path, e.Err)
	case ErrBusy:
		return fmt.Sprintf("%s: %s stayed locked by another program (%v); nothing was saved: try again", e.Op, e.Path, e.Err)
	case ErrCorrupt:
		return fmt.Sprintf("%s: %s is damaged or not a Newsline notes database (%v); it was left untouched. To recover: quit Newsline, copy the file aside, then run `sqlite3 %s .recover | sqlite3 recovered.db` and put recovered.db in its place; or move the file away to start afresh, or keep notes elsewhere with --data DIR", e.Op, e.Path, e.Err, e.Path)
	case ErrNewer:
		return fmt.Sprintf("%s: %s: %v; it was left untouched: update Newsline to use it, or keep notes elsewhere with --data DIR", e.Op, e.Path, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Op, e.Path, e.Err)
}

// wrap turns err from an operation on the database at path into a
// *StoreError with its kind, or returns it as is when it already names its
// kind (ErrNotFound, ErrInvalid, …) or is nil.
func wrap(op, path string, err error) error {
	if err == nil {
		return nil
	}
	var se *StoreError
	if errors.As(err, &se) {
		return err
	}
	for _, plain := range []error{ErrNotFound, ErrAmbiguous, ErrInvalid} {
		if errors.Is(err, plain) {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	return &StoreError{Op: op, Path: path, Kind: kindOf(err), Err: err}
}

// kindOf classifies an error from SQLite or the operating system.
func kindOf(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
			return ErrReadOnly
		case sqlite3.SQLITE_FULL:
			return ErrDiskFull
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return ErrBusy
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return ErrCorrupt
		}
	}
	switch {
	case errors.Is(err, syscall.EROFS), errors.Is(err, fs.ErrPermission):
		return ErrReadOnly
	case errors.Is(err, syscall.ENOSPC):
		return ErrDiskFull
	}
	for _, k := range []error{ErrReadOnly, ErrDiskFull, ErrBusy, ErrCorrupt, ErrNewer} {
		if errors.Is(err, k) {
			return k
		}
	}
	return nil
}

// A problem is a cause of one of the kinds above that reads on its own:
// errors.Is finds the kind, and the message does not repeat it.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string        { return p.msg }
func (p *problem) Is(target error) bool { return target == p.kind }

func problemf(kind error, format string, args ...any) error {
	return &problem{kind: kind, msg: fmt.Sprintf(format, args...)}
}
