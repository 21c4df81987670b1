package interop

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"newsline/internal/textpos"
	"newsline/timeline"
)

// sheetColumns are the columns of TimelineJS's spreadsheet template, in
// its order, then Unique ID: Newsline's addition, which TimelineJS
// ignores, so that events keep their IDs (and their notes) through the
// spreadsheet.
var sheetColumns = []string{
	"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail",
	"Type", "Group", "Background", "Unique ID",
}

// columnOf names the spreadsheet column of a field, for messages.
var columnOf = map[string]string{
	"start_date": "Year", "start_date.year": "Year", "start_date.month": "Month", "start_date.day": "Day",
	"start_date.hour": "Time", "start_date.minute": "Time", "start_date.second": "Time", "start_date.millisecond": "Time",
	"end_date": "End Year", "end_date.year": "End Year", "end_date.month": "End Month", "end_date.day": "End Day",
	"end_date.hour": "End Time", "end_date.minute": "End Time", "end_date.second": "End Time", "end_date.millisecond": "End Time",
	"group": "Group", "unique_id": "Unique ID", "media": "Media", "background": "Background",
}

// ReadTimelineCSV reads TimelineJS's spreadsheet, saved as CSV, as a
// document, as ReadTimelineJS reads JSON. Columns are found by their
// names in the first row (case and surrounding space ignored; Tag is read
// as Group, as TimelineJS does); rows with a Type of title or era are the
// title slide and eras. Errors name the line and column: "line 5, column
// Month: 13 is not a month …".
func ReadTimelineCSV(data []byte, name string) (*timeline.Document, *Report, error) {
	if len(data) > MaxImportSize {
		return nil, nil, fmt.Errorf("larger than %d MB: too large for a TimelineJS timeline", MaxImportSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := textpos.CheckUTF8(data); err != nil {
		return nil, nil, err
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, nil, errors.New("empty: not a TimelineJS spreadsheet")
	}
	if err != nil {
		return nil, nil, csvError(err)
	}
	cols := map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if _, dup := cols[key]; !dup && key != "" {
			cols[key] = i
		}
	}
	if _, ok := cols["group"]; !ok {
		if i, ok := cols["tag"]; ok {
			cols["group"] = i
		}
	}
	if _, ok := cols["year"]; !ok {
		return nil, nil, fmt.Errorf("line 1: no Year column: not a TimelineJS spreadsheet (its columns are %s)", strings.Join(sheetColumns[:18], ", "))
	}
	tl := &tlFile{}
	var probs []timeline.Problem
	bad := func(path, format string, args ...any) {
		if len(probs) <= maxProblems {
			probs = append(probs, timeline.Problem{Path: path, Message: fmt.Sprintf(format, args...)})
		}
	}
	var extraTitles []string
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, csvError(err)
		}
		line, _ := r.FieldPos(0)
		where := "line " + strconv.Itoa(line)
		cell := func(col string) string {
			i, ok := cols[strings.ToLower(col)]
			if !ok || i >= len(row) {
				return ""
			}
			return unguard(strings.TrimSpace(row[i]))
		}
		if strings.TrimSpace(strings.Join(row, "")) == "" {
			continue
		}
		s := slide{
			Where: where, Sheet: true, DisplayDate: cell("Display Date"), Headline: cell("Headline"), Text: cell("Text"),
			Group: cell("Group"), ID: cell("Unique ID"), Media: cell("Media") != "", Background: cell("Background") != "",
		}
		var ok bool
		if s.Start, ok = sheetDate(cell, "", where, bad); !ok {
			continue
		}
		if s.End, ok = sheetDate(cell, "End ", where, bad); !ok {
			continue
		}
		switch strings.ToLower(cell("Type")) {
		case "title":
			if tl.Title == nil {
				tl.Title = &s
				continue
			}
			extraTitles = append(extraTitles, where)
		case "era":
			tl.Eras = append(tl.Eras, s)
			continue
		}
		tl.Events = append(tl.Events, s)
	}
	if len(probs) > 0 {
		return nil, nil, &timeline.ValidationError{Problems: probs}
	}
	doc, rep, err := build(tl, name)
	if err != nil {
		return nil, nil, err
	}
	if len(extraTitles) > 0 {
		rep.Notices = append(rep.Notices, fmt.Sprintf("%s: a second title row, read as an event (as TimelineJS does)", extraTitles[0]))
	}
	return doc, rep, nil
}

