package timex

import (
	"fmt"
	"strconv"
	"time"
)

// resolved is a phrase turned into a TIMEX3 value.
type resolved struct {
	typ         Type
	value       string
	mod         string
	explanation string
}

// resolver turns phrases into values, anchored to the publication date and
// to what the text said before (the quarter a company report is about).
type resolver struct {
	dct time.Time
	pub string // the publication date for explanations: "Tue 6 Jan 2026"

	// lastQuarter is the latest quarter the text named, for "the quarter"
	// and "a year earlier"; quarterSentence is the sentence it was in.
	lastQuarter     quarterRef
	quarterSentence int
	// spanSentence is the latest sentence that spoke of a report period
	// longer than a quarter ("the first nine months", "the six months"),
	// where "a year earlier" is the year before, not a quarter.
	spanSentence int
	// lastDay is the latest day the text named, for "two days earlier".
	lastDay         time.Time
	lastDaySentence int
	// last is the latest date the text named, to the precision it was
	// named with (uDay, uMonth or uYear), for "that year".
	last     time.Time
	lastUnit unit
}

type quarterRef struct{ year, q int }

// quarterContext is how many sentences after a mention of quarters "a year
// earlier" still means the same quarter a year before.
const quarterContext = 2

func newResolver(dct time.Time) *resolver {
	return &resolver{dct: dct, pub: humanDay(dct), quarterSentence: -10, spanSentence: -10, lastDaySentence: -10}
}

// humanDay formats a day for people: "Tue 6 Jan 2026".
func humanDay(t time.Time) string { return t.Format("Mon 2 Jan 2006") }

func (r *resolver) relativeToPub() string { return "relative to publication on " + r.pub }

// resolve turns ph, found from token start of p on, into a value, and
// remembers what it names for the expressions that follow.
func (r *resolver) resolve(ph *phrase, p *parser, start int) resolved {
	out := r.value(ph, p, start)
	if out.value == "" {
		return out
	}
	if out.typ == "" {
		out.typ = Date
	}
	if ph.typ != "" && out.typ == Date {
		out.typ = ph.typ
	}
	if out.mod == "" {
		out.mod = ph.mod
	}
	if out.typ == Date || out.typ == Time {
		switch {
		case p.is(start-1, "since") && out.mod == "":
			out.mod = "ON_OR_AFTER"
			out.explanation = "since " + out.explanation + "; a period up to publication"
		case p.is(start-1, "until", "till") && out.mod == "":
			out.mod = "ON_OR_BEFORE"
			out.explanation = "until " + out.explanation
		}
	}
	// Remember what the text is talking about.
	if ph.quarter || ph.kind == pYearAgoQuarter {
		r.quarterSentence = ph.sentence // the text is speaking of quarters
	}
	if ph.kind == pDuration && ph.unit == uMonth && !ph.vague && ph.n > 3 && ph.n < 12 && p.is(start, "the") {
		r.spanSentence = ph.sentence // "the first nine months": a report period
	}
	// A company report speaks of the latest quarter it has results for:
	// remember a quarter it names only when that quarter is over.
	namesQuarter := ph.kind == pPart || ph.kind == pRelUnit && ph.unit == uQuarter
	if namesQuarter && len(out.value) == 7 && out.value[5] == 'Q' && out.value[6] >= '1' && out.value[6] <= '4' {
		y, err := strconv.Atoi(out.value[:4])
		q := int(out.value[6] - '0')
		begun := !civil(y, time.Month(3*q-2), 1).After(r.dct)
		over := !civil(y, time.Month(3*q+1), 1).After(r.dct)
		later := r.lastQuarter.year*4+r.lastQuarter.q <= y*4+q
		if err == nil && begun && later && (over || !p.lookingAhead(start)) {
			r.lastQuarter = quarterRef{y, q}
		}
	}
	if out.typ != Duration && out.typ != Set {
		r.remember(out.value, ph.sentence)
	}
	return out
}

