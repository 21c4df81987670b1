package draft

// How often each way of finding a date or a speaker gives the right one:
// the confidences of a Review. They are measured, not guessed: dates on
// TimeBank (the events its annotators placed in a calendar date, links to
// the publication date left out), speakers on PolNeAR's training split
// (quotations whose source resolves to a name), with the scorers of
// ../shared/bench/draft; AQUAINT and PolNeAR's dev split then check that
// sorting by them puts the wrong rows first (README, "How the draft is
// made").
const (
	// Dates.
	confAbsolute         = 0.90 // "Jan. 20, 1998", "in 1988": the year is in the words
	confWeekday          = 0.85 // "Friday": the nearest before publication, or the coming one
	confMonth            = 0.85 // "in March", "Oct. 13": the year from publication and tense
	confRelative         = 0.85 // "yesterday", "last week", "two years ago"
	confPresent          = 0.60 // "now", "currently": the publication day
	confSecondary        = 0.60 // no date governs the main clause: one of a subordinate clause, an event noun's
	confOtherDates       = 0.85 // factor: the sentence names other dates too
	confInherited        = 0.75 // the date of the statement before, the same speaker going on
	confPastPerfect      = 0.80 // undated, bounded by publication
	confUndated          = 0.85 // the sentence names no date
	confUndatedWithDates = 0.50 // the sentence names dates, none given to the event

	// Speakers.
	confAdjacent     = 0.92 // "“…,” Tusk said", "Tusk said: “…”"
	confSentence     = 0.85 // "Clinton said the goal was “…”"
	confAccording    = 0.80 // "according to X"
	confContinuation = 0.80 // a quotation going on from the same speaker
	confSubject      = 0.65 // a fragment in a sentence about someone
	confPronoun      = 0.80 // factor: named by "he" or "she"
	confDescription  = 0.75 // factor: named by "the senator"
	confNoSpeaker    = 0.30 // a quotation nobody is found to have said
)
