package timex

import "strings"

// Tense: whether a clause looks ahead, which decides between the last and
// the coming Thursday.

// lookingAhead reports whether the clause around token i speaks of the
// future: "will meet on Thursday", "is expected Friday", "is to resume
// Monday", "plans to leave Monday".
func (p *parser) lookingAhead(i int) bool { return p.tense(i) > 0 }

// lookingBack reports whether the clause around token i speaks of the
// past, and the expression is not the goal of a motion or a deadline ("was
// moved to May", "was extended until March"), which may lie ahead: "stepped
// down in March", "bought RJR in February".
func (p *parser) lookingBack(i int) bool {
	return p.tense(i) < 0 && !p.is(i-1, "to", "until", "till", "by", "through", "into")
}

// tense tells whether the clause around token i speaks of the future (1),
// the past (-1) or does not say (0). The nearest cue before the expression
// decides; without one, the first cue after it in the sentence.
func (p *parser) tense(i int) int {
	sent := p.sentenceOf(i)
	if p.is(i-3, "as") && p.is(i-2, "early", "soon") && p.is(i-1, "as") {
		return 1 // "could come as early as Tuesday": a possibility ahead
	}
	if p.is(i-1, "until", "till", "to") && p.putOff(i-2) {
		return 1 // "postponed until Tuesday morning"
	}
	for k, seen := i-1, 0; k >= 0 && seen < 16 && p.sentenceOf(k) == sent; k-- {
		t := p.tok(k)
		if t.kind != tWord {
			if t.low == ";" {
				break
			}
			continue
		}
		seen++
		if cue := p.tenseCue(k); cue != 0 && !(cue < 0 && p.passive(k)) {
			if cue > 0 && (p.pastExpectation(k) || p.is(k-1, "to") && p.pastExpectation(k-2)) {
				return -1 // "was expected Friday", "had been due to expire Friday"
			}
			if cue > 0 && p.reducedRelative(k) && p.tenseAfter(i, sent) < 0 {
				// "A memorial service planned … for Saturday was canceled":
				// the plan modifies a noun; the clause's verb tells the time.
				return -1
			}
			return cue
		}
		if t.low == "to" && k == i-2 && p.tok(k+1).kind == tWord && !p.is(i, "the", "a") {
			if p.pastExpectation(k - 1) {
				return -1 // "was scheduled to close Friday"
			}
			return 1 // "to resume Monday"
		}
	}
	// "On Tuesday, the council will vote."
	return p.tenseAfter(i, sent)
}

// tenseAfter tells the tense of the first cue after token i in sentence
// sent: 1, -1, or 0 when there is none. An expression that opens the
// sentence ("In January, a week after the anniversary of the decision, a
// bombing killed a guard") governs the main clause, however far its verb;
// a clause set off by commas that a subordinator or relative pronoun opens
// ("On Friday, when Albright set aside vacation plans, the department
// lifted a warning"; "On Friday, the company, which was founded in 1990,
// will open") is not that clause and is passed over.
func (p *parser) tenseAfter(i, sent int) int {
	limit, fronted := 12, p.fronted(i)
	if fronted {
		limit = 30
	}
	for k, seen := i+1, 0; k < len(p.toks) && seen < limit && p.sentenceOf(k) == sent; k++ {
		if p.tok(k).kind != tWord {
			if p.tok(k).low == "," && (p.is(k+1, relatives...) || fronted && p.is(k+1, subordinators...)) {
				k = p.clauseEnd(k+1, sent)
			}
			continue
		}
		seen++
		if cue := p.tenseCue(k); cue != 0 && !(cue < 0 && p.passive(k)) {
			return cue
		}
	}
	return 0
}

// relatives open a clause about a noun, which does not carry the
// sentence's main verb; subordinators open one about a circumstance, passed
// over after an expression that opens the sentence (elsewhere a "when"
// clause tells of the day itself: "on Tuesday, when 15 states will vote").
var (
	relatives     = []string{"which", "who", "whose", "where"}
	subordinators = []string{"when", "while", "as", "after", "before", "because", "although",
		"though", "if", "once"}
)

// clauseEnd returns the comma that closes the clause starting at token k,
// or the last token of the sentence.
func (p *parser) clauseEnd(k, sent int) int {
	for ; k+1 < len(p.toks) && p.sentenceOf(k+1) == sent; k++ {
		if p.tok(k).low == "," {
			return k
		}
	}
	return k
}

