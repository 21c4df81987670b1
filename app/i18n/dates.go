package i18n

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"newsline/timeline"
)

// A Layout is a way of writing a time, each language having its own
// pattern for it.
type Layout int

const (
	Clock           Layout = iota // "20:00"
	WeekdayDay                    // "Mon 2": the timeline's day ticks
	DayMonth                      // "2 Jan"
	MonthAlone                    // "Jan"
	WeekdayDayMonth               // "Mon 2 Jan"
	FullDate                      // "Monday 2 January 2006"
	MonthYear                     // "Jan 2006"
	FullMonthYear                 // "January 2006"
	DayDate                       // "Sat 3 Jan 2026": a day on the card
	MinuteDate                    // "Sat 3 Jan 2026, 20:00"
	DayMonthYear                  // "2 Jan 2006"
	layouts
)

// A locale holds a language's names and patterns, after CLDR (v46,
// gregorian calendar). Patterns take CLDR's letters: EEE and EEEE are the
// weekday short and in full, MMM and MMMM the month as in a date (the
// genitive in Ukrainian), LLL and LLLL the month standing alone, d the
// day, y the year, HH:mm the time; text in ” is literal.
type locale struct {
	weekdays, weekdaysShort       [7]string // Sunday first, as time.Weekday
	months, monthsShort           [12]string
	monthsAlone, monthsAloneShort [12]string
	patterns                      [layouts]string
}