// value resolves ph by its kind.
func (r *resolver) value(ph *phrase, p *parser, start int) resolved {
	dct := r.dct
	switch ph.kind {
	case pCalendar:
		return r.calendar(ph, p, start)
	case pDecade:
		if ph.year < 0 || ph.year > 9999 {
			return resolved{}
		}
		return resolved{value: fmt.Sprintf("%03d", ph.year/10), explanation: fmt.Sprintf("the %ds", ph.year)}
	case pCentury:
		return resolved{value: fmt.Sprintf("%02d", ph.n-1), explanation: fmt.Sprintf("the %s century", ordinalWord(ph.n))}
	case pWeekday:
		return r.weekday(ph, p, start)
	case pRelDay:
		return r.relDay(ph)
	case pRelUnit:
		return r.relUnit(ph, p, start)
	case pPart:
		return r.part(ph, p, start)
	case pDuration:
		return resolved{typ: Duration, value: durationValue(ph.n, ph.unit, ph.half, ph.vague), explanation: durationExplanation(ph)}
	case pSet:
		return r.set(ph)
	case pRef:
		what := map[string]string{"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}[ph.ref]
		return resolved{value: ph.ref, explanation: what + ", " + r.relativeToPub()}
	case pHoliday:
		return r.holiday(ph, p, start)
	case pAnaphor:
		return r.anaphor(ph)
	case pLastQuarter:
		q := r.lastQuarter
		why := "the quarter named before in the text"
		if q.year == 0 || ph.dir < 0 {
			q = quarterRef{dct.Year(), quarterOf(dct) - 1}
			if q.q == 0 {
				q = quarterRef{q.year - 1, 4}
			}
			why = "the latest quarter completed before publication (" + r.pub + ")"
		}
		if ph.year != 0 {
			if ph.sentence == r.spanSentence {
				// "the first nine months … the 1988 period": those months of 1988.
				return resolved{value: yearValue(ph.year), explanation: fmt.Sprintf("the period the sentence spoke of, in %d", ph.year)}
			}
			q.year = ph.year
			why = fmt.Sprintf("the quarter named before in the text, in %d", ph.year)
		}
		return resolved{value: quarterValue(q.year, q.q), explanation: why}
	case pYearAgoQuarter:
		if ph.ordinal != 0 {
			// "the year-ago third quarter": that quarter of the year before
			// the one the text reports on.
			y := dct.Year()
			if ph.ordinal > quarterOf(dct) {
				y--
			}
			if q := r.lastQuarter; q.q == ph.ordinal {
				y = q.year
			}
			return resolved{value: quarterValue(y-1, ph.ordinal), explanation: fmt.Sprintf("the %s quarter of the year before %d", ordinalWord(ph.ordinal), y)}
		}
		if q := r.lastQuarter; q.year != 0 {
			return resolved{value: quarterValue(q.year-1, q.q), explanation: "the same quarter a year before the one named in the text"}
		}
		return resolved{value: yearValue(dct.Year() - 1), explanation: "the year before publication (" + r.pub + ")"}
	}
	return resolved{}
}

// remember notes a resolved date value as what the text last spoke of.
func (r *resolver) remember(value string, sentence int) {
	layouts := []struct {
		layout string
		u      unit
	}{{"2006-01-02", uDay}, {"2006-01", uMonth}, {"2006", uYear}}
	for _, l := range layouts {
		if len(value) < len(l.layout) || len(value) > len(l.layout) && value[len(l.layout)] != 'T' {
			continue
		}
		if t, err := time.Parse(l.layout, value[:len(l.layout)]); err == nil {
			r.last, r.lastUnit = t, l.u
			if l.u == uDay {
				r.lastDay, r.lastDaySentence = t, sentence
			}
			return
		}
	}
}

// anaphor resolves "that year", "the following day" against the date the
// text named last, or writes X where there is none precise enough.
func (r *resolver) anaphor(ph *phrase) resolved {
	known := !r.last.IsZero() && r.lastUnit <= ph.unit || ph.unit == uWeek && r.lastUnit == uDay
	if !known && ph.unit == uDay && ph.n == 0 && !r.last.IsZero() {
		// "that same day" after "last October": a day of a month or year
		// the text named, known to that precision.
		v := yearValue(r.last.Year()) + "-XX-XX"
		if r.lastUnit == uMonth {
			v = monthValue(r.last.Year(), r.last.Month()) + "-XX"
		}
		return resolved{value: v + timeSuffix(ph), explanation: "a day of the " + unitName(r.lastUnit) + " the text spoke of"}
	}
	if !known {
		switch ph.unit {
		case uDay:
			return resolved{value: "XXXX-XX-XX" + timeSuffix(ph), explanation: "a day the text spoke of, not known"}
		case uWeek:
			return resolved{value: "XXXX-WXX", explanation: "a week the text spoke of, not known"}
		case uMonth:
			return resolved{value: "XXXX-XX", explanation: "a month the text spoke of, not known"}
		}
		return resolved{value: "XXXX", explanation: "a year the text spoke of, not known"}
	}
	t := r.last
	why := "the " + unitName(ph.unit) + " the text spoke of"
	switch {
	case ph.n < 0:
		why = "the " + unitName(ph.unit) + " before the one the text spoke of"
	case ph.n > 0:
		why = "the " + unitName(ph.unit) + " after the one the text spoke of"
	}
	switch ph.unit {
	case uDay:
		return resolved{value: dayValue(t.AddDate(0, 0, ph.n)) + timeSuffix(ph), explanation: why}
	case uWeek:
		return resolved{value: weekValue(t.AddDate(0, 0, 7*ph.n)), explanation: why}
	case uMonth:
		first := civil(t.Year(), t.Month(), 1).AddDate(0, ph.n, 0)
		return resolved{value: monthValue(first.Year(), first.Month()), explanation: why}
	}
	return resolved{value: yearValue(t.Year() + ph.n), explanation: why}
}

// holiday resolves a named day such as Thanksgiving.
func (r *resolver) holiday(ph *phrase, p *parser, start int) resolved {
	if ph.ordinal < 0 || ph.ordinal >= len(holidays) {
		return resolved{}
	}
	hd := holidays[ph.ordinal]
	dct := r.dct
	if ph.year != 0 {
		return resolved{value: dayValue(hd.date(ph.year)), explanation: fmt.Sprintf("%s %d", hd.name, ph.year)}
	}
	y := dct.Year()
	if hd.date(y).After(dct) {
		y--
	}
	past, next := hd.date(y), hd.date(y+1)
	if past.Equal(dct) {
		next = past
	}
	switch {
	case ph.thisDir:
		d := hd.date(dct.Year())
		return resolved{value: dayValue(d), explanation: fmt.Sprintf("%s of the year of publication (%s)", hd.name, r.pub)}
	case ph.dir < 0:
		if past.Equal(dct) {
			past = hd.date(y - 1)
		}
		return resolved{value: dayValue(past), explanation: fmt.Sprintf("the %s before publication (%s)", hd.name, r.pub)}
	case ph.dir > 0 || p.lookingAhead(start) || dct.Sub(past) > maxDaysBack*24*time.Hour && !p.lookingBack(start):
		// A clause in the past tense looks back however far: "soon after
		// Election Day, Mr. Obama interrupted a discussion".
		return resolved{value: dayValue(next), explanation: fmt.Sprintf("the coming %s (published %s)", hd.name, r.pub)}
	}
	return resolved{value: dayValue(past), explanation: fmt.Sprintf("the latest %s on or before publication (%s)", hd.name, r.pub)}
}

// A month or day named without a year, in a clause that does not look
// ahead, is taken to be in the past when it lies at most this far before
// publication (news reports mostly look back), else to come. (Past tenses
// do not decide: "the vote was moved to May".)
const (
	maxMonthsBack = 7
	maxDaysBack   = 215
	// In a clause in the past tense ("stepped down in March", said in
	// November), a month or day lies back as far as this; in one that tells
	// what someone did (pastDeed: "changed … in December", said in October)
	// a month lies back however far.
	maxMonthsBackInPast = 9
	maxDaysBackInPast   = 280
	// In a clause that looks ahead, a month or day is the coming one when
	// it lies at most this far after publication.
	maxMonthsAhead = 8
	maxDaysAhead   = 245
)

// calendar resolves explicit dates, filling a missing year from the
// publication date.
func (r *resolver) calendar(ph *phrase, p *parser, start int) resolved {
	dct := r.dct
	switch {
	case ph.month == 0: // a year
		what := "the year " + strconv.Itoa(ph.year)
		if ph.fiscal {
			what = "fiscal year " + strconv.Itoa(ph.year)
		}
		return resolved{value: yearValue(ph.year), explanation: what}
	case ph.day == 0: // a month
		y, why := ph.year, ""
		switch {
		case y != 0:
			why = fmt.Sprintf("%s %d", ph.month, y)
		case ph.hasRelYear:
			y = dct.Year() + ph.relYear
			why = fmt.Sprintf("%s of the year %s publication (%s)", ph.month, map[int]string{-1: "before", 0: "of", 1: "after"}[ph.relYear], r.pub)
		case ph.anaphoric:
			if r.last.IsZero() {
				return resolved{value: "XXXX-" + fmt.Sprintf("%02d", int(ph.month)), explanation: ph.month.String() + " of a year the text spoke of, not known"}
			}
			y = r.last.Year()
			why = fmt.Sprintf("%s of %d, the year the text spoke of", ph.month, y)
		case ph.dir < 0:
			y = dct.Year()
			if ph.month >= dct.Month() {
				y--
			}
			why = fmt.Sprintf("the latest %s before publication (%s)", ph.month, r.pub)
		case ph.thisDir:
			y = dct.Year()
			why = fmt.Sprintf("%s of the year of publication (%s)", ph.month, r.pub)
		case ph.dir > 0:
			y = dct.Year()
			if ph.month <= dct.Month() {
				y++
			}
			why = fmt.Sprintf("the first %s after publication (%s)", ph.month, r.pub)
		default:
			back := (int(dct.Month()) - int(ph.month) + 12) % 12
			// Looking ahead means the coming one, unless that is far off and
			// the last one recent ("paid in August", said in October).
			ahead := p.lookingAhead(start) && ((12-back)%12 <= maxMonthsAhead || p.willAhead(start))
			if ahead || back > maxMonthsBack && (back > maxMonthsBackInPast && !p.pastDeed(start) || !p.lookingBack(start)) {
				y = dct.Year()
				if ph.month < dct.Month() {
					y++
				}
				why = fmt.Sprintf("the coming %s (published %s)", ph.month, r.pub)
				if ahead {
					why = fmt.Sprintf("the coming %s, as the sentence looks ahead (published %s)", ph.month, r.pub)
				}
			} else {
				y = dct.Year()
				if ph.month > dct.Month() {
					y--
				}
				why = fmt.Sprintf("the latest %s on or before publication (%s)", ph.month, r.pub)
			}
		}
		return resolved{value: monthValue(y, ph.month), explanation: why}
	}
	y, why := ph.year, ""
	if y == 0 {
		// The latest such day on or before publication if it is recent
		// enough, else the coming one.
		y = dct.Year()
		if ph.month > dct.Month() || ph.month == dct.Month() && ph.day > dct.Day() {
			y--
		}
		why = fmt.Sprintf("the latest %s %d on or before publication (%s)", ph.month, ph.day, r.pub)
		if ph.month == time.February && ph.day == 29 {
			for daysIn(y, time.February) < 29 {
				y--
			}
		}
		ahead := ph.dir > 0 || ph.dir == 0 && p.lookingAhead(start) &&
			civil(y+1, ph.month, ph.day).Sub(dct) <= maxDaysAhead*24*time.Hour
		if ph.thisDir {
			y = dct.Year()
		} else if back := dct.Sub(civil(y, ph.month, ph.day)); ahead || ph.dir == 0 && back > maxDaysBack*24*time.Hour &&
			(back > maxDaysBackInPast*24*time.Hour || !p.lookingBack(start)) {
			y = dct.Year()
			if ph.month < dct.Month() || ph.month == dct.Month() && ph.day < dct.Day() {
				y++
			}
			for ph.day > daysIn(y, ph.month) {
				y++
			}
			why = fmt.Sprintf("the coming %s %d (published %s)", ph.month, ph.day, r.pub)
			if ahead {
				why = fmt.Sprintf("the coming %s %d, as the sentence looks ahead (published %s)", ph.month, ph.day, r.pub)
			}
		}
	} else {
		why = fmt.Sprintf("%s %d, %d", ph.month, ph.day, y)
	}
	if ph.day > daysIn(y, ph.month) {
		return resolved{}
	}
	day := civil(y, ph.month, ph.day)
	return resolved{value: dayValue(day) + timeSuffix(ph), explanation: why}
}

// weekday resolves a weekday against publication.
func (r *resolver) weekday(ph *phrase, p *parser, start int) resolved {
	dct := r.dct
	wd := time.Weekday(ph.weekday % 7) // 7 (Sunday) → 0
	if ph.anaphoric && !r.lastDay.IsZero() {
		// "the previous Friday": counted from the day the text spoke of.
		ref := r.lastDay
		step := (int(wd) - int(ref.Weekday()) + 7) % 7
		if ph.dir < 0 {
			step = -((int(ref.Weekday()) - int(wd) + 7) % 7)
			if step == 0 {
				step = -7
			}
		} else if step == 0 {
			step = 7
		}
		day := ref.AddDate(0, 0, step)
		return resolved{value: dayValue(day) + timeSuffix(ph), explanation: fmt.Sprintf("%s → %s, counted from %s, the day the text spoke of", wd, humanDay(day), humanDay(ref))}
	}
	back := (int(dct.Weekday()) - int(wd) + 7) % 7
	ahead := (int(wd) - int(dct.Weekday()) + 7) % 7
	var day time.Time
	var why string
	name := wd.String()
	switch {
	case ph.dir < 0:
		if back == 0 {
			back = 7
		}
		day, why = dct.AddDate(0, 0, -back), "the "+name+" before publication"
	case ph.dir > 0:
		if ahead == 0 {
			ahead = 7
		}
		day, why = dct.AddDate(0, 0, ahead), "the "+name+" after publication"
	case ph.possessive && !ph.thisDir:
		// "Wednesday's ruling", "Friday's close": news names an event by its
		// day once it has happened.
		day, why = dct.AddDate(0, 0, -back), "the "+name+" on or before publication, whose event the text reports"
		if back == 0 {
			why = "the day of publication"
		}
	case ph.thisDir || p.lookingAhead(start):
		day, why = dct.AddDate(0, 0, ahead), "the coming "+name+", as the sentence looks ahead"
		if ahead == 0 {
			why = "the day of publication"
		}
	default:
		day, why = dct.AddDate(0, 0, -back), "the "+name+" on or before publication"
		if back == 0 {
			why = "the day of publication"
		}
	}
	when := humanDay(day)
	if ph.hasClock {
		when += fmt.Sprintf(" %02d:%02d", ph.hour, ph.minute)
	}
	return resolved{value: dayValue(day) + timeSuffix(ph), explanation: fmt.Sprintf("%s → %s, %s (%s)", name, when, why, r.pub)}
}

// relDay resolves days counted from publication: today, yesterday, "two days ago".
func (r *resolver) relDay(ph *phrase) resolved {
	day := r.dct.AddDate(0, 0, ph.n)
	why := map[int]string{0: "the day of publication", -1: "the day before publication", 1: "the day after publication"}[ph.n]
	if why == "" {
		why = countOf(-ph.n, uDay) + " before publication"
		if ph.n > 0 {
			why = countOf(ph.n, uDay) + " after publication"
		}
	}
	if ph.hasClock {
		why = fmt.Sprintf("%02d:%02d on %s", ph.hour, ph.minute, why)
	}
	return resolved{value: dayValue(day) + timeSuffix(ph), explanation: fmt.Sprintf("%s (%s)", why, r.pub)}
}

// relUnit resolves units counted from publication: "last week" (n -1),
// "this year" (0), "three months ago" (-3), and "a year earlier", which
// counts from what the sentence spoke of when it can.
func (r *resolver) relUnit(ph *phrase, p *parser, start int) resolved {
	dct := r.dct
	n := ph.n
	if ph.thisDir && ph.dir == 0 {
		n = 0
	}
	if ph.vague {
		if n < 0 || ph.anaphoric {
			return resolved{value: "PAST_REF", explanation: "some time before publication (" + r.pub + ")"}
		}
		return resolved{value: "FUTURE_REF", explanation: "some time after publication (" + r.pub + ")"}
	}
	// "a year earlier", "a year ago" after a quarter: the same quarter a year before.
	if ph.unit == uYear && n < 0 && (ph.dir == 0 || p.is(start-1, "from", "with", "than")) && r.lastQuarter.year != 0 && ph.sentence-r.quarterSentence <= quarterContext {
		q := r.lastQuarter
		if ph.sentence == r.spanSentence {
			// "For the nine months, … a year earlier": those months of
			// the year before, which a value can only give as that year.
			return resolved{value: yearValue(q.year + n), explanation: countOf(-n, uYear) + " before the period the sentence spoke of, in " + yearValue(q.year)}
		}
		return resolved{value: quarterValue(q.year+n, q.q), explanation: countOf(-n, uYear) + " before " + quarterValue(q.year, q.q) + ", the quarter the text spoke of"}
	}
	anchor, from := dct, "publication ("+r.pub+")"
	if ph.anaphoric && !r.lastDay.IsZero() && ph.sentence-r.lastDaySentence <= 1 {
		anchor, from = r.lastDay, humanDay(r.lastDay)+", the day the text spoke of"
		if ph.sentence == r.lastDaySentence && ph.unit >= uWeek {
			// "Aug. 12 … a year earlier": the same day, a year before.
			var day time.Time
			switch ph.unit {
			case uWeek:
				day = anchor.AddDate(0, 0, 7*n)
			case uMonth:
				day = anchor.AddDate(0, n, 0)
			case uQuarter:
				day = anchor.AddDate(0, 3*n, 0)
			case uYear:
				day = anchor.AddDate(n, 0, 0)
			}
			if !day.IsZero() {
				return resolved{value: dayValue(day), explanation: countOf(-n, ph.unit) + " before " + from}
			}
		}
	}
	var v string
	switch ph.unit {
	case uSecond, uMinute, uHour:
		return resolved{}
	case uDay:
		v = dayValue(anchor.AddDate(0, 0, n))
	case uWeek:
		v = weekValue(anchor.AddDate(0, 0, 7*n))
	case uWeekend:
		return r.weekend(ph, p, start)
	case uMonth:
		first := civil(anchor.Year(), anchor.Month(), 1).AddDate(0, n, 0)
		v = monthValue(first.Year(), first.Month())
	case uQuarter:
		q := (anchor.Year()*4 + quarterOf(anchor) - 1) + n
		v = quarterValue(floorDiv(q, 4), q-floorDiv(q, 4)*4+1)
	case uYear:
		v = yearValue(anchor.Year() + n)
	case uDecade:
		v = fmt.Sprintf("%03d", anchor.Year()/10+n)
	case uCentury:
		v = fmt.Sprintf("%02d", anchor.Year()/100+n)
	case uSeason, uHalf, uMillennium:
		return resolved{}
	}
	why := "this " + unitName(ph.unit) + ", relative to " + from
	switch {
	case n == -1 && !ph.anaphoric && ph.dir != 0:
		why = "the " + unitName(ph.unit) + " before " + from
	case n == 1 && ph.dir != 0:
		why = "the " + unitName(ph.unit) + " after " + from
	case n < 0:
		why = countOf(-n, ph.unit) + " before " + from
	case n > 0:
		why = countOf(n, ph.unit) + " after " + from
	}
	return resolved{value: v, explanation: why}
}

// weekend resolves "the weekend", "last weekend", "next weekend".
func (r *resolver) weekend(ph *phrase, p *parser, start int) resolved {
	dct := r.dct
	// Saturday on or before publication (a Sunday belongs to the weekend before it).
	back := (int(dct.Weekday()) - int(time.Saturday) + 7) % 7
	sat := dct.AddDate(0, 0, -back)
	why := "the weekend before publication"
	switch {
	case ph.dir > 0 || (ph.dir == 0 && (ph.thisDir || p.lookingAhead(start)) && back > 1):
		sat = sat.AddDate(0, 0, 7)
		why = "the weekend after publication"
	case ph.dir < 0 && back <= 1:
		sat = sat.AddDate(0, 0, -7)
	}
	y, w := sat.ISOWeek()
	return resolved{value: fmt.Sprintf("%04d-W%02d-WE", y, w), explanation: fmt.Sprintf("%s (%s)", why, r.pub)}
}

// part resolves quarters, halves and seasons.
func (r *resolver) part(ph *phrase, p *parser, start int) resolved {
	dct := r.dct
	y := ph.year
	explicit := y != 0
	if ph.hasRelYear {
		y, explicit = dct.Year()+ph.relYear, true
	}
	switch ph.unit {
	case uQuarter:
		if !explicit {
			// The latest such quarter that has begun by publication, or
			// the coming one when the sentence looks ahead.
			y = dct.Year()
			if ph.ordinal > quarterOf(dct) {
				y--
			}
		}
		return resolved{value: quarterValue(y, ph.ordinal), explanation: fmt.Sprintf("the %s quarter of %d", ordinalWord(ph.ordinal), y)}
	case uHalf:
		return resolved{value: fmt.Sprintf("%s-H%d", yearValue(y), ph.ordinal), explanation: fmt.Sprintf("the %s half of %d", ordinalWord(ph.ordinal), y)}
	case uSeason:
		if !explicit {
			y = r.seasonYear(ph, p, start)
		}
		return resolved{value: yearValue(y) + "-" + ph.season, explanation: fmt.Sprintf("%s %d", seasonNames[ph.season], y)}
	}
	return resolved{}
}

var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}

