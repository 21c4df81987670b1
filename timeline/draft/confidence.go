package draft

// How often each way of finding a date or a speaker gives the right one:
// the confidences of a Review. They are measured, not guessed: dates on
// TimeBank (the 183 documents' events that annotators placed inside a
// calendar date, links to the publication date left out), speakers on
// PolNeAR's training split (quotations whose source resolves to a name),
// with the scorers of ../shared/bench/draft; AQUAINT and PolNeAR's dev
// split then check that sorting by them puts the wrong rows first (README,
// "How the draft is made"). Factors multiply a base confidence.
const (
	// Dates. What tells a wrong date best is a sentence that names other
	// dates (TimeBank: 0.64 right against 0.92) and a period (0.44).
	confAbsolute         = 0.90 // "Jan. 20, 1998", "in 1988": the year is in the words (TimeBank 0.90)
	confWeekday          = 0.81 // "Friday": the nearest before publication, or the coming one (0.81)
	confMonth            = 0.86 // "in March", "Oct. 13": the year from publication and tense (0.86)
	confRelative         = 0.90 // "yesterday", "last week", "two years ago" (0.92)
	confPresent          = 0.60 // "now", "currently": the publication day (too few to measure)
	confSecondary        = 0.85 // no date governs the main clause: an aside's, an event noun's (0.89)
	confOtherDates       = 0.70 // factor: the sentence names other dates too
	confRange            = 0.50 // factor: a period, "from X to Y", "since November"
	confInherited        = 0.85 // the date of the statement before, the same speaker going on; "also"; an earlier month or year told on (46 of 54 on TimeBank+AQUAINT, where the rules were set)
	confCounted          = 0.83 // "10 days before the murder": days from an occasion dated before (5 of 6 on TimeBank+AQUAINT, where the rule was set: too few to measure well)
	confNewsDay          = 0.90 // past tense without a date: the day of the news before, or after in the lead; a statement on the day of the story's lead (135 of 150 on TimeBank+AQUAINT, where the rules were set)
	confPastPerfect      = 0.80 // undated, bounded by publication
	confUndated          = 0.85 // the sentence names no date (4% of them cover a dated TimeBank event)
	confUndatedWithDates = 0.50 // the sentence names dates, none given to the event

	// Speakers (PolNeAR train, first quotation of an event).
	confAdjacent     = 0.97 // "“…,” Tusk said", "Tusk said: “…”" (0.97)
	confSentence     = 0.90 // "Clinton said the goal was “…”" (0.90)
	confAccording    = 0.85 // "according to X" (5 of 5)
	confContinuation = 0.71 // a quotation going on from the same speaker (0.71)
	confSubject      = 0.81 // a fragment in a sentence about someone (0.81)
	confPronoun      = 0.70 // factor: named by "he" or "she" (0.68 with "named at the quotation")
	confDescription  = 0.30 // factor: named by "the senator" (3 of 14)
	confNoSpeaker    = 0.05 // a quotation nobody is found to have said
)