var locales = map[string]*locale{
	"en": {
		weekdays:         [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		weekdaysShort:    [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		months:           [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		monthsShort:      [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		monthsAlone:      [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		monthsAloneShort: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		// British order, as Newsline has always written dates.
		patterns: [layouts]string{
			Clock: "HH:mm", WeekdayDay: "EEE d", DayMonth: "d MMM", MonthAlone: "LLL",
			WeekdayDayMonth: "EEE d MMM", FullDate: "EEEE d MMMM y", MonthYear: "LLL y",
			FullMonthYear: "LLLL y", DayDate: "EEE d MMM y", MinuteDate: "EEE d MMM y, HH:mm",
			DayMonthYear: "d MMM y",
		},
	},
	"uk": {
		weekdays:         [7]string{"неділя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота"},
		weekdaysShort:    [7]string{"нд", "пн", "вт", "ср", "чт", "пт", "сб"},
		months:           [12]string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		monthsShort:      [12]string{"січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."},
		monthsAlone:      [12]string{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"},
		monthsAloneShort: [12]string{"січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."},
		// CLDR's yMMMEd without its "р." (year), as calendars write a
		// date in a line of text.
		patterns: [layouts]string{
			Clock: "HH:mm", WeekdayDay: "EEE, d", DayMonth: "d MMM", MonthAlone: "LLL",
			WeekdayDayMonth: "EEE, d MMM", FullDate: "EEEE, d MMMM y", MonthYear: "LLL y",
			FullMonthYear: "LLLL y", DayDate: "EEE, d MMM y", MinuteDate: "EEE, d MMM y 'о' HH:mm",
			DayMonthYear: "d MMM y",
		},
	},
	"fr": {
		weekdays:         [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		weekdaysShort:    [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
		months:           [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		monthsShort:      [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
		monthsAlone:      [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		monthsAloneShort: [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
		patterns: [layouts]string{
			Clock: "HH:mm", WeekdayDay: "EEE d", DayMonth: "d MMM", MonthAlone: "LLL",
			WeekdayDayMonth: "EEE d MMM", FullDate: "EEEE d MMMM y", MonthYear: "LLL y",
			FullMonthYear: "LLLL y", DayDate: "EEE d MMM y", MinuteDate: "EEE d MMM y 'à' HH:mm",
			DayMonthYear: "d MMM y",
		},
	},
}

func localeOf(code string) *locale {
	if l, ok := locales[code]; ok {
		return l
	}
	return locales["en"]
}

// Format writes t in the layout of the current language.
func Format(t time.Time, l Layout) string { return FormatIn(Current(), t, l) }

// FormatIn writes t in the layout of the language code (English for a
// code without a locale).
func FormatIn(code string, t time.Time, l Layout) string {
	loc := localeOf(code)
	pattern := loc.patterns[l]
	var b strings.Builder
	for i := 0; i < len(pattern); {
		c := pattern[i]
		n := 1
		for i+n < len(pattern) && pattern[i+n] == c {
			n++
		}
		switch {
		case c == '\'':
			end := strings.IndexByte(pattern[i+1:], '\'')
			if end < 0 {
				end = len(pattern) - i - 1
			}
			b.WriteString(pattern[i+1 : i+1+end])
			i += end + 2
			continue
		case c == 'E' && n >= 4:
			b.WriteString(loc.weekdays[t.Weekday()])
		case c == 'E':
			b.WriteString(loc.weekdaysShort[t.Weekday()])
		case c == 'M' && n >= 4:
			b.WriteString(loc.months[t.Month()-1])
		case c == 'M':
			b.WriteString(loc.monthsShort[t.Month()-1])
		case c == 'L' && n >= 4:
			b.WriteString(loc.monthsAlone[t.Month()-1])
		case c == 'L':
			b.WriteString(loc.monthsAloneShort[t.Month()-1])
		case c == 'd':
			b.WriteString(strconv.Itoa(t.Day()))
		case c == 'y':
			b.WriteString(strconv.Itoa(t.Year()))
		case c == 'H':
			b.WriteString(twoDigits(t.Hour()))
		case c == 'm':
			b.WriteString(twoDigits(t.Minute()))
		default:
			b.WriteString(pattern[i : i+n])
		}
		i += n
	}
	return b.String()
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Point writes p at its precision, as timeline.Point.Human does in
// English: "2026", "Nov 2025", "Sat 3 Jan 2026", "Sat 3 Jan 2026, 20:00",
// "undated".
func Point(p timeline.Point) string {
	switch p.Precision {
	case timeline.Year:
		return strconv.Itoa(p.Time.Year())
	case timeline.Month:
		return Format(p.Time, MonthYear)
	case timeline.Day:
		return Format(p.Time, DayDate)
	case timeline.Minute:
		return Format(p.Time, MinuteDate)
	}
	return lang.L("undated")
}

// Date writes d as timeline.Date.Human does in English: "Sat 3 Jan 2026",
// "Nov 2025 – Tue 6 Jan 2026", "c. Dec 2025", "undated (before Tue 6 Jan
// 2026)".
func Date(d timeline.Date) string {
	var s string
	switch {
	case d.IsPeriod():
		s = Point(d.Start) + " – " + Point(d.End)
	case d.Dated():
		s = Point(d.Start)
	case !d.After.IsZero() && !d.Before.IsZero():
		return lang.L("undated (between {{.After}} and {{.Before}})", map[string]any{"After": Point(d.After), "Before": Point(d.Before)})
	case !d.Before.IsZero():
		return lang.L("undated (before {{.Date}})", map[string]any{"Date": Point(d.Before)})
	case !d.After.IsZero():
		return lang.L("undated (after {{.Date}})", map[string]any{"Date": Point(d.After)})
	default:
		return lang.L("undated")
	}
	if d.Approximate {
		s = lang.L("c. {{.Date}}", map[string]any{"Date": s})
	}
	return s
}

// Precision says how precisely d is known, as timeline.Date.Known does
// in English: "known to the day", "approximately, to the month", "from
// the month to the day" for a period; "" when undated.
func Precision(d timeline.Date) string {
	if !d.Dated() {
		return ""
	}
	start := d.Start.Precision
	if !d.IsPeriod() {
		if d.Approximate {
			return approximatelyTo(start)
		}
		return knownTo(start)
	}
	var s string
	if end := d.End.Precision; end == start {
		s = fromAndTo(start)
	} else {
		s = from(start) + " " + to(end)
	}
	if d.Approximate {
		s = lang.L("approximately, {{.Known}}", map[string]any{"Known": s})
	}
	return s
}

// The phrases of Precision, one per precision: the words around a
// precision change with it in Ukrainian and French ("au jour", "à
// l'année").
func knownTo(p timeline.Precision) string {
	switch p {
	case timeline.Year:
		return lang.L("known to the year")
	case timeline.Month:
		return lang.L("known to the month")
	case timeline.Minute:
		return lang.L("known to the minute")
	}
	return lang.L("known to the day")
}

func approximatelyTo(p timeline.Precision) string {
	switch p {
	case timeline.Year:
		return lang.L("approximately, to the year")
	case timeline.Month:
		return lang.L("approximately, to the month")
	case timeline.Minute:
		return lang.L("approximately, to the minute")
	}
	return lang.L("approximately, to the day")
}

func fromAndTo(p timeline.Precision) string {
	switch p {
	case timeline.Year:
		return lang.L("from and to the year")
	case timeline.Month:
		return lang.L("from and to the month")
	case timeline.Minute:
		return lang.L("from and to the minute")
	}
	return lang.L("from and to the day")
}

func from(p timeline.Precision) string {
	switch p {
	case timeline.Year:
		return lang.L("from the year")
	case timeline.Month:
		return lang.L("from the month")
	case timeline.Minute:
		return lang.L("from the minute")
	}
	return lang.L("from the day")
}

func to(p timeline.Precision) string {
	switch p {
	case timeline.Year:
		return lang.L("to the year")
	case timeline.Month:
		return lang.L("to the month")
	case timeline.Minute:
		return lang.L("to the minute")
	}
	return lang.L("to the day")
}

// Percent writes a share (0.42) as a whole percentage: "42%"; French
// puts a space before the sign ("42 %").
func Percent(share float64) string {
	s := strconv.FormatFloat(100*share, 'f', 0, 64)
	if Current() == "fr" {
		return s + "\u00a0%"
	}
	return s + "%"
}

func printer() *message.Printer { return message.NewPrinter(language.Make(Current())) }

// Int writes n with the current language's digit grouping: "12,345",
// "12 345". French groups with a no-break space rather than CLDR's narrow
// one, which not every font the window may fall back to has.
func Int(n int) string {
	return strings.ReplaceAll(printer().Sprint(number.Decimal(n)), "\u202f", "\u00a0")
}

// laneTitles name Newsline's own lanes; a document's other lanes are its
// words, shown as it writes them.
var laneTitles = map[timeline.Lane]string{
	timeline.LaneStatement: Key("Statement"),
	timeline.LaneDiplomacy: Key("Diplomacy"),
	timeline.LaneSecurity:  Key("Security"),
	timeline.LanePolitics:  Key("Politics"),
	timeline.LaneEconomy:   Key("Economy"),
	timeline.LaneContext:   Key("Context"),
}

// Lane names a lane for people, as timeline.Lane.Title does in English.
func Lane(l timeline.Lane) string {
	if t, ok := laneTitles[l]; ok {
		return lang.L(t)
	}
	return l.Title()
}

// Kind names a kind of entity: "person".
func Kind(k timeline.EntityKind) string {
	switch k {
	case timeline.Person:
		return lang.L("person")
	case timeline.Place:
		return lang.L("place")
	case timeline.Organisation:
		return lang.L("organisation")
	case timeline.Group:
		return lang.L("group")
	}
	return string(k)
}

// Kinds names the kinds of entity in the plural, as a card's headings:
// "People".
func Kinds(k timeline.EntityKind) string {
	switch k {
	case timeline.Person:
		return lang.L("People")
	case timeline.Place:
		return lang.L("Places")
	case timeline.Organisation:
		return lang.L("Organisations")
	case timeline.Group:
		return lang.L("Groups")
	}
	return string(k)
}
