// Package textpos says where a byte offset falls in a text the way people
// count: lines and columns from 1, columns in characters. Every error
// message about a place in a file goes through it, so that the command
// line, the importer and the document and notes readers agree.
package textpos

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// LineCol returns the 1-based line and column (in characters, not bytes)
// of the byte at offset in data. Offsets outside data are clamped to it.
func LineCol(data []byte, offset int) (line, col int) {
	offset = max(0, min(offset, len(data)))
	before := data[:offset]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, col
}

// ErrInvalidUTF8 is what CheckUTF8 wraps.
var ErrInvalidUTF8 = errors.New("invalid UTF-8")

// CheckUTF8 returns nil when data is UTF-8, else an error wrapping
// ErrInvalidUTF8 that says where it stops being so: "invalid UTF-8 at
// byte offset 14 (line 2, column 5)".
func CheckUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			line, col := LineCol(data, i)
			return fmt.Errorf("%w at byte offset %d (line %d, column %d)", ErrInvalidUTF8, i, line, col)
		}
		i += size
	}
	return nil
}
