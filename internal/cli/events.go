package cli

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"newsline/timeline"
)

var eventsCommand = &Command{
	Name:    "events",
	Usage:   "[--doc FILE] [--json]",
	Summary: "print the events in timeline order",
	Help: `Prints the events of the document (the built-in seed timeline unless --doc
is given) in timeline order: dated events by date, then undated events in
article order. With --json, prints an array of objects with the fields id,
title, start, end, precision, lane, entities (canonical names) and quotes
(their texts); start and end read "2026-01-03", "2025-11", "2026" or "" when
undated, and precision "day", "month", "year", "minute" or "undated".`,
	Run: runEvents,
}

func runEvents(env *Env, c *Command, args []string) error {
	fs := c.FlagSet()
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	env.DocFlag(fs, "read")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return Usagef("unexpected argument %q", rest[0])
	}
	doc, err := env.LoadDocument()
	if err != nil {
		return err
	}
	x := timeline.NewIndex(doc)
	if *asJSON {
		return writeEventsJSON(env, x)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
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

func writeEventsJSON(env *Env, x *timeline.Index) error {
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
	enc := json.NewEncoder(env.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
