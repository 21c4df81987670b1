package draft

import "strings"

// backgroundOf says why the clause cl reports nothing that happened, or
// "" when it may: an undated clause that is not a statement and, in its
// main clause, only assesses ("It is unclear whether …", "It was supposed
// to be …"), says what there is ("There are conflicting stories …") or
// defines something ("Politico is a news organisation"), or asks ("Do
// you support Trump?", a reader poll; "So what happens now?"). A description
// ("The territory is owned and governed by Denmark") is kept: the seed's
// curator took it for evidence of an event. Such
// clauses are background events, off the timeline (Review.Background).
func (a *analysis) backgroundOf(toks []token, cl clause, ev *eventRec) string {
	if ev.statement || ev.dated || !ev.date.IsZero() || len(ev.quotes) > 0 || cl.aside {
		return ""
	}
	if asks(toks, cl) {
		return questionBackground
	}
	quotes := a.quotesAround(ev.sentence)
	from := skipOpening(toks, cl.tok, cl.tokEnd, quotes)
	to := mainClauseEnd(toks, from, cl.tokEnd, quotes, nil)
	var buf [40]string
	words := buf[:0]
	for k := from; k < to && len(words) < len(buf); k++ {
		if cl.has(k) && toks[k].kind == wordToken {
			words = append(words, toks[k].low)
		}
	}
	if len(words) < 3 {
		return ""
	}
	at := func(i int, set map[string]bool) bool { return i < len(words) && set[words[i]] }
	switch {
	case words[0] == "it" && at(1, assessVerbs):
		k := 2
		if at(k, wordSet("not")) {
			k++
		}
		if at(k, assessments) {
			return "an assessment, not an event: “" + strings.Join(words[:k+1], " ") + " …”"
		}
	case words[0] == "there" && at(1, wordSet("is are remain remains")):
		return "says what there is, not what happened: “there " + words[1] + " …”"
	}
	// The copula of the main clause, in the present, and what follows it.
	for i := 1; i+1 < len(words) && i < 12; i++ {
		if !presentCopula[words[i]] {
			if pastOrFuture[words[i]] || strings.HasSuffix(words[i], "ed") {
				return "" // a verb of its own before the copula: an event
			}
			continue
		}
		next := words[i+1]
		if next == "not" && i+2 < len(words) {
			next = words[i+2]
		}
		if next == "a" || next == "an" {
			return "a definition, not an event: “" + words[i] + " " + next + " …”"
		}
		return ""
	}
	return ""
}

var (
	assessVerbs = wordSet("is was 's seems seemed appears appeared remains")
	assessments = wordSet(`unclear clear likely unlikely possible impossible uncertain true false important
		difficult hard easy worth expected supposed believed thought understood known evident obvious
		doubtful uncertain`)
	presentCopula = wordSet("is are")
	pastOrFuture  = wordSet("was were will would had did said has have")
)

// questionBackground is why a question of the writer's is background;
// buildEvents tells such a question by it.
const questionBackground = "a question, not an event"

// asks reports whether the clause is a question of the writer's: it ends
// with a question mark outside any quotation mark, and a colon before it
// ends no more than a short lead-in ("Question: What do you call …?", but
// not "Mr. McKinley suggested … asking yourself this: Would I …?"). A
// question someone asked ("“Why now?” she asked") is a statement, which
// backgroundOf never reaches.
func asks(toks []token, cl clause) bool {
	last := cl.tokEnd - 1
	for last >= cl.tok && (toks[last].text == ")" || toks[last].text == "]") {
		last-- // "(Or is it?)"
	}
	if last < cl.tok || toks[last].text != "?" {
		return false
	}
	const maxLeadIn = 5 // words before a colon: "The question here is:"
	words := 0
	for k := cl.tok; k < last; k++ {
		switch {
		case toks[k].text == ":" && words > maxLeadIn:
			return false
		case toks[k].kind == wordToken:
			words++
		}
	}
	return true
}
