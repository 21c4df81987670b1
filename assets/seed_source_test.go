package assets

// The seed timeline is curated here, in Go, where passages are given as the
// article's own words and IDs as readable keys. `go test ./assets -run
// TestSeed -update` turns it into seed.json (offsets found, IDs derived);
// TestSeedIsCurrent fails when seed.json and this curation disagree.

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"newsline/timeline"
)

// seedNamespace makes the seed's IDs stable: every ID is a version 5 UUID
// of its key in this namespace, so notes stay attached across rebuilds.
var seedNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://newsline.app/seed/2026-01-06-paris"))

func seedID(kind, key string) uuid.UUID {
	return uuid.NewSHA1(seedNamespace, []byte(kind+"/"+key))
}

var published = timeline.DayPoint(2026, time.January, 6)

type curatedEntity struct {
	key     string
	kind    timeline.EntityKind
	name    string
	aliases []string
	role    string
}

type curatedQuote struct {
	text     string // the words inside the quotation marks, verbatim
	speaker  string // entity key
	audience string // entity key, or ""
}

type curatedEvent struct {
	key      string
	title    string
	short    string
	summary  string
	lane     timeline.Lane
	date     timeline.Date
	entities []string // entity keys, most important first
	evidence []string // passages, verbatim and unique in the article, main first
	quotes   []curatedQuote
	related  [][2]string // {event key, label}
}

var curatedEntities = []curatedEntity{
	// People.
	{"trump", timeline.Person, "Donald Trump", []string{"Trump", "President Trump"}, "President of the United States"},
	{"kushner", timeline.Person, "Jared Kushner", []string{"Kushner"}, "Trump's son-in-law"},
	{"witkoff", timeline.Person, "Steve Witkoff", []string{"Witkoff"}, "US special envoy"},
	{"zelenskyy", timeline.Person, "Volodymyr Zelenskyy", []string{"Zelenskyy", "Zelensky", "Zelenskiy", "Ukraine's president"}, "President of Ukraine"},
	{"macron", timeline.Person, "Emmanuel Macron", []string{"Macron"}, "President of France"},
	{"putin", timeline.Person, "Vladimir Putin", []string{"Putin"}, "President of Russia"},
	{"maduro", timeline.Person, "Nicolas Maduro", []string{"Nicolás Maduro", "Maduro"}, "President of Venezuela, captured by the United States"},
	{"jakobsen", timeline.Person, "Peter Viggo Jakobsen", []string{"Jakobsen"}, "Associate professor at the Royal Danish Defence College"},
	{"frederiksen", timeline.Person, "Mette Frederiksen", []string{"Frederiksen"}, "Prime Minister of Denmark"},
	{"tusk", timeline.Person, "Donald Tusk", []string{"Tusk"}, "Prime Minister of Poland"},
	// Places.
	{"paris", timeline.Place, "Paris", []string{"the French capital"}, "Capital of France, host of the meeting"},
	{"france", timeline.Place, "France", nil, "Country"},
	{"ukraine", timeline.Place, "Ukraine", nil, "Country at war with Russia"},
	{"kyiv", timeline.Place, "Kyiv", []string{"Kiev"}, "Capital of Ukraine; here, its government"},
	{"russia", timeline.Place, "Russia", nil, "Country at war with Ukraine"},
	{"united-states", timeline.Place, "United States", []string{"U.S.", "US", "USA", "America"}, "Country"},
	{"washington", timeline.Place, "Washington", []string{"Washington, D.C."}, "Capital of the United States; here, its government"},
	{"venezuela", timeline.Place, "Venezuela", nil, "Country attacked by the United States"},
	{"greenland", timeline.Place, "Greenland", nil, "Strategic, mineral-rich territory owned and governed by Denmark"},
	{"denmark", timeline.Place, "Denmark", nil, "Country; member of NATO"},
	{"poland", timeline.Place, "Poland", nil, "Country; member of NATO"},
	{"europe", timeline.Place, "Europe", nil, "Continent; here, its powers"},
	// Organisations.
	{"white-house", timeline.Organisation, "White House", nil, "Office of the US president"},
	{"nato", timeline.Organisation, "NATO", []string{"North Atlantic Treaty Organization", "North Atlantic Treaty", "the alliance"}, "Military alliance of North America and Europe"},
	{"un", timeline.Organisation, "United Nations", []string{"UN", "U.N."}, "International organisation"},
	{"nbc", timeline.Organisation, "NBC News", []string{"NBC"}, "US broadcaster"},
	{"tv2", timeline.Organisation, "TV2", []string{"TV 2"}, "Danish broadcaster"},
	{"rddc", timeline.Organisation, "Royal Danish Defence College", nil, "Danish military academy"},
	// Groups.
	{"coalition", timeline.Group, "Coalition of the willing", []string{"coalition"}, "More than 25 countries ready to back Ukraine's security after a peace deal"},
}

