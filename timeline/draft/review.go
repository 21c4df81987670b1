package draft

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/google/uuid"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// A Review is what a person checking a draft needs beside the document:
// for each drafted event, how likely the importer's reading of it is right
// and why, and which events are background passages, kept off the
// timeline.
//
// Sorting Events by Confidence puts first the rows most likely wrong: the
// confidences are the accuracies measured for each way of finding a date
// or a speaker, on annotated news the importer was not tuned on (see
// confidence.go).
type Review struct {
	Events []EventReview // one per event of the document, background ones too, in the document's order
	// Background lists the document's background events (Event.Background),
	// in article order, with why each is one.
	Background []Background
}

// An EventReview says how sure the importer is of one drafted event.
type EventReview struct {
	Event uuid.UUID // the document's event
	// Confidence is the estimated probability that the event's date, and
	// for a statement its speaker, are right: 0 to 1.
	Confidence float64
	// Reasons say what the confidence rests on, the weakest first: "date
	// from “Friday”, a weekday resolved against publication".
	Reasons []Reason
	// DateWords are the article's words the date came from ("" when
	// undated); DateHow how they were read, or whence the date was taken.
	DateWords, DateHow string
	// Speaker is the entity the event's statement or first quotation is
	// given to, uuid.Nil when none; SpeakerHow how it was found: "named
	// right after the quotation", "“he”: the man named before".
	Speaker    uuid.UUID
	SpeakerHow string
	// Background says why the event is a background passage ("an
	// assessment, not an event: “it is unclear …”"), "" for one on the
	// timeline.
	Background string
}

// A Reason is one thing an event's confidence rests on.
type Reason struct {
	Aspect string // "date" or "speaker"
	// Kind names the way the date or speaker was found, for filtering:
	// "weekday", "month", "year", "relative", "now", "secondary",
	// "inherited", "counted", "news-day", "past-perfect", "undated", "undated-despite-dates";
	// "adjacent", "sentence", "according", "continuation", "subject",
	// "none", with "+pronoun" or "+description" when the speaker is named
	// so.
	Kind       string
	Text       string  // for a person: "the date is from “Friday”, a weekday …"
	Confidence float64 // the probability that this aspect is right
}

// A Background passage reports nothing that happened (an explanation, a
// description, an assessment): the draft makes it an event marked
// Background, which the window keeps off the timeline unless asked.
type Background struct {
	Event uuid.UUID     // the document's background event
	Span  timeline.Span // its passage, in the document's article
	Why   string        // "a definition, not an event: “is a …”"
}

// ImportReview is Import that also returns the review of the draft: the
// confidence of each event and the background passages.
func ImportReview(ctx context.Context, src Source, progress func(done, total int)) (*timeline.Document, *Review, error) {
	art, gaz, err := prepare(src)
	if err != nil {
		return nil, nil, err
	}
	return build(ctx, src.name(), art, gaz, progress, true)
}

// review makes the Review of a document assembled from events.
func (a *analysis) review(doc *timeline.Document, events []*eventRec, entityID func(*entityRec) uuid.UUID) *Review {
	r := &Review{}
	art := doc.Articles[0]
	for i, ev := range events {
		er := EventReview{Event: doc.Events[i].ID, Background: ev.background}
		if ev.background != "" {
			s := ev.spans[0]
			r.Background = append(r.Background, Background{
				Event: doc.Events[i].ID,
				Span:  timeline.Span{Article: art.ID, Start: s[0], End: s[1], Text: art.Text[s[0]:s[1]]},
				Why:   ev.background,
			})
		}
		dp, dkind, dwhy := a.dateConfidence(ev)
		er.Reasons = append(er.Reasons, Reason{Aspect: "date", Kind: dkind, Text: dwhy, Confidence: dp})
		er.DateWords, er.DateHow = ev.date.Expression, ev.date.Resolution
		p := dp
		if sp, kind, how, spk := a.speakerConfidence(ev); how != "" {
			er.Reasons = append(er.Reasons, Reason{Aspect: "speaker", Kind: kind, Text: how, Confidence: sp})
			er.Speaker, er.SpeakerHow = entityID(spk), how
			p *= sp
		}
		slices.SortStableFunc(er.Reasons, func(x, y Reason) int {
			switch {
			case x.Confidence < y.Confidence:
				return -1
			case x.Confidence > y.Confidence:
				return 1
			}
			return 0
		})
		er.Confidence = p
		r.Events = append(r.Events, er)
	}
	return r
}

