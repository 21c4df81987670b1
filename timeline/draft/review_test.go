package draft

import (
	"context"
	"strings"
	"testing"

	"newsline/timeline"
)

// TestReview checks that a review covers every event, that its
// confidences order the events from the likeliest wrong (a quotation
// nobody is found to have said, a speaker named by "he") to the surest
// (a speaker named at the quotation), and that a background sentence is
// an event of the document marked background (undated, in the context
// lane, with its evidence), which the review lists with why.
func TestReview(t *testing.T) {
	text := "Polish Prime Minister Donald Tusk arrived in Paris on Monday. " +
		"“We will not give up,” Tusk said on Tuesday.\n\n" +
		"The talks went on for hours. “This is a long road,” he said.\n\n" +
		"“The whole system is broken and needs to be fixed now” read a banner outside.\n\n" +
		"It is unclear whether the talks will resume."
	doc, r, err := ImportReview(context.Background(), Source{Data: []byte(text), Published: timeline.DayPoint(2026, 1, 6)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != len(doc.Events) {
		t.Fatalf("%d reviews for %d events", len(r.Events), len(doc.Events))
	}
	conf := map[string]float64{}
	for i, er := range r.Events {
		if er.Event != doc.Events[i].ID || er.Confidence <= 0 || er.Confidence > 1 || len(er.Reasons) == 0 {
			t.Errorf("review %d: %+v for event %q", i, er, doc.Events[i].Title)
		}
		for _, s := range doc.Events[i].Evidence {
			conf[s.Text] = er.Confidence
		}
	}
	of := func(passage string) float64 {
		for text, c := range conf {
			if strings.Contains(text, passage) {
				return c
			}
		}
		t.Fatalf("no event has %q", passage)
		return 0
	}
	named, pronoun, nobody := of("We will not give up"), of("This is a long road"), of("The whole system")
	if !(named > pronoun && pronoun > nobody) {
		t.Errorf("confidences: named at the quotation %.2f, by “he” %.2f, nobody %.2f; want them in that order", named, pronoun, nobody)
	}
	if len(r.Background) != 1 || !strings.HasPrefix(r.Background[0].Span.Text, "It is unclear") || r.Background[0].Why == "" {
		t.Fatalf("background %+v, want the sentence “It is unclear …”", r.Background)
	}
	bg := r.Background[0].Span
	if doc.Articles[0].Text[bg.Start:bg.End] != bg.Text || bg.Article != doc.Articles[0].ID {
		t.Errorf("background span %+v does not point into the article", bg)
	}
	for i, ev := range doc.Events {
		isBackground := strings.Contains(ev.Summary, "It is unclear")
		if ev.Background != isBackground {
			t.Errorf("event %q: background %v, want %v", ev.Title, ev.Background, isBackground)
		}
		if (r.Events[i].Background != "") != isBackground {
			t.Errorf("event %q: review says background %q", ev.Title, r.Events[i].Background)
		}
		if !isBackground {
			continue
		}
		if ev.ID != r.Background[0].Event || ev.Date.Dated() || ev.Lane != timeline.LaneContext ||
			len(ev.Evidence) != 1 || ev.Evidence[0] != bg {
			t.Errorf("background event %+v, want undated, context, its sentence as evidence (%+v)", ev, r.Background[0])
		}
	}
	// A saved document keeps the mark.
	data, err := timeline.Format(doc)
	if err != nil {
		t.Fatal(err)
	}
	back, err := timeline.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, ev := range back.Events {
		if ev.Background {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d background events after saving, want 1", n)
	}
}

// TestReviewCounted: a date counted from an occasion says so in the
// review, not that it was taken from the sentence before.
func TestReviewCounted(t *testing.T) {
	text := "Dr. Barnett Slepian was killed by a sniper on Oct. 23.\n\n" +
		"A jogger observed the car near his home 10 days before the murder."
	doc, r, err := ImportReview(context.Background(), Source{Data: []byte(text), Published: timeline.DayPoint(1999, 5, 5)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, ev := range doc.Events {
		if !strings.Contains(ev.Summary, "A jogger") {
			continue
		}
		if got := ev.Date.Start.String(); got != "1998-10-13" {
			t.Errorf("%q dated %q, want 1998-10-13", ev.Title, got)
		}
		for _, why := range r.Events[i].Reasons {
			if why.Aspect == "date" && why.Kind == "counted" {
				return
			}
		}
		t.Fatalf("reasons %+v, want the date counted from an occasion", r.Events[i].Reasons)
	}
	t.Fatal("no event of the jogger")
}

// TestOccasionMentions: a passage further on that names an occasion the
// article dated to a day ("the slaying") is more of that occasion's
// evidence, not of its summary; one with its own date, or one that only
// someone speaking of it dated, is not.
func TestOccasionMentions(t *testing.T) {
	text := "Federal officials said Wednesday that Kopp fired the shots that killed the doctor.\n\n" +
		"Slepian was shot through the kitchen window of his home on the night of Friday, Oct. 23.\n\n" +
		"Investigators searched the woods behind the house after the slaying.\n\n" +
		"Critics decried the brutal slaying of Slepian.\n\n" +
		"The Aug. 7 bombings in Nairobi were not connected to the shooting of Dr. Short.\n\n" +
		"A memorial on Sunday marked the bombing.\n\n" +
		"Police said the first bombing had gone unsolved."
	doc := importText(t, text, timeline.DayPoint(1999, 5, 5))
	var occasion *timeline.Event
	for i, ev := range doc.Events {
		if strings.HasPrefix(ev.Summary, "Slepian was shot") {
			occasion = &doc.Events[i]
		}
	}
	if occasion == nil {
		t.Fatal("no event of the shooting")
	}
	var mentions []string
	for _, s := range occasion.Evidence[1:] {
		mentions = append(mentions, s.Text)
	}
	if got, want := strings.Join(mentions, "|"), "the slaying|the brutal slaying of Slepian"; got != want {
		t.Errorf("the shooting's further evidence %q, want %q", got, want)
	}
	if strings.Contains(occasion.Summary, "slaying") {
		t.Errorf("summary %q has a mention", occasion.Summary)
	}
	if got := occasion.Date.Start.String(); got != "1998-10-23" {
		t.Errorf("the shooting dated %q", got)
	}
	// The memorial's "the bombing" is of the Aug. 7 bombings, whose own
	// words date them; "the first bombing" is another.
	var bombing []string
	for _, ev := range doc.Events {
		for _, s := range ev.Evidence[1:] {
			if strings.Contains(s.Text, "bombing") {
				bombing = append(bombing, ev.Date.Start.String()+" "+s.Text)
			}
		}
	}
	if got, want := strings.Join(bombing, "|"), "1998-08-07 the bombing"; got != want {
		t.Errorf("mentions of the bombing %q, want %q", got, want)
	}
}

// TestPlans: a plan that a statement in the past reports for a day after
// publication is an event of its own at that day; the statement is of the
// day of the news, not of the plan's day.
func TestPlans(t *testing.T) {
	text := "Javier Solana met the foreign ministers in Brussels on Wednesday.\n\n" +
		"Solana added that a ceremonial accession would still be held at the NATO Washington summit on April 24.\n\n" +
		"“We are ready,” Solana said.\n\n" +
		"The ministers would be ready to sign as soon as Friday, Solana said.\n\n" +
		"The New York Times said in an editorial on Thursday, Feb. 11, that the alliance had changed.\n\n" +
		"Solana announced on Monday that the alliance planned to hold its summit in Washington in April.\n\n" +
		"Solana said he will attend the summit in April.\n\n" +
		"Solana said a ceremony would be held in Washington on April 24."
	doc := importText(t, text, timeline.DayPoint(1999, 2, 10))
	got := map[string]string{}
	titles := map[string]string{}
	for _, ev := range doc.Events {
		got[ev.Evidence[0].Text] = ev.Date.Start.String()
		titles[ev.Evidence[0].Text] = ev.Title
	}
	want := map[string]string{
		"Solana added that a ceremonial accession would still be held at the NATO Washington summit on April 24.": "1999-02-10",
		"a ceremonial accession would still be held at the NATO Washington summit on April 24.":                   "1999-04-24",
		// The plan told before its speaker.
		"The ministers would be ready to sign as soon as Friday, Solana said.": "1999-02-10",
		"The ministers would be ready to sign as soon as Friday":               "1999-02-12",
		// A date of the speaking itself, after the verb, is no plan.
		"The New York Times said in an editorial on Thursday, Feb. 11, that the alliance had changed.": "1999-02-11",
		// A speaking dated by its own words, and a plan of a later day.
		"Solana announced on Monday that the alliance planned to hold its summit in Washington in April.": "1999-02-08",
		"the alliance planned to hold its summit in Washington in April.":                                 "1999-04",
		// A plan right after the verb, without "that", its subject a noun.
		"a ceremony would be held in Washington on April 24.": "1999-04-24",
	}
	// A plan's "he" is its speaker, a man by his given name.
	if title := titles["he will attend the summit in April."]; !strings.HasPrefix(title, "Solana will attend") {
		t.Errorf("the plan's title is %q, want Solana for he", title)
	}
	if title := titles["Solana announced on Monday that the alliance planned to hold its summit in Washington in April."]; strings.Contains(title, "April") {
		t.Errorf("the statement's title %q has the plan's date", title)
	}
	for passage, date := range want {
		if got[passage] != date {
			t.Errorf("%q dated %q, want %q (events %v)", passage, got[passage], date, got)
		}
	}
}
