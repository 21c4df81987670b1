package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"newsline/internal/textpos"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/uuid"
)

// JSON is encoded and decoded with github.com/go-json-experiment/json, the
// module that mirrors encoding/json/v2 (standard from Go 1.27): it decodes
// several times faster than encoding/json and with less memory, streams
// from the file, reports errors with their JSON pointer, rejects
// duplicate names, and lets IDs parse without an allocation each.

// FormatName and FormatVersion identify the file format (docs/format.md).
const (
	FormatName    = "newsline-timeline"
	FormatVersion = 1
)

// MaxFileSize bounds what Load reads, so that a hostile file cannot
// exhaust memory. A 100,000-event document is about 100 MB.
const MaxFileSize = 512 << 20

// file is a document as it is stored: the document's fields after a header.
type file struct {
	Format    string `json:"format"`
	Version   int    `json:"version"`
	*Document `json:",inline"`
}

// IDs are read strictly in the canonical form the format writes, without
// an allocation each (a document has hundreds of thousands of them).
var (
	unmarshalers = json.WithUnmarshalers(json.JoinUnmarshalers(
		json.UnmarshalFunc(func(b []byte, id *uuid.UUID) error {
			parsed, ok := parseCanonicalUUID(b)
			if !ok {
				return fmt.Errorf("invalid ID %s (want a lower-case UUID such as \"3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3c\")", Clip(string(b)))
			}
			*id = parsed
			return nil
		}),
		json.UnmarshalFromFunc(decodeSlice[Event]),
		json.UnmarshalFromFunc(decodeSlice[Quote]),
		json.UnmarshalFromFunc(decodeSlice[Entity]),
	))
	marshalers = json.WithMarshalers(json.MarshalFunc(func(id uuid.UUID) ([]byte, error) {
		return []byte(`"` + id.String() + `"`), nil
	}))
	decodeOptions = json.JoinOptions(unmarshalers, json.RejectUnknownMembers(true))
	encodeOptions = json.JoinOptions(marshalers, json.Deterministic(true), jsontext.WithIndent("  "))
)

// decodeSlice decodes a JSON array into a slice that doubles as it grows.
// The decoder's own growth (append's, a quarter at a time for large
// slices) allocated some five times the final size of a document's events.
func decodeSlice[T any](dec *jsontext.Decoder, v *[]T) error {
	if dec.PeekKind() == 'n' {
		_, err := dec.ReadToken()
		*v = nil
		return err
	}
	if dec.PeekKind() != '[' {
		return errors.ErrUnsupported // let the default report the type mismatch
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	list := (*v)[:0]
	for dec.PeekKind() != ']' {
		if len(list) == cap(list) {
			list = slices.Grow(list, max(16, cap(list)))
		}
		list = list[:len(list)+1]
		if err := json.UnmarshalDecode(dec, &list[len(list)-1]); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*v = list
	return nil
}

// parseCanonicalUUID parses a JSON string holding a UUID in the
// 36-character lower-case form, the only one the format accepts, so that
// files compare and round-trip byte for byte.
func parseCanonicalUUID(b []byte) (id uuid.UUID, ok bool) {
	if len(b) != 38 || b[0] != '"' || b[37] != '"' {
		return id, false
	}
	s := b[1:37]
	j := 0
	for i := 0; i < 36; {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return id, false
			}
			i++
			continue
		}
		hi, lo := hexValues[s[i]], hexValues[s[i+1]]
		if hi|lo == 0xff {
			return id, false
		}
		id[j] = hi<<4 | lo
		j++
		i += 2
	}
	return id, true
}

// hexValues maps lower-case hex digits to their values, all else to 0xff.
var hexValues = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c - 'a' + 10)
	}
	return t
}()

// Load reads and validates the document in the file at path. It streams
// the file rather than reading it whole first.
func Load(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > MaxFileSize {
		return nil, fmt.Errorf("load %s: file is larger than %d MB", path, MaxFileSize>>20)
	}
	doc, err := decode(io.LimitReader(f, MaxFileSize))
	if err != nil {
		// Errors carry byte offsets; lines and columns need the bytes.
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			data = nil
		}
		return nil, fmt.Errorf("load %s: %w", path, describe(data, err))
	}
	return doc, nil
}

// Parse decodes and validates a document. Errors name the place of the
// problem: "line 12, column 5: …" for malformed JSON, "events[3].entities[1]:
// unknown entity …" for a document that does not hang together.
func Parse(data []byte) (*Document, error) {
	doc, err := decode(bytes.NewReader(data))
	if err != nil {
		return nil, describe(data, err)
	}
	return doc, nil
}

