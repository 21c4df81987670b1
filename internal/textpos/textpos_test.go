package textpos

import (
	"errors"
	"testing"
)

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncdé\n\nf")
	tests := []struct {
		offset, line, col int
	}{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {7, 2, 4}, {8, 3, 1}, {9, 4, 1},
		{-5, 1, 1}, {100, 4, 2},
	}
	for _, tt := range tests {
		if line, col := LineCol(data, tt.offset); line != tt.line || col != tt.col {
			t.Errorf("LineCol(%d) = %d:%d, want %d:%d", tt.offset, line, col, tt.line, tt.col)
		}
	}
}

func TestCheckUTF8(t *testing.T) {
	if err := CheckUTF8([]byte("Zürich\nKyiv")); err != nil {
		t.Errorf("valid text: %v", err)
	}
	err := CheckUTF8([]byte("One line.\nTwo \xff lines."))
	if !errors.Is(err, ErrInvalidUTF8) || err.Error() != "invalid UTF-8 at byte offset 14 (line 2, column 5)" {
		t.Errorf("CheckUTF8 = %v", err)
	}
}