// fronted reports whether the expression at token i opens its sentence,
// after at most a preposition or two ("In January,", "On Friday,", "Early
// on Monday,") and is set off by a comma.
func (p *parser) fronted(i int) bool {
	sent := p.sentenceOf(i)
	for k := i - 1; k >= 0 && p.sentenceOf(k) == sent; k-- {
		if k < i-2 || !p.is(k, "in", "on", "at", "early", "late", "by", "during") {
			return false
		}
	}
	for k := i + 1; k < len(p.toks) && k <= i+6 && p.sentenceOf(k) == sent; k++ {
		if p.tok(k).low == "," {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the participle of a plan at k modifies
// the noun before it ("a service planned for Saturday", "the talks
// scheduled on Monday") rather than being the clause's verb ("they planned
// to leave", "was scheduled for Friday").
func (p *parser) reducedRelative(k int) bool {
	if !p.is(k, "planned", "scheduled", "slated", "set", "expected") || !p.is(k+1, "for", "at", "on", "in") {
		return false
	}
	prev := p.tok(k - 1)
	return prev.kind == tWord && prev.low != "" && !prev.upper &&
		!p.is(k-1, "was", "were", "is", "are", "be", "been", "being", "had", "has", "have",
			"it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "not", "also", "and")
}

// putOff reports whether a verb of putting off ends a few words before k:
// "postponed until", "delayed any action until".
func (p *parser) putOff(k int) bool {
	for j := k; j >= k-4 && j >= 0; j-- {
		if p.is(j, "postponed", "delayed", "adjourned", "deferred", "rescheduled", "put", "pushed", "moved") {
			return !p.is(j, "put", "pushed", "moved") || p.is(j+1, "off", "back")
		}
		if p.tok(j).kind != tWord {
			return false
		}
	}
	return false
}

// pastExpectation reports whether the word at k states an expectation or
// a schedule in the past tense: "was expected", "had been due", "were
// scheduled". What was expected by publication has mostly come to pass,
// or not: either way it lies before publication.
func (p *parser) pastExpectation(k int) bool {
	return p.is(k, "expected", "due", "scheduled", "set", "slated", "planned", "supposed") &&
		(p.is(k-1, "was", "were") || p.is(k-1, "been") && p.is(k-2, "had"))
}

// passive reports whether the past form at k is a participle after "be"
// ("would be paid", "will be held"), whose time the auxiliary before it
// tells, not the participle.
func (p *parser) passive(k int) bool {
	return p.is(k-1, "be", "being") || p.is(k-1, "been") && p.is(k-2, "have", "will", "would")
}

// tenseCue tells what the word at k says about time: 1 for the future
// ("will", "expected", "next week"), -1 for the past ("said", "was",
// "opened"), 0 for nothing.
func (p *parser) tenseCue(k int) int {
	t := p.tok(k)
	switch w := t.low; w {
	case "will", "shall", "would", "upcoming", "expected", "expect", "expects", "scheduled",
		"due", "planned", "plans", "plan", "planning", "intends", "intend", "slated", "aims",
		"hopes", "ll", "tomorrow", "effective":
		return 1
	case "begins", "starts", "opens", "resumes", "meets", "convenes", "expires", "arrives",
		"visits", "travels", "hosts", "launches", "kicks":
		return 1 // the present of a schedule: "the trial begins Monday"
	case "begin", "start", "open", "resume", "meet", "convene", "expire", "arrive", "visit", "travel", "host", "launch":
		if k > 0 && p.tok(k-1).kind == tWord && p.tenseCue(k-1) < 0 {
			return -1 // "threw open his back yard on Monday"
		}
		return 1 // "the talks open Monday"
	case "next", "coming":
		if e := p.lex(k + 1); e.unit != noUnit || e.weekday != 0 || e.month != 0 {
			return 1
		}
	case "set":
		if p.is(k+1, "to", "for") {
			return 1
		}
	case "going":
		if p.is(k+1, "to") {
			return 1
		}
	case "to":
		if p.is(k-1, "is", "are", "am") {
			return 1 // "is to resume"
		}
	case "said", "says", "told", "announced", "was", "were", "had", "did", "ago",
		"last", "earlier", "yesterday", "since", "has", "have", "reported",
		// irregular past tenses
		"met", "left", "went", "came", "took", "gave", "made", "held", "began", "fell", "rose",
		"won", "lost", "spoke", "saw", "found", "got", "ran", "sent", "paid", "sold", "bought",
		"brought", "thought", "knew", "felt", "kept", "led", "stood", "struck", "shot", "flew",
		"fled", "fought", "wrote", "broke", "chose", "drove", "grew", "hung", "heard", "meant",
		"sank", "sought", "spent", "swore", "taught", "threw", "woke", "wore", "became", "ate":
		return -1
	default:
		// A capital is a name's, but for a verb that opens its sentence
		// before its subject: "Tweeted Trump on Sunday: …".
		inverted := t.upper && (k == 0 || p.sentenceOf(k-1) != p.sentenceOf(k)) && k+1 < len(p.toks) && p.tok(k+1).upper
		if len(w) > 4 && strings.HasSuffix(w, "ed") && (!t.upper || inverted) && !notPastTense(w) &&
			!p.is(k-1, "a", "an", "the", "its", "their", "his", "her", "our", "still", "newly") {
			return -1 // "opened", "charged"; not "a still unspecified date"
		}
	}
	return 0
}

// notPastTense reports whether w ends in "ed" without being a past form:
// "succeed", "need", "hundred".
func notPastTense(w string) bool {
	switch w {
	case "agreed", "freed", "guaranteed", "decreed", "refereed":
		return false
	case "hundred", "kindred", "sacred", "wicked", "naked", "rugged", "ragged", "beloved":
		return true
	}
	return strings.HasSuffix(w, "eed")
}

// willAhead reports whether the clause before token i speaks of the future
// with "will" or "shall" ("will be named commander … for a mission in
// December"): a month named then lies ahead however far, within the year.
func (p *parser) willAhead(i int) bool {
	sent := p.sentenceOf(i)
	for k, seen := i-1, 0; k >= 0 && seen < 16 && p.sentenceOf(k) == sent; k-- {
		t := p.tok(k)
		if t.kind != tWord {
			if t.low == ";" {
				return false
			}
			continue
		}
		seen++
		switch t.low {
		case "will", "shall", "ll":
			return true
		case "said", "says", "told", "was", "were", "had", "did":
			return false
		}
	}
	return false
}

// pastDeed reports whether the clause before token i tells in the simple
// past what someone did ("changed to a calendar year in December"), with
// no report, plan or infinitive in between ("said", "agreed to acquire …
// in January", "was planned for March") whose time may lie ahead. A month
// in such a clause cannot be to come, however far back the last one is.
func (p *parser) pastDeed(i int) bool {
	sent := p.sentenceOf(i)
	for k, seen := i-1, 0; k >= 0 && seen < 12 && p.sentenceOf(k) == sent; k-- {
		t := p.tok(k)
		if t.kind != tWord {
			if t.low == ";" || t.low == "," {
				return false
			}
			continue
		}
		seen++
		if t.low == "to" && p.tok(k+1).kind == tWord && !p.tok(k+1).upper &&
			!p.is(k+1, "a", "an", "the", "his", "her", "its", "their", "our", "this", "that", "these", "those") {
			return false // "agreed to acquire"
		}
		switch cue := p.tenseCue(k); {
		case cue > 0:
			return false
		case cue < 0:
			// "announced his presidential candidacy in March": a verb
			// of saying with only its object before the date did it
			// then; with a clause ("announced it will close in
			// March"), the date may be the clause's.
			if p.is(k, "announced", "unveiled", "launched", "declared") && p.plainObject(k+1, i) {
				return !p.is(k-1, "to", "be", "been", "being", "was", "were", "is", "are", "had", "has", "have")
			}
			return !p.passive(k) && !p.is(k, "said", "says", "told", "announced", "reported", "was", "were",
				"had", "has", "have", "did", "ago", "last", "earlier", "yesterday", "since") &&
				!p.is(k-1, "to", "be", "been", "being", "was", "were", "is", "are", "had", "has", "have")
		}
	}
	return false
}

// plainObject reports whether the words from token from up to token to
// are a verb's object alone, a short noun phrase with no clause of its
// own: "his presidential candidacy", not "it will close", "that the plant
// would close", "plans to".
func (p *parser) plainObject(from, to int) bool {
	words := 0
	for k := from; k < to; k++ {
		t := p.tok(k)
		if t.kind != tWord {
			if t.low == "," || t.low == ";" {
				return false
			}
			continue
		}
		if words++; words > 6 || p.is(k, "that", "it", "he", "she", "they", "we", "i", "you", "will", "would", "could",
			"should", "may", "might", "can", "to", "be", "is", "are", "was", "were", "plans", "plan") {
			return false
		}
	}
	return words > 0
}
