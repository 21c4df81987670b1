package notes

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
)

// csvHeader names the CSV columns. The first seven are for people; the IDs
// let a spreadsheet be matched back to the notes.
var csvHeader = []string{"event_date", "event", "note", "tags", "starred", "created", "updated", "note_id", "event_id"}

// WriteCSV writes one row per note (RFC 4180: CRLF line ends, quotes where
// needed; UTF-8 with a byte order mark, which spreadsheets need to read
// UTF-8), in timeline order. A starred target without notes, and with
// Options.All every event without notes, gets one row with empty note
// columns. Tags are separated by spaces (a tag holds none). Cells that a
// spreadsheet would take for a formula are neutralised (see csvCell).
func WriteCSV(w io.Writer, set *Set, opt Options) error {
	r := buildReport(set, opt)
	b := bufio.NewWriter(w)
	b.WriteString("\uFEFF")
	cw := csv.NewWriter(b)
	cw.UseCRLF = true
	write := func(cells ...string) {
		for i, c := range cells {
			cells[i] = csvCell(c)
		}
		cw.Write(cells)
	}
	write(csvHeader...)
	for _, sec := range r.Sections {
		t := sec.Target
		starred := "no"
		if sec.Star != nil {
			starred = "yes"
		}
		date := t.Date.ISO()
		if len(sec.Notes) == 0 {
			write(date, t.Title, "", "", starred, "", "", "", t.ID.String())
		}
		for _, n := range sec.Notes {
			write(date, t.Title, n.Text, strings.Join(n.Tags, " "), starred, isoTime(n.Created), isoTime(n.Updated), n.ID.String(), t.ID.String())
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return b.Flush()
}

// csvCell makes s safe for a spreadsheet (OWASP's CSV injection advice): a
// cell that starts with = + - @ or a tab gets a leading apostrophe, so that
// no spreadsheet evaluates it as a formula; NUL, which spreadsheets cut
// cells at, becomes U+FFFD; line ends (carriage returns included, the
// other character OWASP lists) become "\n" inside the quoted cell.
func csvCell(s string) string {
	s = plain(s)
	if s != "" && strings.ContainsRune("=+-@\t", rune(s[0])) {
		return "'" + s
	}
	return s
}
