package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"newsline/assets"
	"newsline/timeline"
)

func init() {
	register(&command{
		name:    "events",
		usage:   "[--doc FILE] [--json]",
		summary: "print the events in timeline order",
		help: `Prints the events of the document (the built-in seed timeline unless --doc
is given) in timeline order: dated events by date, then undated events in
article order. With --json, prints an array of objects with the fields id,
title, start, end, precision, lane, entities (canonical names) and quotes
(their texts); start and end read "2026-01-03", "2025-11", "2026" or "" when
undated, and precision "day", "month", "year", "minute" or "undated".`,
		run: runEvents,
	})
}

func runEvents(env *cmdEnv, args []string) error {
	c := commands["events"]
	fs := newFlagSet(c)
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	fs.StringVar(&env.global.doc, "doc", env.global.doc, "read the timeline document `FILE` instead of the built-in seed")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOr(env, c, fs, err)
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	doc, err := loadDocument(env.global.doc)
	if err != nil {
		return err
	}
	x := timeline.NewIndex(doc)
	if *asJSON {
		return writeEventsJSON(env, x)
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tLANE\tTITLE")
	for _, i := range x.Order {
		ev := &doc.Events[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\n", ev.Date.Human(), ev.Lane, ev.Title)
	}
	return tw.Flush()
}

// eventJSON is the shape of one event in "events --json".
type eventJSON struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Start      string   `json:"start"`
	End        string   `json:"end"`
	Precision  string   `json:"precision"`
	Lane       string   `json:"lane"`
	Expression string   `json:"expression,omitempty"`
	Resolution string   `json:"resolution,omitempty"`
	Before     string   `json:"before,omitempty"`
	After      string   `json:"after,omitempty"`
	Entities   []string `json:"entities"`
	Quotes     []string `json:"quotes"`
}

func writeEventsJSON(env *cmdEnv, x *timeline.Index) error {
	out := make([]eventJSON, 0, len(x.Order))
	for _, i := range x.Order {
		ev := &x.Doc.Events[i]
		e := eventJSON{
			ID:         ev.ID.String(),
			Title:      ev.Title,
			Start:      ev.Date.Start.String(),
			End:        ev.Date.End.String(),
			Precision:  ev.Date.Precision().String(),
			Lane:       string(ev.Lane),
			Expression: ev.Date.Expression,
			Resolution: ev.Date.Resolution,
			Before:     ev.Date.Before.String(),
			After:      ev.Date.After.String(),
			Entities:   []string{},
			Quotes:     []string{},
		}
		for _, id := range ev.Entities {
			if ent, ok := x.Entity(id); ok {
				e.Entities = append(e.Entities, ent.Name)
			}
		}
		for _, id := range ev.Quotes {
			if q, ok := x.Quote(id); ok {
				e.Quotes = append(e.Quotes, q.Text)
			}
		}
		out = append(out, e)
	}
	enc := json.NewEncoder(env.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// loadDocument reads the document at path, or the embedded seed when path
// is empty.
func loadDocument(path string) (*timeline.Document, error) {
	if path == "" {
		return assets.Seed()
	}
	return timeline.Load(path)
}