// sheetDate reads the date in the columns Year, Month, Day and Time, or
// with prefix "End ", End Year and so on. It returns nil when the year is
// empty and nothing else is given, as TimelineJS does.
func sheetDate(cell func(string) string, prefix, where string, bad func(string, string, ...any)) (*tlDate, bool) {
	d := &tlDate{}
	ok := true
	for _, f := range []struct {
		col string
		to  *part
	}{{"Year", &d.Year}, {"Month", &d.Month}, {"Day", &d.Day}} {
		p, err := parsePart(cell(prefix + f.col))
		if err != nil {
			bad(where+", column "+prefix+f.col, "%v", err)
			ok = false
		}
		*f.to = p
	}
	if t := cell(prefix + "Time"); t != "" {
		if err := parseTime(t, d); err != nil {
			bad(where+", column "+prefix+"Time", "%v", err)
			ok = false
		}
	}
	if !ok {
		return nil, false
	}
	if *d == (tlDate{}) {
		return nil, true
	}
	return d, true
}

// parseTime reads a time of day as TimelineJS's spreadsheet reader does:
// "20:00", "8:00 PM", "2000", "20:00:30.5", "20.00".
func parseTime(s string, d *tlDate) error {
	bad := fmt.Errorf("%q is not a time of day such as 20:00 or 8:00 PM", clip(s))
	s = strings.TrimSpace(s)
	pm, am := false, false
	lower := strings.ToLower(strings.ReplaceAll(s, ".", ""))
	switch {
	case strings.HasSuffix(lower, "pm"):
		pm = true
	case strings.HasSuffix(lower, "am"):
		am = true
	}
	if pm || am {
		s = strings.TrimSpace(strings.TrimRight(s, "AaPpMm. "))
	}
	var parts []string
	switch {
	case len(s) >= 3 && len(s) <= 4 && strings.Trim(s, "0123456789") == "":
		parts = []string{s[:len(s)-2], s[len(s)-2:]}
	case strings.Contains(s, ":"):
		parts = strings.Split(s, ":")
	default:
		parts = strings.Split(s, ".")
	}
	if len(parts) > 3 {
		return bad
	}
	nums := make([]int64, 0, 3)
	frac := ""
	for i, p := range parts {
		if i == 2 {
			if sec, f, ok := strings.Cut(strings.ReplaceAll(p, ",", "."), "."); ok {
				p, frac = sec, f
			}
		}
		n, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64)
		if err != nil || n < 0 {
			return bad
		}
		nums = append(nums, n)
	}
	if frac != "" {
		n, err := strconv.Atoi(frac)
		if err != nil || n < 0 || len(frac) > 3 {
			return bad
		}
		d.Millisecond = num(n * []int{1, 100, 10, 1}[len(frac)])
	}
	h := nums[0]
	switch {
	case pm && h != 12:
		h += 12
	case am && h == 12:
		h = 0
	}
	d.Hour = part{h, true}
	if len(nums) > 1 {
		d.Minute = part{nums[1], true}
	}
	if len(nums) > 2 {
		d.Second = part{nums[2], true}
	}
	return nil
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("line %d, column %d: malformed CSV: %v", pe.Line, pe.Column, pe.Err)
	}
	return err
}

// guard keeps a spreadsheet from reading a text cell as a formula: a cell
// that starts with = + - @ or a tab gets a leading apostrophe, which
// unguard takes off again.
func guard(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func unguard(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

// WriteTimelineCSV writes doc as TimelineJS's spreadsheet in CSV (RFC
// 4180, UTF-8, CRLF line ends): the title row, then a row per dated
// event and era, with the same contents as WriteTimelineJS writes. The
// file can be imported into TimelineJS's Google Sheets template, or read
// by TimelineJS directly.
func WriteTimelineCSV(w io.Writer, doc *timeline.Document) (*Report, error) {
	tl, r, err := slidesOf(doc)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	cw.Write(sheetColumns)
	row := func(s *slide, kind string) {
		cells := make([]string, len(sheetColumns))
		if s.Start != nil {
			cells[0], cells[1], cells[2], cells[3] = sheetParts(s.Start)
		}
		if s.End != nil {
			cells[4], cells[5], cells[6], cells[7] = sheetParts(s.End)
		}
		cells[8], cells[9], cells[10] = guard(s.DisplayDate), guard(s.Headline), guard(s.Text)
		cells[15], cells[16], cells[18] = kind, guard(s.Group), s.ID
		cw.Write(cells)
	}
	row(tl.Title, "title")
	for i := range tl.Events {
		row(&tl.Events[i], "")
	}
	for i := range tl.Eras {
		row(&tl.Eras[i], "era")
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return r, nil
}

// sheetParts writes a date's cells: year, month, day and time.
func sheetParts(d *tlDate) (year, month, day, clock string) {
	cell := func(p part) string {
		if !p.Set {
			return ""
		}
		return strconv.FormatInt(p.N, 10)
	}
	if d.Hour.Set {
		clock = fmt.Sprintf("%02d:%02d", d.Hour.N, d.Minute.N)
	}
	return cell(d.Year), cell(d.Month), cell(d.Day), clock
}
