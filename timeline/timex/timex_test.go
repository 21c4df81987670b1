package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// published is the publication date of the seed article: Tuesday 6 January 2026.
var published = time.Date(2026, time.January, 6, 0, 0, 0, 0, time.UTC)

// brief writes the found expressions as "text|TYPE|value" for comparison.
func brief(found []Timex) []string {
	out := make([]string, len(found))
	for i, t := range found {
		out[i] = fmt.Sprintf("%s|%s|%s", t.Text, t.Type, t.Value)
	}
	return out
}

func TestTag(t *testing.T) {
	tests := []struct {
		text string
		want []string // "text|TYPE|value", in order
	}{
		// Weekdays: the nearest on or before publication, unless the clause looks ahead.
		{"Ukraine's president called the meeting \"a new opportunity\", in a statement Saturday.", []string{"Saturday|DATE|2026-01-03"}},
		{"Trump told NBC News on Monday that he was serious.", []string{"Monday|DATE|2026-01-05"}},
		{"Crucial talks in Paris on Tuesday.", []string{"Tuesday|DATE|2026-01-06"}},
		{"The leaders will meet on Thursday.", []string{"Thursday|DATE|2026-01-08"}},
		{"A decision is expected Friday.", []string{"Friday|DATE|2026-01-09"}},
		{"Trading is to resume Monday.", []string{"Monday|DATE|2026-01-12"}},
		{"The trial begins Monday.", []string{"Monday|DATE|2026-01-12"}},
		{"The talks open Monday.", []string{"Monday|DATE|2026-01-12"}},
		{"Scott threw open his back yard on Monday.", []string{"Monday|DATE|2026-01-05"}},
		{"On Wednesday, the council will vote.", []string{"Wednesday|DATE|2026-01-07"}},
		{"They met last Friday and will meet again next Friday.", []string{"last Friday|DATE|2026-01-02", "next Friday|DATE|2026-01-09"}},
		{"Police said Sunday night that two people died.", []string{"Sunday night|DATE|2026-01-04TNI"}},
		{"The strike began Monday, Jan. 5, 2026.", []string{"Monday, Jan. 5, 2026|DATE|2026-01-05"}},

		// Days relative to publication.
		{"Yesterday he resigned; today he spoke; tomorrow he leaves.", []string{"Yesterday|DATE|2026-01-05", "today|DATE|2026-01-06", "tomorrow|DATE|2026-01-07"}},
		{"The attack happened two days ago.", []string{"two days ago|DATE|2026-01-04"}},
		{"He was elected three months ago.", []string{"three months ago|DATE|2025-10"}},
		{"It was signed a year ago.", []string{"a year ago|DATE|2025"}},
		{"Officials spoke this morning and again last night.", []string{"this morning|TIME|2026-01-06TMO", "last night|TIME|2026-01-05TNI"}},

		// Calendar units relative to publication.
		{"Sales fell last week, rose this month and will grow next year.", []string{"last week|DATE|2026-W01", "this month|DATE|2026-01", "next year|DATE|2027"}},
		{"The deal was reached last month.", []string{"last month|DATE|2025-12"}},
		{"Talks have accelerated since November.", []string{"November|DATE|2025-11"}},
		{"Prices rose earlier this year.", []string{"earlier this year|DATE|2026"}},
		{"He will visit over the weekend.", []string{"the weekend|DATE|2026-W02-WE"}},

		// Explicit dates, with and without a year.
		{"The vote is on Oct. 14.", []string{"Oct. 14|DATE|2025-10-14"}},
		{"The treaty was signed on 15 June.", []string{"15 June|DATE|2025-06-15"}},
		{"The summit opens January 20, 2026.", []string{"January 20, 2026|DATE|2026-01-20"}},
		{"He was born in October 1998.", []string{"October 1998|DATE|1998-10"}},
		{"The wall fell in 1989.", []string{"1989|DATE|1989"}},
		{"A hearing is set for Feb. 10.", []string{"Feb. 10|DATE|2026-02-10"}},
		{"Markets boomed in the 1990s.", []string{"the 1990s|DATE|199"}},
		{"It was the deadliest war of the 20th century.", []string{"the 20th century|DATE|19"}},
		{"The file is dated 2026-01-02.", []string{"2026-01-02|DATE|2026-01-02"}},
		{"He may resign in May.", []string{"May|DATE|2026-05"}},
		{"He resigned in July.", []string{"July|DATE|2025-07"}},

		// Parts of years.
		{"Profits rose in the third quarter.", []string{"the third quarter|DATE|2025-Q3"}},
		{"The law takes effect in the second quarter of 2026.", []string{"the second quarter of 2026|DATE|2026-Q2"}},
		{"Third-quarter profit fell; a year earlier it rose.", []string{"Third-quarter|DATE|2025-Q3", "a year earlier|DATE|2024-Q3"}},
		{"Elections are due in the first half of next year.", []string{"the first half of next year|DATE|2027-H1"}},
		{"The offensive stalled in the spring.", []string{"the spring|DATE|2025-SP"}},
		{"Growth slowed last fall.", []string{"last fall|DATE|2025-FA"}},
		{"Troops will leave by the end of the year.", []string{"the end of the year|DATE|2026"}},
		{"The ceasefire collapsed in early December.", []string{"early December|DATE|2025-12"}},
		{"Prices peaked in mid-1996.", []string{"mid-1996|DATE|1996"}},

		// Times.
		{"The polls close at 8 p.m. on Sunday.", []string{"8 p.m. on Sunday|TIME|2026-01-04T20:00"}},
		{"The ministers will meet at noon Thursday.", []string{"noon Thursday|TIME|2026-01-08T12:00"}},
		{"The blast came around 7:15 p.m.", []string{"around 7:15 p.m.|TIME|2026-01-06T19:15"}},

		// Durations.
		{"The siege lasted months.", []string{"months|DURATION|PXM"}},
		{"He served for a decade.", []string{"a decade|DURATION|P10Y"}},
		{"Fighting raged for the past two days.", []string{"the past two days|DURATION|P2D"}},
		{"A two-year plan took 5 1/2 hours to agree.", []string{"two-year|DURATION|P2Y", "5 1/2 hours|DURATION|PT5H30M"}},
		{"Sales rose in the first nine months.", []string{"the first nine months|DURATION|P9M"}},
		{"He was held for several years.", []string{"several years|DURATION|PXY"}},
		{"Prices doubled over the past year and rose in the past few months.", []string{"the past year|DATE|2025", "the past few months|DATE|PAST_REF"}},
		{"The talks went on for twenty four hours.", []string{"twenty four hours|DURATION|PT24H"}},

		// Sets.
		{"The council meets every week and reports daily.", []string{"every week|SET|P1W", "daily|SET|P1D"}},
		{"The market opens each Thursday.", []string{"each Thursday|SET|XXXX-WXX-4"}},
		{"The stock pays $1.76 a year.", nil}, // a rate, untagged as in most of TimeBank
		{"Rallies are held annually in the square.", []string{"annually|SET|P1Y"}},

		// Vague references.
		{"Now the allies are divided, and currently no deal exists.", []string{"Now|DATE|PRESENT_REF", "currently|DATE|PRESENT_REF"}},
		{"Prices have risen recently and may fall in the future.", []string{"recently|DATE|PAST_REF", "the future|DATE|FUTURE_REF"}},

		// Holidays and anaphora.
		{"Shops closed on Christmas Day.", []string{"Christmas Day|DATE|2025-12-25"}},
		{"The fire broke out on Nov. 2, 2024. The following day it spread.", []string{"Nov. 2, 2024|DATE|2024-11-02", "The following day|DATE|2024-11-03"}},
		{"He moved to Paris in 1998 and married later that year.", []string{"1998|DATE|1998", "later that year|DATE|1998"}},

		// Not temporal.
		{"March on Washington, they said; may the best man win.", nil},
		{"The 6-year-old boy and 1,999 troops arrived with $2000 in cash.", nil},
		{"Jan Egeland spoke. The fall of the regime was swift.", nil},
		{"He won a second term; prices fall; he sat in the sun; hot spring water.", nil},
		{"A decade ago the talks failed.", []string{"A decade ago|DATE|2016"}},
		{"The rally will start at 10am local time on Saturday.", []string{"10am local time on Saturday|TIME|2026-01-10T10:00"}},
		{"Over the past, the future looked bright.", []string{"the past|DATE|PAST_REF", "the future|DATE|FUTURE_REF"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := brief(Tag(tt.text, published))
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Tag(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestSeedArticle tags sentences of the seed article, published Tuesday 6
// January 2026, whose weekdays fix that date.
func TestSeedArticle(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Instead the twin shadows of Venezuela and Greenland hung over crucial talks in Paris on Tuesday, as President Donald Trump’s military action raised questions over the United States’ focus on the war in Ukraine.",
			[]string{"Tuesday|DATE|2026-01-06"}},
		{"Ukraine’s president called the meeting “a new opportunity to end this war,” in a statement Saturday.",
			[]string{"Saturday|DATE|2026-01-03"}},
		{"But despite this apparent progress, after months of painstaking peace talks it remains a colossal ask to bridge the chasm.",
			[]string{"months|DURATION|PXM"}},
		{"But Trump has indicated he may instead turn that might against a NATO ally, telling NBC News on Monday that he was “very serious” in his ambitions to take control of Greenland.",
			[]string{"Monday|DATE|2026-01-05"}},
		{"Danish Prime Minister Mette Frederiksen said much the same Monday, telling her country’s TV2 broadcaster that “if the United States chooses to attack another NATO country militarily, then everything stops.”",
			[]string{"Monday|DATE|2026-01-05"}},
		{"“No member of should attack or threaten another member of the North Atlantic Treaty,” Polish Prime Minister Donald Tusk said Tuesday.",
			[]string{"Tuesday|DATE|2026-01-06"}},
		{"That said, talks to end the war in Ukraine have accelerated since November, with a frenzy of shuttle diplomacy between American, European, Ukrainian and Russian officials.",
			[]string{"November|DATE|2025-11"}},
	}
	for _, tt := range tests {
		got := brief(Tag(tt.text, published))
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Tag(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestTagModAndExplanation(t *testing.T) {
	tests := []struct {
		text, mod, explanation string
	}{
		{"in a statement Saturday", "", "Saturday → Sat 3 Jan 2026, the Saturday on or before publication (Tue 6 Jan 2026)"},
		{"talks have accelerated since November", "ON_OR_AFTER", "since the latest November on or before publication (Tue 6 Jan 2026); a period up to publication"},
		{"they will meet on Thursday", "", "Thursday → Thu 8 Jan 2026, the coming Thursday, as the sentence looks ahead (Tue 6 Jan 2026)"},
		{"in early December", "START", "the latest December on or before publication (Tue 6 Jan 2026)"},
		{"for about two years", "APPROX", "a length of time: 2 years"},
		{"by the end of the year", "END", "this year, relative to publication (Tue 6 Jan 2026)"},
	}
	for _, tt := range tests {
		found := Tag(tt.text, published)
		if len(found) != 1 {
			t.Errorf("Tag(%q) found %q, want one expression", tt.text, brief(found))
			continue
		}
		if got := found[0]; got.Mod != tt.mod || got.Explanation != tt.explanation {
			t.Errorf("Tag(%q) = mod %q, explanation %q; want %q, %q", tt.text, got.Mod, got.Explanation, tt.mod, tt.explanation)
		}
	}
}

// TestTagAnchoring checks resolutions that depend on where publication
// falls in the week or year.
func TestTagAnchoring(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		published, text, want string
	}{
		{"1998-01-26", "Profit rose in the fourth quarter.", "the fourth quarter|DATE|1997-Q4"},
		{"1989-10-30", "Net income rose in the quarter.", "the quarter|DATE|1989-Q3"},
		{"2000-01-06", "The deadline is Jan. 14.", "Jan. 14|DATE|2000-01-14"},
		{"1989-11-02", "Payment is due Jan. 2.", "Jan. 2|DATE|1990-01-02"},
		{"1998-11-20", "He was shot on Oct. 23.", "Oct. 23|DATE|1998-10-23"},
		{"2000-04-17", "The boy arrived in November.", "November|DATE|1999-11"},
		{"2000-03-29", "The vote was moved to May.", "May|DATE|2000-05"},
		{"1998-03-01", "Prices fell last week.", "last week|DATE|1998-W08"},
		{"2026-01-04", "Leaders met over the weekend.", "the weekend|DATE|2026-W01-WE"},
		{"2000-01-13", "It began last November.", "last November|DATE|1999-11"},
		{"2000-02-10", "They met last Thanksgiving.", "last Thanksgiving|DATE|1999-11-25"},
		{"2016-08-03", "He spoke after the attacks in Paris in January of last year.", "January of last year|DATE|2015-01"},
		{"2016-09-08", "Soon after Election Day, Obama interrupted a discussion with historians.", "Election Day|DATE|2015-11-03"},
		{"2016-09-08", "Voters go to the polls on Election Day.", "Election Day|DATE|2016-11-08"},
		{"2021-01-01", "The 1990s ended; this decade began.", "The 1990s|DATE|199"},
	}
	for _, tt := range tests {
		got := brief(Tag(tt.text, day(tt.published)))
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("published %s: Tag(%q) = %q, want first %q", tt.published, tt.text, got, tt.want)
		}
	}
}

func TestTagOffsets(t *testing.T) {
	text := "Réunion à Paris mardi — on Tuesday, 8 p.m.\n\nNew paragraph: since November."
	for _, tx := range Tag(text, published) {
		if tx.Text != text[tx.Start:tx.End] {
			t.Errorf("Text %q != text[%d:%d] %q", tx.Text, tx.Start, tx.End, text[tx.Start:tx.End])
		}
	}
	if got := brief(Tag(text, published)); len(got) != 3 {
		t.Errorf("found %q, want Tuesday, 8 p.m. and November", got)
	}
}

// TestTagLongText checks that a text longer than one segment is tagged
// across segment boundaries with correct offsets.
func TestTagLongText(t *testing.T) {
	var b strings.Builder
	sentence := "The ministers met on Monday and will meet again next week.\n\n"
	for b.Len() < 3*maxSegment {
		b.WriteString(sentence)
	}
	text := b.String()
	found := Tag(text, published)
	if want := 2 * strings.Count(text, sentence); len(found) != want {
		t.Fatalf("found %d expressions, want %d", len(found), want)
	}
	for i, tx := range found {
		want := []string{"Monday|DATE|2026-01-05", "next week|DATE|2026-W03"}[i%2]
		if got := brief([]Timex{tx})[0]; got != want || tx.Text != text[tx.Start:tx.End] {
			t.Fatalf("expression %d = %q at %d, want %q", i, got, tx.Start, want)
		}
	}
}

// TestTagConcurrent tags from several goroutines at once (run with -race):
// Tag shares only read-only tables and a pool of buffers.
func TestTagConcurrent(t *testing.T) {
	text := strings.Join(seedSentences, "\n\n")
	want := strings.Join(brief(Tag(text, published)), "\n")
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			got := ""
			for range 20 {
				got = strings.Join(brief(Tag(text, published)), "\n")
			}
			errs <- got
		}()
	}
	for range 8 {
		if got := <-errs; got != want {
			t.Fatalf("concurrent Tag found\n%s\nwant\n%s", got, want)
		}
	}
}

// TestNewsConventions checks the conventions of news writing that decide
// values, each with the publication date its reading depends on.
func TestNewsConventions(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		published string
		text      string
		want      []string
	}{
		// A past-tense clause looks back up to nine months; else seven.
		{"1989-11-02", "He stepped down as chairman in March.", []string{"March|DATE|1989-03"}},
		{"1989-11-02", "The plant will open in March.", []string{"March|DATE|1990-03"}},
		// What someone did in the simple past lies back however far; a
		// report, a plan or an infinitive may still look ahead.
		{"1989-10-27", "The funeral home and cemetery operator changed from a fiscal year to a calendar year in December.", []string{"December|DATE|1988-12"}},
		{"1989-11-02", "The company announced an agreement to acquire the bank holding company in January.", []string{"January|DATE|1990-01"}},
		// An announcement of a thing alone was made then.
		{"2016-01-12", "Cruz announced his presidential candidacy in March at Liberty University.", []string{"March|DATE|2015-03"}},
		{"2016-01-12", "The company announced it will close the plant in March.", []string{"March|DATE|2016-03"}},
		{"1999-02-10", "The official said that the accession was planned for early March.", []string{"early March|DATE|1999-03"}},
		{"1990-08-16", "Saudi Arabia told oil companies of a cutback in its oil supply in September.", []string{"September|DATE|1990-09"}},
		{"1989-10-31", "In the fiscal year ended Jan. 31, sales rose.", []string{"the fiscal year|DURATION|P1Y", "Jan. 31|DATE|1989-01-31"}},
		// A participle after "be" takes its time from the auxiliary; "succeed"
		// is no past tense; "effective" announces a change to come.
		{"1989-10-26", "The dividend would be paid on a still unspecified date in January.", []string{"January|DATE|1990-01"}},
		{"1989-10-26", "He will succeed Daniel P. Davison Feb. 1.", []string{"Feb. 1|DATE|1990-02-01"}},
		{"1989-10-26", "U.S. Trust created an office of the chairman, effective Feb. 1.", []string{"Feb. 1|DATE|1990-02-01"}},
		// Weekdays: a possessive names a past event; a past expectation lies
		// back; "as early as" and "postponed until" look ahead.
		{"2000-01-07", "They would look for ways to get around Wednesday's ruling.", []string{"Wednesday|DATE|2000-01-05"}},
		{"1989-10-30", "The offer had been scheduled to expire at midnight Friday.", []string{"midnight Friday|TIME|1989-10-27T24:00"}},
		{"1989-10-30", "It had been due to expire Friday evening.", []string{"Friday evening|DATE|1989-10-27TEV"}},
		{"2000-04-03", "His father could come as early as Tuesday.", []string{"Tuesday|DATE|2000-04-04"}},
		{"2000-03-30", "Officials postponed until Tuesday morning any action on the case.", []string{"Tuesday morning|DATE|2000-04-04TMO"}},
		{"1998-10-26", "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.", []string{"Tuesday|DATE|1998-10-27"}},
		// A plan that modifies a noun does not make its clause look ahead: the
		// clause's own verb does ("was canceled" lies back, "will go ahead" ahead).
		{"1999-10-24", "A memorial service planned at the University of Rochester for Saturday was canceled after security plans were leaked.", []string{"Saturday|DATE|1999-10-23"}},
		{"1999-10-24", "A memorial service planned for Saturday will go ahead.", []string{"Saturday|DATE|1999-10-30"}},
		{"1998-03-20", "The talks scheduled for Monday were called off.", []string{"Monday|DATE|1998-03-16"}},
		{"2000-01-07", "Protesters planned a large demonstration on Saturday.", []string{"Saturday|DATE|2000-01-08"}},
		{"1998-09-30", "The team planned to leave Nairobi on Thursday.", []string{"Thursday|DATE|1998-10-01"}},
		// An expression that opens the sentence takes the main clause's tense,
		// past a clause that "when" or "which" opens and however far its verb.
		{"1998-08-17", "On Friday, when Albright set aside vacation plans for the trip, the State Department lifted a warning against travel to Kenya.", []string{"Friday|DATE|1998-08-14"}},
		{"1998-08-17", "On Friday, when the talks end, the envoy will fly home.", []string{"Friday|DATE|1998-08-21"}},
		{"2016-02-04", "The race moves south on Tuesday, when 15 states will hold elections.", []string{"Tuesday|DATE|2016-02-09"}},
		{"1999-10-24", "On Saturday, the company, which was founded in 1990, will open its doors.", []string{"Saturday|DATE|1999-10-30", "1990|DATE|1990"}},
		{"1998-10-25", "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a security guard.",
			[]string{"January|DATE|1998-01", "a week|DURATION|P1W"}},
		{"1998-10-25", "In January, a week after the anniversary of the Supreme Court decision, the clinic in Birmingham, Ala., will reopen.",
			[]string{"January|DATE|1999-01", "a week|DURATION|P1W"}},
		// Company reports.
		{"1989-11-02", "Ralston reported a 47% decline in fourth-quarter earnings. It earned $45.2 million, compared with $84.9 million a year earlier.",
			[]string{"fourth-quarter|DATE|1989-Q4", "a year earlier|DATE|1988-Q4"}},
		{"1989-11-01", "Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, results improved. Tax rates were lower than a year ago.",
			[]string{"third-quarter|DATE|1989-Q3", "second quarter|DATE|1989-Q2", "a year ago|DATE|1988-Q3"}},
		{"1989-11-02", "Fourth-quarter sales were $1.76 billion, up 13% from last year's $1.55 billion.",
			[]string{"Fourth-quarter|DATE|1989-Q4", "last year|DATE|1988-Q4"}},
		{"2016-04-20", "Clinton won in 1992, after the primaries in early June of that year.",
			[]string{"1992|DATE|1992", "early June of that year|DATE|1992-06"}},
		// A report period longer than a quarter: "a year earlier" is that year.
		{"1989-10-26", "America West reported third-quarter profit jumped 45%. For the nine months, America West posted earnings of $18.9 million, compared with a loss of $9.7 million a year earlier.",
			[]string{"third-quarter|DATE|1989-Q3", "the nine months|DURATION|P9M", "a year earlier|DATE|1988"}},
		{"1989-11-02", "Third-quarter net fell 5%. In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period.",
			[]string{"Third-quarter|DATE|1989-Q3", "the first nine months|DURATION|P9M", "the 1988 period|DATE|1988"}},
		{"1989-10-30", "In the year-ago third quarter, it earned $22.5 million. Net for the year-earlier nine months rose.",
			[]string{"the year-ago third quarter|DATE|1988-Q3", "the year-earlier nine months|DURATION|P9M"}},
		{"1989-11-01", "The quarter-to-quarter comparison was enhanced.", nil},
		{"1989-11-01", "The units had revenue of $76 million for the year ended March 31.", []string{"the year|DURATION|P1Y", "March 31|DATE|1989-03-31"}},
		{"1989-11-02", "For the year, pet food volume was flat.", []string{"the year|DATE|1989"}},
		// Titles and names are not time expressions.
		{"1991-02-25", "Baker said on ABC's \"This Week With David Brinkley\" that talks failed.", nil},
		{"1998-03-31", "This is VOA Today. Today the clinic opened.", []string{"Today|DATE|1998-03-31"}},
		{"2000-04-17", "He spoke on CBS's \"60 Minutes.\"", nil},
		// Known to the precision the text gave.
		{"1999-02-06", "The doctor was killed last October. His name was crossed out that same day.", []string{"last October|DATE|1998-10", "that same day|DATE|1998-10-XX"}},
		{"1989-10-26", "Sales were C$7.38 billion in the latest fiscal year.", []string{"the latest fiscal year|DATE|1988"}},
		{"1989-10-26", "Holders may buy shares at 50% of the then current market price.", []string{"current|DATE|PAST_REF"}},
		// Vague parts of a named day and "the future of" are no expressions.
		{"1998-08-08", "Bombs exploded outside the embassies earlier in the day.", nil},
		{"1998-02-13", "That is very important to the future of our peoples.", nil},
		// Web addresses are no time expressions, whatever digits they hold;
		// the text around them still is.
		{"2016-09-28", "#The411Coming September 30th.https://t.co/hbaWqfjJcp pic.twitter.com/P2qpm3h3Pm— Apple Music (@AppleMusic) September 27, 2016.",
			[]string{"September 30th|DATE|2016-09-30", "September 27, 2016|DATE|2016-09-27"}},
		{"2016-09-28", "The story (www.example.com/2016/09/27/story) was posted at 3pm.", []string{"3pm|TIME|2016-09-28T15:00"}},
		{"2019-05-03", "The ruling, at HTTPS://example.org/news/2019-05-01, came Monday.", []string{"Monday|DATE|2019-04-29"}},
		{"1998-03-31", "He left.The U.S./Soviet talks resumed Monday.", []string{"Monday|DATE|1998-03-30"}},
		// Ages and rates are not time expressions.
		{"1989-11-02", "Mr. Reupke, 52 years old, resigned.", nil},
		{"1989-10-30", "Revenue is expected to increase by 20% annually.", nil},
	}
	for _, tt := range tests {
		got := brief(Tag(tt.text, day(tt.published)))
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Tag(%q) published %s\n got %q\nwant %q", tt.text, tt.published, got, tt.want)
		}
	}
}
