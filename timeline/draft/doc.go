// Package draft drafts a timeline document from a news article: its events
// with their dates, the people, places and organisations in them, and their
// quotes with speakers. The draft is meant to be corrected by a person; it
// is deterministic, pure Go, and needs no network or model.
//
// # Use
//
//	doc, err := draft.Import(ctx, draft.Source{Name: "article.html", Data: data}, progress)
//
// Import reads the Source (plain text, Markdown or HTML; see Extract), and
// returns a document that always passes (*timeline.Document).Validate.
// ImportReview returns beside it a Review: each event's confidence and the
// reasons for it, and which events are background passages.
// progress(done, total), if not nil, is called from Import's goroutine as
// the work advances; cancelling ctx stops the import with ctx's error.
// Without a publication date in the Source or the article's metadata,
// Import fails with ErrNoPublished, so that a caller can ask for one.
// Extract alone reads the text and metadata, to show them before
// importing.
//
// # Input
//
// Plain text is kept as it is (a byte-order mark dropped, line ends made
// "\n"); Markdown loses its markup; HTML is reduced to the article's body,
// paragraphs separated by blank lines (ExtractHTML says how). The article
// text stored in the document is exactly the text every span points into.
// Input over MaxInputSize (8 MB), empty, binary (NUL bytes, control
// characters) or not UTF-8 is refused with an error that names the source
// and the place ("article.txt: invalid UTF-8 at byte offset 12 (line 1,
// column 13)"); errors.Is tells ErrEmpty, ErrBinary, ErrInvalidUTF8 and
// ErrTooLarge apart. The work is linear in the input: paragraphs are read
// in pieces of at most 64 KB and sentences of at most 2,000 bytes, and a
// draft of more than MaxEvents (50,000) events fails with ErrTooMany.
//
// # Sentences
//
// Each line is a paragraph. A sentence ends at ".", "!", "?" or "…" (with
// closing quotation marks and brackets) before a word that may begin one,
// but not after a title ("Mr.", "Gen."), an initial ("Donald J. Trump"), a
// month before a number ("Jan. 6"), nor inside a closed quotation ("He
// said: “It is over. We won.”" is one sentence). Dotted abbreviations
// ("U.S.", "Inc.") end a sentence before a typical opener ("The", "He").
// A paragraph of one short line without final punctuation is a heading,
// byline or caption and makes no event; so is one of at most five
// capitalised words after the headline ("Michael Pravica.", "Henderson,
// Nev."), a dateline alone ("INDEPENDENCE, MO. (AP)--") and a wire
// editors' slug ("(sp/eml)"). A quotation that ends in "?" or "!" and the
// attribution after it ("“Why now?” New Jersey Gov. Chris Christie
// asked.") are one sentence.
//
// # Events
//
// Each sentence makes an event, or each clause when a sentence gives two
// different dates in clauses joined by ";" or ", and" ("…on Monday, and …
// on Tuesday"), or sets off an aside with a date of its own (", whose
// shares began trading in August,", ", after the Fed cut rates on
// Wednesday"), or has one in a second predicate ("had fled to Florida in
// June 1998 and returned to Cuba later that year"), in a relative clause
// without commas after its verb ("the revolution that brought Castro to
// power 41 years ago", which sets no scene for the sentences after it)
// or in a subordinate clause it opens with, after "And" or "But" too
// ("Although profits were squeezed in 1989, …", "And while there was no
// profit this year …, last year they contributed", when the rest has
// another). An event a noun names with a date of its own inside
// another's sentence ("charged Kopp with attempted murder in the 1995
// shooting of Dr. Hugh Short", "last Friday's bombings", "the bombing of
// two U.S. embassies in East Africa last month") is an event of its own at
// that date, titled by its words, with each passage that names it again
// as evidence, and a ", who …" or ", which …" clause after its phrase
// ("…, who was wounded in the elbow") with it; not where that date dates
// the sentence itself ("The Aug. 7
// bombings killed 224 people"). A statement dated by when it was made
// ("…, a newspaper reported Friday") is of that day, not of the event a
// noun in it names. A passage further on that
// names an occasion the article dated to a day without its date ("the
// slaying", "Slepian's murder", after "Slepian was shot … on Oct. 23") is
// more of that occasion's evidence, not of its summary. A plan that a
// statement in the past reports for a day after publication ("He added
// that a ceremonial accession would be held at the NATO summit on April
// 24") is an event of its own at that day; the statement is not dated by
// it, and one dated by its own words before "that" ("Hewlett announced
// last week that it planned to ship a computer early next year") keeps
// its date and leaves the plan's to the plan. A sentence that only
// continues a quotation ("“Otherwise, NATO would lose its meaning…”") or in
// which the same speaker adds to what they said ("He added …") joins the
// event before. A sentence that
// reports nothing that happened (an assessment, "It is unclear whether
// …"; "There are …"; a definition, "X is a …"; a question of the
// writer's, "Do you support Trump?") is a background event
// (timeline.Event.Background: undated, in the context lane, with its
// evidence), which the window keeps off the timeline unless asked and
// the Review lists as Background. An event has:
//
//   - a date from the date expression that governs its clause, outside
//     quotations (a speaker's own words are dated from when they spoke,
//     which only their "today" or "tonight" tells), found by package timex: the first in its main clause, else one of an
//     event noun ("the 2016 election") or "now"; deadlines ("by the end of
//     the year"), the reach of superlatives ("the highest since 1998"),
//     comparisons ("a month earlier than usual"), maturities ("due 2009")
//     and the dates of things ("the 1953 team") never date it; a period
//     made an adjective ("third-quarter results") yields to a date with a
//     preposition ("in mid-November"), and the start of a change ("from
//     100,000 in 1980 to 300,000 last year") to its end; a period given
//     by its last day ("the fourth quarter ended Aug. 26", "the six
//     months ending Oct. 1") is the days up to that day, approximate,
//     since fiscal periods are no calendar quarters. A clause
//     without a date of its own takes the date of the same speaker's
//     statement a few sentences before (or of the one that statement went
//     on from: each "she said" of an interview), the speaker going on in
//     the past tense, but not a day still to come, nor after the story
//     told of an earlier month or year in between, in the sentence just
//     before ("… at the convention in July. Cruz exhorted Republicans …")
//     or in a main clause ("In 2014, Mr. Obama unveiled …"), or of the event it follows when it says "also"; a statement
//     or clause in the simple past whose sentence names no date at all
//     takes the day of the news before it, in its paragraph or the one
//     before, or further on after clauses that tell that day ("Israel and
//     Hamas agreed on Wednesday to a ceasefire … Qatar’s prime minister
//     announced the deal"; "A bomb exploded on Friday. The blast shook
//     furniture a mile away"); not after a period, another time or a
//     paragraph of no particular time, except a statement in a story whose
//     lead tells the news of one day and no other, after background that
//     is not just before it: it goes back to the lead's day (leadDay);
//     the lead, before the story's first
//     date, takes that date when it is the day of the news and comes in
//     the next paragraph. Right after an earlier month or
//     year, in its paragraph or the one before, a clause in the simple
//     past that reports no speaking takes that month or year ("set off in
//     late November … His mother died trying to reach Florida"). A count
//     of days from an occasion the article dated to a day ("10 days before
//     the murder", "the day after his death") is that day, and "it was not
//     until Tuesday that …" or "did not show the letter until Tuesday" is
//     of Tuesday. A sentence of a quotation alone
//     is of the day its "today" or "tonight" names. A time of day that
//     names no day ("at about 10:35 a.m.") is of that day of the news too,
//     and without one does not date its event. The
//     mapping of values is on dateOf: "since November" is a period from
//     November to publication; "last week" is Monday to Sunday of that week,
//     approximate, because the event lies somewhere in it, but "over the
//     past week" or "for the last month" the days up to publication; "now"
//     is the publication day, approximate; "from X to Y" a period. Without a date,
//     the event is undated, in article order; a clause in the past perfect
//     ("had said") is bounded before publication, which the past perfect
//     places it before; a past perfect in what a verb of saying reports
//     ("said Elian had been loved") or in a relative clause ("on whom
//     police had amassed 100 pages") leaves the clause in the simple past.
//     Reports in the present perfect ("Media reports have said …") are of
//     no one day. Expression is the article's words ("since
//     November"), Resolution how they were read.
//   - a lane: statement when it reports someone speaking (a quotation with
//     a speaker, or a speech verb with its subject in the main clause);
//     else the lane of a clear cue: strong keywords (summit, negotiat… for
//     diplomacy; attack, troops, military… for security; election,
//     parliament… for politics; market, economy, tariff… for economy) and
//     weaker ones (talks, war, law, price…, some only in their lane's
//     sense: "fighting could resume", not "fighting the flu"), the main
//     clause counting three times; context, the neutral lane, without one.
//   - a title that reads as a headline, of at most 80 characters: for
//     statements "Speaker verbs [Audience] what was said" ("Trump tells NBC
//     News he was “very serious”") or "Speaker: “quotation”" when the
//     quotation comes first; for other events the main clause without its
//     opening connective or adverb ("Unfortunately,"; not a hedge:
//     "Apparently,"), introductory phrase ("Toward the end of the debate,",
//     "By Labor Day,"; not a measure: "By some estimates,") and asides,
//     its subject named
//     ("The last British climbing member of the 1953 team, Mike
//     Westmacott, died last June" → "Westmacott died"), people by surname
//     (in full where two share it: "Hillary Clinton, Bill Clinton");
//     a second predicate with the first's subject ("Munero returned to
//     Cuba"), a relative clause with what it hangs on, a plan's "he" or
//     "it" with the speaker it fits, a plural speaker's verb in the plural
//     ("Authorities announce"); a statement that opens with a participle
//     by its finite verb ("Speaking at a rally in Novi, Michigan, Trump
//     says …" → "Trump says …"); a statement whose verb something governs
//     by its main clause ("Hicks did not respond to …", "Cook declined to
//     say whether …"), and so one by a party's members ("Some Democrats say
//     …"); a description between commas after the subject left out ("The
//     anchor for Univision, a US Spanish-language channel, was trying" →
//     "The anchor for Univision was trying"; after a name also an age, a
//     phrase without an article or a possessive: "Gisela Grimm, 67, a
//     retiree from Las Vegas, stood", "Peter DaPuzzo, head of retail
//     equity trading at Shearson Lehman Hutton, acknowledges", "Sanders,
//     meanwhile, hopes"); a short label before a colon stays
//     ("Poll: Clinton and Trump in dead heat"), and a dateline, a live
//     blog's time ("12:25 pm –") or the agency alone ("(AP) —") goes. A
//     participle phrase before the subject goes too ("Reacting to
//     criticism …, the retired neurosurgeon acknowledged"). A
//     long title is cut at a clause boundary, never right after a word
//     that needs what follows ("the project was | in trouble"), and ends
//     on no "who", "which", "and", "or" or "but", nor on a comma's "even"
//     ("…, even | as Charlotte remains"); an ellipsis typed ". . ." is
//     "…", and an abbreviation keeps its full stop ("Washington, D.C.").
//     A date is left out only where that leaves no hole ("met in Paris on
//     Tuesday" → "met in Paris"; "this year's vaccine" stays whole); a long
//     title is cut at a clause or phrase boundary. A short label ("Trump to
//     NBC News", "Talks in Paris", "Zelenskyy on Ukraine") that no other
//     event of the document has (a short title is its own label before
//     "Alito statement 2"), and the sentence as summary.
//   - the entities mentioned in it, the speaker and audience first.
//
// # Entities
//
// Places and organisations come from the gazetteer (see Gazetteer; the
// default ships in timeline/draft/gazetteer): countries with their aliases,
// adjectives and demonyms ("Danish" is Denmark) and capitals ("the French
// capital" is Paris), regions, cities, and organisations with their
// acronyms. People are found by rules: a title before a capitalised name
// ("President Donald Trump", "special envoy Steve Witkoff"), qualified by a
// country or organisation ("Danish Prime Minister Mette Frederiksen" is the
// Prime Minister of Denmark, "European Council President António Costa")
// or a person ("Trump’s son-in-law Jared Kushner"), or described ("MSNBC
// host Chris Matthews", "Republican political consultant Chris Russell",
// "ranking Democrat Elijah Cummings");
// an office then a name ("Hungary’s prime minister, Viktor Orbán"); an
// appositive after a name ("Peter Viggo Jakobsen, an associate professor at
// …"); a common given name ("Vladimir Putin"); or a name that speaks ("Smith
// said"), with a nickname in quotation marks (Robert C. "Bobby" Scott, also
// Bobby Scott). The place of a dateline ("NEWPORT NEWS, Va. - …") is a
// place, and no one's subject; so is a city named with its state ("San
// Antonio, Texas"). "Of" after a person's name says where they are from
// ("Sen. Bernie Sanders of Vermont", "Lamar Alexander of Tennessee"); a
// firm named for its founder keeps
// its possessive ("Shoney's Inc."). A place in an address ("Intelogic
// Trace Inc., San Antonio, Texas, said"), or after "in", "at", "from" or
// "to" ("the ambassador to Greece said", "relatives in Miami said"), is no
// speaker; a country may be one. A people in the plural or a group noun
// that speaks ("Americans say", "Authorities said") is a group, not a
// person, and a party's adjective alone ("Republican said") is no one. Capitalised names with an organisation's head word ("… Defence
// College") are organisations; a company with its legal form is the
// company ("Microsoft Corp." is Microsoft), an acronym in brackets names
// what it follows. Later mentions are merged: a surname alone is the
// person of that surname named last nearby, else the one named most
// ("Zelenskyy"); an office alone the one person holding it ("Ukraine’s
// president"); "he", "she", "the senator" the most salient person before
// them of that gender (given names: gazetteer/genders.txt) and role, the
// subjects of recent sentences and speakers weighing most, each reason
// counted once a sentence (after Lappin and Leass); a party's member ("the
// Wisconsin Republican") any person of that party; "the department" the
// organisation of that name just before.
// Only entities that events mention are kept, sorted by kind and name.
//
// # Quotes
//
// Text in double quotation marks (curly, straight or guillemets) is a
// quote, verbatim, a final comma inside the closing mark dropped; so is
// text in “wire-copy marks”, and a paragraph typed with a closing mark at
// both ends ("”Fear. I am truly afraid …”"). Its speaker is found from the
// words at it: "“…,” X said", "“…,” said X", "Said X, “…”", "“…,” X, a
// spokesman for Y, said" (with as many descriptions as there are, a name
// quoted in them too: "wearing “Ted Cruz” campaign pins"), "“…” — X",
// "“…” ― X", "X: “…”", "X at First Boston said" (X, not the firm;
// "supporters of X say" and "a spokesman for X said" are not X), "said
// Florida International's Fernandez" (Fernandez), a speech verb before it
// with its subject ("X said that
// “…”", "…, telling NBC News that “…”", whose subject is the clause's),
// with some 200 speech verbs in all their forms ("quipped", "shot back")
// but the passive ("Clinton was asked about …" is no statement of hers);
// else the sentence's speech verb, "according to X", or, for a sentence
// that is nothing but quotation, the speaker going on: after "He said:",
// after their own quotation, a quotation left open at the paragraph before,
// or the person the sentence before was about. A fragment of three words or
// more in a sentence without a speech verb is its subject's ("Gibbs
// derided “the professional left”"). "told"/"telling" name the audience
// ("told NBC News", not "tells one joke about Trump"). Unattributed quotations shorter than six words are
// terms ("security guarantees") and are not kept, nor those after
// "so-called", nor titles ("on MSNBC’s “Morning Joe”"). A quotation of one
// or two words is kept only when someone said it: an utterance of its own
// ("“Absolutely,” he said"), the words a speech verb reports ("asked,
// “With nukes?”") or that its cue follows ("accomplished “too little,” he
// added"), a predicate ("told NBC News that he was “very serious”", "found
// Trump to be “very charming”") or a verb or adverb ("would “absolutely”
// require"). A noun phrase is a term someone used, not a statement: after
// a determiner, a possessive or a preposition ("her “50-state strategy”",
// "a payment of “$5-10 billion”"), quoted with its article ("is “a
// liar”"), an object ("has “big plans”") or a modifier ("the “pivot”
// line"); so is what someone was called ("called Trump a “blowhard”") and
// a word cited ("the words “Islamic terrorism”").
//
// # Review
//
// A Review gives each event a confidence, the probability that its date
// and its speaker are right, measured per way of finding them (see
// confidence.go), with the reasons, weakest first, so that a person can
// check the likeliest-wrong rows first; and the background events, with
// why they report nothing that happened.
//
// # IDs
//
// IDs are version 5 UUIDs in a namespace derived from the article text and
// the publication date: events from their main evidence passage and its
// offset, quotes from theirs, entities from their kind and folded name.
// Importing the same text again gives the same IDs, so that notes stay
// attached; a changed text gives new ones.
package draft
