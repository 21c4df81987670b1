package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/i18n"
	"newsline/timeline"
)

// A searcher is the search index of a document, built in the background:
// folding the text of 100,000 events takes about half a second, which the
// window should not wait for before it appears.
type searcher struct {
	ready chan struct{} // closed once idx is built
	idx   *timeline.SearchIndex
}

func (u *UI) newSearcher(x *timeline.Index) *searcher {
	s := &searcher{ready: make(chan struct{})}
	u.run.Go(func() {
		s.idx = timeline.NewSearchIndex(x)
		close(s.ready)
	}, nil)
	return s
}

// index returns the built index, waiting for it if need be; for
// background work only, as the build takes time.
func (s *searcher) index() *timeline.SearchIndex {
	<-s.ready
	return s.idx
}

// searchEntry is the toolbar's search field: Esc clears it, Enter opens the
// first result.
type searchEntry struct {
	widget.Entry
	onEscape func()
	onSubmit func()
	quiet    bool // set while the text is changed by code, not typing
}

func newSearchEntry() *searchEntry {
	e := &searchEntry{}
	e.ExtendBaseWidget(e)
	e.ActionItem = widget.NewIcon(theme.SearchIcon())
	return e
}

func (e *searchEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		if e.onEscape != nil {
			e.onEscape()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.onSubmit != nil {
			e.onSubmit()
		}
	default:
		e.Entry.TypedKey(ev)
	}
}

// setTextQuietly changes the text without starting a search.
func (e *searchEntry) setTextQuietly(s string) {
	e.quiet = true
	e.SetText(s)
	e.quiet = false
}

// searchDelay lets a fast typist finish a word before searching.
const searchDelay = 120 * time.Millisecond

// searchChanged runs when the search text changes: after searchDelay it
// searches in the background, then dims the timeline and lists the
// results.
func (u *UI) searchChanged(query string) {
	if u.Search.quiet {
		return
	}
	if query == "" {
		u.cancelSearch()
		u.results, u.resultsFor = timeline.SearchResult{}, ""
		u.Timeline.SetMatches(nil)
		u.Article.SetQuery("")
		if cur, ok := u.history.current(); ok && cur.kind == placeSearch {
			// Leaving the search returns to where it started.
			if p, ok := u.history.back(); ok && p.kind != placeSearch {
				u.show(p)
			} else {
				u.Card.ShowEmpty()
				u.updateNavButtons()
			}
		}
		return
	}
	u.recordSearch(query)
	u.updateNavButtons()
	u.searchQuery = query
	u.searchTimer.Reset(searchDelay)
}

// recordSearch makes the search the current place: a search being typed is
// one place in the history, not one per letter.
func (u *UI) recordSearch(query string) place {
	p := place{kind: placeSearch, query: query}
	if cur, ok := u.history.current(); ok && cur.kind == placeSearch {
		u.history.replace(p)
	} else {
		u.history.visit(p)
	}
	return p
}

// cancelSearch stops the search waiting for its pause or running.
func (u *UI) cancelSearch() {
	u.searchTimer.Stop()
	if u.searchCancel != nil {
		u.searchCancel()
		u.searchCancel = nil
	}
	u.searchGen++
}

// startSearch searches in the background and applies the result unless a
// newer search has started meanwhile.
func (u *UI) startSearch(query string) {
	u.cancelSearch()
	ctx, cancel := context.WithCancel(context.Background())
	u.searchCancel = cancel
	gen, idx := u.searchGen, u.searchIndex
	var res timeline.SearchResult
	var err error
	u.run.Go(func() { res, err = idx.index().Search(ctx, query) }, func() {
		cancel()
		if err != nil || gen != u.searchGen {
			return
		}
		u.searchCancel = nil
		u.applyResults(query, res)
	})
}

func (u *UI) applyResults(query string, res timeline.SearchResult) {
	u.results, u.resultsFor = res, query
	match := res.Match
	u.Timeline.SetMatches(func(i int) bool { return match[i] })
	u.Article.SetQuery(query)
	if cur, ok := u.history.current(); ok && cur.kind == placeSearch && cur.query == query {
		u.Card.ShowResults(query, res)
	}
}

// maxResultLines bounds the lists a card shows (search results, an
// entity's events and quotes), so that a card of a huge document stays
// quick to build; the timeline still shows every match.
const maxResultLines = 200

// ShowResults shows the results of a search: matching entities as chips,
// then matching events in timeline order.
func (c *CardView) ShowResults(query string, res timeline.SearchResult) {
	c.leave()
	x := c.index
	objs := []fyne.CanvasObject{kicker(strings.ToUpper(lang.X("card.search", "Search"))), heading(fmt.Sprintf("“%s”", query))}
	if len(res.Events) == 0 && len(res.Entities) == 0 {
		objs = append(objs, paragraph(lang.L("Nothing matches. Search looks in titles, summaries, quotes and names, ignoring case and accents.")))
		c.set(uuid.Nil, objs...)
		return
	}
	objs = append(objs, dim(resultCount(len(res.Events), len(res.Entities))))
	if len(res.Entities) > 0 {
		var chips []fyne.CanvasObject
		for _, i := range res.Entities {
			chips = append(chips, c.entityChip(&x.Doc.Entities[i]))
		}
		objs = append(objs, sectionTitle(lang.L("People, places, organisations")), chipRow(chips))
	}
	if len(res.Events) > 0 {
		objs = append(objs, sectionTitle(lang.L("Events")))
		objs = appendCapped(objs, res.Events, func(i int) fyne.CanvasObject { return c.eventLine(&x.Doc.Events[i]) },
			lang.L("refine the search to see them here; the timeline shows them all."))
	}
	c.set(uuid.Nil, objs...)
}

func resultCount(events, entities int) string {
	return lang.N("{{.Count}} events", events, map[string]any{"Count": i18n.Int(events)}) + " · " +
		lang.N("{{.Count}} names", entities, map[string]any{"Count": i18n.Int(entities)})
}