func day(d int, expr, how string) timeline.Date {
	return timeline.Date{Start: timeline.DayPoint(2026, time.January, d), Expression: expr, Resolution: how}
}

var curatedEvents = []curatedEvent{
	{
		key:     "talks-since-november",
		title:   "Talks to end the war in Ukraine accelerate",
		short:   "Talks accelerate",
		summary: "Talks to end the war in Ukraine have accelerated since November, with a frenzy of shuttle diplomacy between American, European, Ukrainian and Russian officials.",
		lane:    timeline.LaneDiplomacy,
		date: timeline.Date{
			Start:      timeline.MonthPoint(2025, time.November),
			End:        published,
			Expression: "since November",
			Resolution: "from the latest November before publication until publication on Tue 6 Jan 2026",
		},
		entities: []string{"ukraine", "united-states", "europe", "russia"},
		evidence: []string{"That said, talks to end the war in Ukraine have accelerated since November, with a frenzy of shuttle diplomacy between American, European, Ukrainian and Russian officials."},
		related:  [][2]string{{"paris-meeting", "leads to"}, {"putin-demands", "obstacle"}},
	},
	{
		key:      "zelenskyy-statement",
		title:    "Zelenskyy calls the Paris meeting “a new opportunity to end this war”",
		short:    "Zelenskyy statement",
		summary:  "In a statement, Ukraine's president Volodymyr Zelenskyy calls the coming Paris meeting of the coalition of the willing “a new opportunity to end this war”.",
		lane:     timeline.LaneStatement,
		date:     day(3, "Saturday", "the Saturday before publication on Tue 6 Jan 2026"),
		entities: []string{"zelenskyy", "ukraine", "coalition", "paris"},
		evidence: []string{"Ukraine’s president called the meeting “a new opportunity to end this war,” in a statement Saturday."},
		quotes:   []curatedQuote{{"a new opportunity to end this war", "zelenskyy", ""}},
		related:  [][2]string{{"paris-meeting", "about"}},
	},
	{
		key:      "trump-nbc",
		title:    "Trump tells NBC News he is “very serious” about taking control of Greenland",
		short:    "Trump to NBC: Greenland",
		summary:  "In an interview with NBC News, Donald Trump says he is “very serious” in his ambitions to take control of Greenland, a territory of NATO member Denmark, suggesting he may turn American military power against a NATO ally.",
		lane:     timeline.LaneStatement,
		date:     day(5, "Monday", "the Monday before publication on Tue 6 Jan 2026"),
		entities: []string{"trump", "nbc", "greenland", "denmark", "nato"},
		evidence: []string{"But Trump has indicated he may instead turn that might against a NATO ally, telling NBC News on Monday that he was “very serious” in his ambitions to take control of Greenland."},
		quotes:   []curatedQuote{{"very serious", "trump", "nbc"}},
		related:  [][2]string{{"greenland-threats", "part of"}, {"frederiksen-tv2", "answered by"}, {"tusk-remark", "answered by"}},
	},
	{
		key:      "frederiksen-tv2",
		title:    "Frederiksen tells TV2 that “everything stops” if the US attacks a NATO ally",
		short:    "Frederiksen to TV2",
		summary:  "Danish Prime Minister Mette Frederiksen tells the Danish broadcaster TV2 that if the United States attacks another NATO country militarily, “everything stops”.",
		lane:     timeline.LaneStatement,
		date:     day(5, "Monday", "the Monday before publication on Tue 6 Jan 2026"),
		entities: []string{"frederiksen", "tv2", "denmark", "united-states", "nato", "greenland"},
		evidence: []string{"Danish Prime Minister Mette Frederiksen said much the same Monday, telling her country’s TV2 broadcaster that “if the United States chooses to attack another NATO country militarily, then everything stops.”"},
		quotes:   []curatedQuote{{"if the United States chooses to attack another NATO country militarily, then everything stops.", "frederiksen", "tv2"}},
		related:  [][2]string{{"trump-nbc", "response to"}, {"jakobsen-analysis", "same view as"}},
	},
	{
		key:   "paris-meeting",
		title: "The “coalition of the willing” meets in Paris",
		short: "Paris meeting",
		summary: "Ukrainian President Volodymyr Zelenskyy and more than 25 other leaders meet in Paris, hosted by French President Emmanuel Macron, to discuss security guarantees for Ukraine under a future peace deal with Russia. " +
			"Trump's son-in-law Jared Kushner and special envoy Steve Witkoff are set to join, according to a White House official. " +
			"Meant to cement America's commitment to Europe's security, the talks are overshadowed by the US attack on Venezuela and Trump's threats to seize Greenland.",
		lane:     timeline.LaneDiplomacy,
		date:     day(6, "Tuesday", "the day of publication, Tue 6 Jan 2026"),
		entities: []string{"coalition", "macron", "zelenskyy", "kushner", "witkoff", "white-house", "paris", "france", "ukraine", "united-states", "europe", "trump"},
		evidence: []string{
			"Instead the twin shadows of Venezuela and Greenland hung over crucial talks in Paris on Tuesday, as President Donald Trump’s military action raised questions over the United States’ focus on the war in Ukraine — and its status as an ally of the powers it was meeting with.",
			"It was supposed to be the occasion to cement America’s commitment to Europe’s security.",
			"Trump’s son-in-law Jared Kushner and special envoy Steve Witkoff are set to join Ukrainian President Volodymyr Zelenskyy and more than 25 other leaders in the French capital, according to a White House official.",
		},
		related: [][2]string{{"security-guarantees", "discusses"}, {"macron-commitments", "expected to deliver"}, {"venezuela-attack", "overshadowed by"}, {"greenland-threats", "overshadowed by"}},
	},
	{
		key:      "tusk-remark",
		title:    "Tusk: no NATO member should attack or threaten another",
		short:    "Tusk on NATO",
		summary:  "Polish Prime Minister Donald Tusk warns that NATO would lose its meaning if one member attacked or threatened another.",
		lane:     timeline.LaneStatement,
		date:     day(6, "Tuesday", "the day of publication, Tue 6 Jan 2026"),
		entities: []string{"tusk", "poland", "nato"},
		evidence: []string{"“No member of should attack or threaten another member of the North Atlantic Treaty,” Polish Prime Minister Donald Tusk said Tuesday. “Otherwise, NATO would lose its meaning if conflict or mutual conflicts occurred within the alliance.”"},
		quotes: []curatedQuote{
			{"No member of should attack or threaten another member of the North Atlantic Treaty", "tusk", ""},
			{"Otherwise, NATO would lose its meaning if conflict or mutual conflicts occurred within the alliance.", "tusk", ""},
		},
		related: [][2]string{{"trump-nbc", "response to"}, {"european-opposition", "part of"}},
	},
	// Undated in the article; they keep its order.
	{
		key:     "venezuela-attack",
		title:   "The US attacks Venezuela and captures President Nicolas Maduro",
		short:   "US strike on Venezuela",
		summary: "The United States attacks Venezuela and captures its president, Nicolas Maduro. The United Nations says the action undermined international law. The article does not date it; it happened before the Paris meeting.",
		lane:    timeline.LaneSecurity,
		date: timeline.Date{
			Before:     published,
			Resolution: "not dated in the article; reported as past at the meeting of Tue 6 Jan 2026",
		},
		entities: []string{"united-states", "venezuela", "maduro", "un", "trump"},
		evidence: []string{
			"U.S. attack on Venezuela and capture of President Nicolas Maduro — which the United Nations said undermined international law",
			"as President Donald Trump’s military action raised questions over the United States’ focus on the war in Ukraine",
		},
		related: [][2]string{{"paris-meeting", "overshadows"}},
	},
	{
		key:     "macron-commitments",
		title:   "Macron: the allies will “make concrete commitments” to Ukraine’s security",
		short:   "Macron: “concrete commitments”",
		summary: "French President Emmanuel Macron says the gathering of the coalition of the willing will see the allies “make concrete commitments” to Ukraine's security as part of any future peace deal with Russia.",
		lane:    timeline.LaneStatement,
		date: timeline.Date{
			Before:     published,
			Expression: "had said",
			Resolution: "not dated in the article; said before the meeting of Tue 6 Jan 2026",
		},
		entities: []string{"macron", "coalition", "ukraine", "russia", "france"},
		evidence: []string{"French President Emmanuel Macron had said this gathering of the so-called “coalition of the willing” would see the allies “make concrete commitments” to Ukraine’s security as part of any future peace deal with Russia."},
		quotes:   []curatedQuote{{"make concrete commitments", "macron", ""}},
		related:  [][2]string{{"paris-meeting", "about"}},
	},
	{
		key:      "putin-demands",
		title:    "Russia holds to its hardline demands",
		short:    "Putin’s demands",
		summary:  "After months of peace talks, Russia insists on its hardline demands, with Vladimir Putin wavering little in his demand for Ukraine's effective surrender, while Ukraine and Europe fear he may use a deal as a launchpad to attack again. It is unclear whether Russia will ever accept any form of security guarantee.",
		lane:     timeline.LaneContext,
		entities: []string{"russia", "putin", "ukraine", "europe"},
		evidence: []string{
			"But despite this apparent progress, after months of painstaking peace talks it remains a colossal ask to bridge the chasm between Russia’s insistence on its hardline demands and the fears held by Ukraine and Europe that Vladimir Putin may use a deal as a launchpad to attack again.",
			"It is unclear whether Russia will ever accept any form of security guarantee, with Putin wavering little in his demand for Ukraine’s effective surrender.",
		},
		related: [][2]string{{"security-guarantees", "rejects"}},
	},
	{
		key:      "greenland-threats",
		title:    "Trump’s growing threats to seize Greenland, a Danish territory",
		short:    "Greenland threats",
		summary:  "Donald Trump threatens to seize Greenland, a strategic and mineral-rich territory owned and governed by Denmark, a member of NATO and a historic ally of Washington.",
		lane:     timeline.LaneSecurity,
		entities: []string{"trump", "greenland", "denmark", "nato", "washington"},
		evidence: []string{
			"perhaps more so by Trump’s growing threats to seize Greenland",
			"The strategic and mineral-rich territory is owned and governed by Denmark, which in turn is a member of NATO and a historic ally of Washington.",
		},
		related: [][2]string{{"trump-nbc", "includes"}, {"european-opposition", "opposed by"}},
	},
	{
		key:      "security-guarantees",
		title:    "Ukraine and Europe seek security guarantees backed by the US",
		short:    "Security guarantees",
		summary:  "A key element of the Paris talks is Ukraine and Europe's desire for security guarantees, possibly a multinational force deployed to Ukraine to deter further Russian attacks. Kyiv and its allies say it would need to be backed by American military power.",
		lane:     timeline.LaneContext,
		entities: []string{"ukraine", "europe", "russia", "kyiv", "united-states"},
		evidence: []string{
			"One of the key elements being discussed in Paris is Ukraine and Europe’s desire for “security guarantees,” which could come in the form of a multinational force being deployed to Ukraine to ensure Russia does not launch further attacks.",
			"Kyiv and its allies have consistently said that this would need to be backed by American military power.",
		},
		related: [][2]string{{"paris-meeting", "discussed at"}},
	},
	{
		key:      "jakobsen-analysis",
		title:    "Jakobsen: a move on Greenland would mean “NATO was dead”",
		short:    "Jakobsen analysis",
		summary:  "Many experts believe a US move against Greenland would spell the end of NATO. Peter Viggo Jakobsen of the Royal Danish Defence College says European nations would conclude they can no longer rely on the Americans.",
		lane:     timeline.LaneContext,
		entities: []string{"jakobsen", "rddc", "nato", "greenland", "europe", "united-states"},
		evidence: []string{
			"Many experts believe that this would spell the end of the alliance and mark a new nadir for transatlantic ties that are already strained under Trump.",
			"“It would de facto mean that NATO was dead because many European nations would simply say, ‘OK, we cannot rely on the Americans anymore,'” said Peter Viggo Jakobsen, an associate professor at the Royal Danish Defence College.",
		},
		quotes:  []curatedQuote{{"It would de facto mean that NATO was dead because many European nations would simply say, ‘OK, we cannot rely on the Americans anymore,'", "jakobsen", ""}},
		related: [][2]string{{"greenland-threats", "analyses"}},
	},
	{
		key:      "european-opposition",
		title:    "European powers make clear they would oppose a US move on Greenland",
		short:    "Europe opposes",
		summary:  "European powers, reluctant to criticise Trump directly, make clear they would deeply oppose a move by Washington against Greenland.",
		lane:     timeline.LaneDiplomacy,
		entities: []string{"europe", "washington", "greenland", "trump"},
		evidence: []string{"European powers, while reluctant to criticize Trump directly, have made it clear they would deeply oppose such a move by Washington."},
		related:  [][2]string{{"greenland-threats", "response to"}},
	},
	{
		key:      "zelenskyy-90",
		title:    "Zelenskyy: a peace deal is “90%” there",
		short:    "Zelenskyy: “90%”",
		summary:  "Volodymyr Zelenskyy says a peace deal is “90%” there, while suggesting that the final 10% holds the thorniest issues.",
		lane:     timeline.LaneStatement,
		entities: []string{"zelenskyy", "ukraine"},
		evidence: []string{"Zelenskyy said that a peace deal is “90%” there, albeit suggesting that the final 10% contains the thorniest issues."},
		quotes:   []curatedQuote{{"90%", "zelenskyy", ""}},
		related:  [][2]string{{"talks-since-november", "progress of"}},
	},
}