// decode reads one document from r and validates it. Its errors are raw:
// describe turns them into messages.
func decode(r io.Reader) (*Document, error) {
	f := file{Document: &Document{}}
	if err := json.UnmarshalRead(r, &f, decodeOptions); err != nil {
		return nil, err
	}
	switch {
	case f.Format != FormatName:
		return nil, fmt.Errorf("not a Newsline timeline: format is %q, want %q", Clip(f.Format), FormatName)
	case f.Version > FormatVersion:
		return nil, newerVersionError(f.Version)
	case f.Version < 1:
		return nil, fmt.Errorf("version %d: versions start at 1", f.Version)
	}
	if err := f.Document.Validate(); err != nil {
		return nil, err
	}
	return f.Document, nil
}

func newerVersionError(v int) error {
	return fmt.Errorf("format version %d is newer than this Newsline reads (%d): update Newsline to open it", v, FormatVersion)
}

// describe turns a decoding error into a message with its place. data is
// the document's bytes, nil when they cannot be had.
func describe(data []byte, err error) error {
	var ve *ValidationError
	if errors.As(err, &ve) {
		return err
	}
	// A file of a newer version may well fail to decode here; say so
	// rather than what failed.
	if v := peekVersion(data); v > FormatVersion {
		return newerVersionError(v)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("truncated: the document ends before it is complete")
	}
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		if errors.Is(syn.Err, io.ErrUnexpectedEOF) {
			return errors.New("truncated: the document ends before it is complete")
		}
		return fmt.Errorf("%smalformed JSON: %v", at(data, syn.ByteOffset, syn.JSONPointer), syn.Err)
	}
	var sem *json.SemanticError
	if errors.As(err, &sem) {
		where := at(data, sem.ByteOffset, sem.JSONPointer)
		switch {
		case errors.Is(sem.Err, json.ErrUnknownName):
			return fmt.Errorf("%sunknown field %q", where, sem.JSONPointer.LastToken())
		case sem.Err != nil: // a bad ID or date: its own message says what is wrong
			return fmt.Errorf("%s%v", where, sem.Err)
		case sem.GoType != nil && sem.JSONKind != 0:
			return fmt.Errorf("%sexpected %s, found JSON %s", where, jsonKindOf(sem.GoType.Kind().String()), sem.JSONKind)
		}
	}
	return err
}

// at describes a place in the document: "line 3, column 14: events[0].title: ".
func at(data []byte, offset int64, ptr jsontext.Pointer) string {
	var parts []string
	if data != nil {
		line, col := textpos.LineCol(data, int(offset))
		parts = append(parts, fmt.Sprintf("line %d, column %d", line, col))
	}
	if p := pathOf(ptr); p != "" {
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ": ") + ": "
}

// pathOf turns a JSON pointer ("/events/3/entities/1") into the paths
// validation uses ("events[3].entities[1]").
func pathOf(ptr jsontext.Pointer) string {
	var b strings.Builder
	for tok := range ptr.Tokens() {
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(Clip(tok))
	}
	return b.String()
}

func jsonKindOf(goKind string) string {
	switch goKind {
	case "int", "int64", "int32":
		return "a number"
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "struct", "map":
		return "an object"
	case "bool":
		return "true or false"
	}
	return goKind
}

// peekVersion returns the "version" of a document, or 0.
func peekVersion(data []byte) int {
	if data == nil {
		return 0
	}
	var head struct {
		Version int `json:"version"`
	}
	if json.Unmarshal(data, &head) != nil {
		return 0
	}
	return head.Version
}

// Format encodes doc in the canonical form: two-space indentation, fields
// in a fixed order, empty fields left out, a final newline. Parse(Format(d))
// equals d, and Format(Parse(b)) equals b for canonical b.
func Format(doc *Document) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.MarshalWrite(&buf, file{Format: FormatName, Version: FormatVersion, Document: doc}, encodeOptions); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// Save writes doc to path atomically: a reader sees the old file or the
// new one, never half of one.
func Save(path string, doc *Document) error {
	data, err := Format(doc)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := WriteFileAtomic(path, data, 0o644); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so that a crash leaves either the old file or the
// new one. An existing file keeps its permissions (perm is for a new one),
// a symbolic link stays a link and its target is written, and a path that
// is no regular file (/dev/stdout, /dev/null, a pipe) is written in place:
// renaming over it would replace the device or pipe with a file.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	if info, err := os.Stat(path); err == nil {
		switch {
		case info.IsDir():
			return fmt.Errorf("%s is a directory", path)
		case !info.Mode().IsRegular():
			return writeInPlace(path, data)
		}
		perm = info.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable; not every system can sync a directory.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// writeInPlace writes data to the existing special file at path.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
