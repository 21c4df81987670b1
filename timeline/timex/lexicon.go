package timex

import "time"

// unit is a unit of time as durations and relative expressions use it.
type unit uint8

const (
	noUnit unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uHalf // half year
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// An entry is what the lexicon knows about one lower-case word. A word may
// play several parts: "second" is an ordinal and a unit, "may" a month and
// a modal verb.
type entry struct {
	month     time.Month // "october", "oct": 10
	weekday   int        // 1 (Monday) … 7 (Sunday), 0 if none
	unit      unit       // "days": uDay
	plural    bool       // "days", "months"
	number    int        // cardinal value: "two": 2; 0 if none
	ordinal   int        // "third": 3
	season    string     // "SP", "SU", "FA", "WI"
	dayPart   string     // "MO", "AF", "EV", "NI"
	relDay    int        // today 0, yesterday -1, tomorrow 1
	isRelDay  bool       // relDay is meaningful
	setUnit   unit       // "daily": uDay
	ref       string     // "now": PRESENT_REF
	timeZone  bool       // "EST", "GMT"
	abbrMonth bool       // a month abbreviation that may take a dot: "Oct"
}

// temporal reports whether the word names time by itself (a month, a unit,
// "today", "now"), rather than only a number; e is nil for words outside
// the lexicon.
func (e *entry) temporal() bool {
	return e != nil && (e.month != 0 || e.weekday != 0 || e.unit != noUnit || e.season != "" ||
		e.dayPart != "" || e.isRelDay || e.setUnit != noUnit || e.ref != "")
}

var lexicon = buildLexicon()

func buildLexicon() map[string]*entry {
	m := map[string]*entry{}
	get := func(w string) *entry {
		e := m[w]
		if e == nil {
			e = &entry{}
			m[w] = e
		}
		return e
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, name := range months {
		get(name).month = time.Month(i + 1)
		abbr := name[:3]
		if len(name) > 3 {
			get(abbr).month = time.Month(i + 1)
			get(abbr).abbrMonth = true
		}
	}
	get("sept").month, get("sept").abbrMonth = time.September, true
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, name := range days {
		get(name).weekday = i + 1
		get(name + "s").weekday = i + 1 // "on Mondays" (sets)
		get(name + "s").plural = true
	}
	for w, d := range map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6} {
		get(w).weekday = d
	}
	units := map[string]unit{
		"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay, "week": uWeek,
		"weekend": uWeekend, "month": uMonth, "quarter": uQuarter, "year": uYear,
		"decade": uDecade, "century": uCentury, "millennium": uMillennium,
		"fortnight": uWeek, "half": uHalf,
	}
	for w, u := range units {
		get(w).unit = u
	}
	for w, u := range map[string]unit{
		"seconds": uSecond, "minutes": uMinute, "hours": uHour, "days": uDay, "weeks": uWeek,
		"weekends": uWeekend, "months": uMonth, "quarters": uQuarter, "years": uYear,
		"decades": uDecade, "centuries": uCentury, "millennia": uMillennium, "fortnights": uWeek,
		"halves": uHalf, "mins": uMinute, "hrs": uHour, "yrs": uYear,
	} {
		get(w).unit, get(w).plural = u, true
	}
	get("min").unit, get("hr").unit, get("yr").unit = uMinute, uHour, uYear
	numbers := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	for i, w := range numbers[1:] {
		get(w).number = i + 1
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		get(w).number = 20 + 10*i
	}
	get("hundred").number, get("thousand").number, get("dozen").number = 100, 1000, 12
	ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ordinals {
		get(w).ordinal = i + 1
	}
	get("thirtieth").ordinal = 30
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA",
		"autumn": "FA", "winter": "WI", "springtime": "SP", "summertime": "SU", "wintertime": "WI"} {
		get(w).season = s
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV",
		"night": "NI", "overnight": "NI", "mornings": "MO", "afternoons": "AF", "evenings": "EV",
		"nights": "NI"} {
		get(w).dayPart = p
	}
	for w, d := range map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0} {
		get(w).relDay, get(w).isRelDay = d, true
	}
	get("tonight").dayPart = "NI"
	for w, u := range map[string]unit{"daily": uDay, "weekly": uWeek, "monthly": uMonth,
		"annually": uYear, "yearly": uYear, "hourly": uHour,
		"nightly": uDay, "biweekly": uWeek} {
		get(w).setUnit = u
	}
	for w, r := range map[string]string{
		"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
		"presently": "PRESENT_REF", "current": "PRESENT_REF",
		"recently": "PAST_REF", "lately": "PAST_REF",
	} {
		get(w).ref = r
	}
	for _, w := range []string{"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest"} {
		get(w).timeZone = true
	}
	return m
}

// Words that modify a following expression. Each maps to the TIMEX3 mod it
// gives, or "" when it only belongs to the span.
var (
	// approximators before a quantity or a date: "about two years", "around Nov. 1".
	approximators = map[string]string{
		"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
		"some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN",
		"under": "LESS_THAN",
		"just":  "", "only": "", "barely": "LESS_THAN",
	}
	// position words before a period: "early December", "late yesterday".
	positionMods = map[string]string{
		"early": "START", "late": "END", "mid": "MID", "middle": "MID",
		"earlier": "", "later": "",
	}
)