// curatedSeed builds the seed document from the curation above.
func curatedSeed(text string) (*timeline.Document, error) {
	article := timeline.Article{
		ID:        seedID("article", "main"),
		Title:     "Paris talks under the shadow of Venezuela and Greenland",
		Published: published,
		Text:      text,
	}
	doc := &timeline.Document{
		ID:       seedID("document", "seed"),
		Title:    "Paris talks under the shadow of Venezuela and Greenland",
		Articles: []timeline.Article{article},
	}
	span := func(passage string) (timeline.Span, error) {
		i := strings.Index(text, passage)
		if i < 0 {
			return timeline.Span{}, fmt.Errorf("passage not in the article: %q", passage)
		}
		if strings.Contains(text[i+1:], passage) {
			return timeline.Span{}, fmt.Errorf("passage occurs twice in the article: %q", passage)
		}
		return timeline.Span{Article: article.ID, Start: i, End: i + len(passage), Text: passage}, nil
	}
	for _, e := range curatedEntities {
		doc.Entities = append(doc.Entities, timeline.Entity{ID: seedID("entity", e.key), Kind: e.kind, Name: e.name, Aliases: e.aliases, Role: e.role})
	}
	for _, ce := range curatedEvents {
		ev := timeline.Event{ID: seedID("event", ce.key), Title: ce.title, Short: ce.short, Summary: ce.summary, Date: ce.date, Lane: ce.lane}
		for _, k := range ce.entities {
			ev.Entities = append(ev.Entities, seedID("entity", k))
		}
		for _, passage := range ce.evidence {
			s, err := span(passage)
			if err != nil {
				return nil, fmt.Errorf("event %s: %w", ce.key, err)
			}
			ev.Evidence = append(ev.Evidence, s)
		}
		for _, cq := range ce.quotes {
			s, err := span(cq.text)
			if err != nil {
				return nil, fmt.Errorf("event %s: quote: %w", ce.key, err)
			}
			q := timeline.Quote{ID: seedID("quote", ce.key+"/"+cq.text), Text: cq.text, Speaker: seedID("entity", cq.speaker), Event: ev.ID, Span: s}
			if cq.audience != "" {
				q.Audience = seedID("entity", cq.audience)
			}
			doc.Quotes = append(doc.Quotes, q)
			ev.Quotes = append(ev.Quotes, q.ID)
		}
		for _, r := range ce.related {
			ev.Related = append(ev.Related, timeline.Relation{Event: seedID("event", r[0]), Label: r[1]})
		}
		doc.Events = append(doc.Events, ev)
	}
	if err := doc.Validate(); err != nil {
		return nil, err
	}
	return doc, nil
}