// dateConfidence estimates how likely ev's date is right, and says why.
func (a *analysis) dateConfidence(ev *eventRec) (conf float64, kind, why string) {
	switch {
	case ev.newsDay:
		return confNewsDay, "news-day", "the date is the day of the news the story tells around it; the sentence names none"
	case ev.countedFrom != nil:
		return confCounted, "counted", "the date is counted in days from an occasion the article dated"
	case ev.inherited != nil:
		return confInherited, "inherited", "the date is taken from a sentence before, not its own words"
	case !ev.dated && !ev.date.Before.IsZero():
		return confPastPerfect, "past-perfect", "undated; told in the past perfect, so before publication"
	case !ev.dated:
		if ev.otherDates > 0 {
			return confUndatedWithDates, "undated-despite-dates", "undated, though the sentence names a date it was not given"
		}
		return confUndated, "undated", "undated: the sentence names no date"
	}
	kind, what, conf := dateKind(ev.dateFrom)
	why = fmt.Sprintf("the date is from “%s”, %s", ev.date.Expression, what)
	if ev.dateRole == secondary {
		kind, conf = "secondary", min(conf, confSecondary)
		why += "; no date governs the main clause"
	}
	if !ev.date.End.IsZero() {
		conf *= confRange
		why += "; a period"
	}
	if ev.otherDates > 0 {
		conf *= confOtherDates
		why += fmt.Sprintf("; the sentence names %d other date(s)", ev.otherDates)
	}
	return conf, kind, why
}

var hasYear = regexp.MustCompile(`\b(1[0-9]|20)[0-9]{2}\b`)

// dateKind tells how an expression's value was found, and how often such
// values are right.
func dateKind(x timex.Timex) (kind, what string, conf float64) {
	low := strings.ToLower(x.Text)
	switch {
	case x.Value == "PRESENT_REF":
		return "now", "“now”: the day of publication", confPresent
	case hasYear.MatchString(x.Text):
		return "year", "a date with its year", confAbsolute
	case weekdayRe.MatchString(low):
		return "weekday", "a weekday resolved against publication", confWeekday
	case monthRe.MatchString(low):
		return "month", "a month or day resolved against publication", confMonth
	}
	return "relative", "resolved against publication", confRelative
}

var (
	weekdayRe = regexp.MustCompile(`\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	monthRe   = regexp.MustCompile(`\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b`)
)

// speakerConfidence estimates how likely the speaker of ev's statement or
// first quotation is right, and says how it was found; how is "" for an
// event without either.
func (a *analysis) speakerConfidence(ev *eventRec) (conf float64, kind, how string, speaker *entityRec) {
	if len(ev.quotes) > 0 {
		q := ev.quotes[0]
		if q.speaker == nil {
			return confNoSpeaker, "none", "a quotation without a speaker", nil
		}
		conf, kind, how := speakerHow(q.via, q.ref)
		return conf, kind, how, q.speaker
	}
	if ev.statement && ev.speaker != nil {
		conf, kind, how := speakerHow(viaSentence, ev.speakerRef)
		return conf, kind, how, ev.speaker
	}
	return 0, "", "", nil
}

// speakerHow tells how a speaker was found, and how often such speakers
// are right.
func speakerHow(via speakerVia, ref mentionKind) (conf float64, kind, how string) {
	switch via {
	case viaAdjacent:
		conf, kind, how = confAdjacent, "adjacent", "named at the quotation"
	case viaSentence:
		conf, kind, how = confSentence, "sentence", "the subject of the sentence's speech verb"
	case viaAccording:
		conf, kind, how = confAccording, "according", "“according to”"
	case viaContinuation:
		conf, kind, how = confContinuation, "continuation", "the speaker going on from before"
	case viaSubject:
		conf, kind, how = confSubject, "subject", "the subject of a sentence without a speech verb"
	default:
		return confNoSpeaker, "none", "no speaker found"
	}
	switch ref {
	case pronounMention:
		conf *= confPronoun
		kind += "+pronoun"
		how += ", by a pronoun resolved to the person named before"
	case descriptionMention:
		conf *= confDescription
		kind += "+description"
		how += ", by a description resolved to a person named before"
	}
	return conf, kind, how
}