// seasonYear picks the year of a season named without one: this season,
// the latest one ("last fall"), or the coming one.
func (r *resolver) seasonYear(ph *phrase, p *parser, start int) int {
	dct := r.dct
	startMonth := map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[ph.season]
	// The instance that began most recently on or before publication.
	y := dct.Year()
	if startMonth > dct.Month() {
		y--
	}
	begun := civil(y, startMonth, 1)
	inProgress := dct.Before(begun.AddDate(0, 3, 0))
	switch {
	case ph.thisDir && ph.dir < 0: // "this past spring": the latest one over
		if inProgress {
			return y - 1
		}
		return y
	case ph.thisDir: // "this summer": the one of the publication year
		if ph.season == "WI" && dct.Month() <= 2 {
			return dct.Year() - 1
		}
		return dct.Year()
	case ph.dir < 0:
		// "last fall" is the one of the year before, as news writes it.
		if ph.season == "WI" && dct.Month() <= 2 {
			return dct.Year() - 2
		}
		return dct.Year() - 1
	case ph.dir > 0:
		return y + 1
	case p.lookingAhead(start) && !inProgress:
		return y + 1
	}
	return y
}

// set resolves recurrences.
func (r *resolver) set(ph *phrase) resolved {
	switch {
	case ph.weekday != 0:
		v := fmt.Sprintf("XXXX-WXX-%d", ph.weekday)
		if ph.dayPart != "" {
			v += "T" + ph.dayPart
		}
		return resolved{typ: Set, value: v, explanation: "every " + time.Weekday(ph.weekday%7).String()}
	case ph.month != 0:
		return resolved{typ: Set, value: fmt.Sprintf("XXXX-%02d", ph.month), explanation: "every " + ph.month.String()}
	case ph.season != "":
		return resolved{typ: Set, value: "XXXX-" + ph.season, explanation: "every " + seasonNames[ph.season]}
	case ph.dayPart != "":
		return resolved{typ: Set, value: "XXXX-XX-XXT" + ph.dayPart, explanation: "every day at the same part of the day"}
	}
	return resolved{typ: Set, value: durationValue(ph.n, ph.unit, false, false), explanation: "every " + unitName(ph.unit)}
}

// durationExplanation says how long a duration is: "3 months", "an
// unknown number of years".
func durationExplanation(ph *phrase) string {
	name := unitName(ph.unit)
	switch {
	case ph.vague:
		return "a length of time: an unknown number of " + name + "s"
	case ph.half:
		return fmt.Sprintf("a length of time: %d and a half %ss", ph.n, name)
	case ph.n == 1:
		return "a length of time: one " + name
	}
	return "a length of time: " + countOf(ph.n, ph.unit)
}

// countOf writes a count of units for people: "1 week", "3 months".
func countOf(n int, u unit) string {
	name := unitName(u)
	switch {
	case n == 1:
	case u == uCentury:
		name = "centuries"
	case u == uMillennium:
		name = "millennia"
	default:
		name += "s"
	}
	return strconv.Itoa(n) + " " + name
}
