package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"newsline/internal/cli"
	"newsline/timeline"
	"newsline/timeline/draft"
)

var reviewCommand = &cli.Command{
	Name:    "review",
	Usage:   "--published YYYY-MM-DD ARTICLE",
	Summary: "print the import review of an article as JSON, for scoring its confidences",
	Help: `Imports ARTICLE as "newsline import --published" does and prints the review
of the draft as one JSON object: for each event its ID, confidence and
whether it is background, with the confidence of its date and of its
speaker and the kind of each (how the date or speaker was found). The IDs
are the draft's, so the review joins the document "newsline import" writes
for the same text and date. scripts/eval-review.py uses it to measure how
well the confidences sort the likeliest mistakes first (make eval-review).`,
	Run: runReview,
}

// reviewJSON is what review prints.
type reviewJSON struct {
	Events []eventReviewJSON `json:"events"`
}

// eventReviewJSON is one event of reviewJSON; Date and Speaker are nil
// when the review gives no reason of that aspect.
type eventReviewJSON struct {
	ID         string      `json:"id"`
	Confidence float64     `json:"confidence"`
	Background bool        `json:"background,omitempty"`
	Date       *reasonJSON `json:"date,omitempty"`
	Speaker    *reasonJSON `json:"speaker,omitempty"`
}

type reasonJSON struct {
	Kind       string  `json:"kind"`
	Confidence float64 `json:"confidence"`
}

func runReview(env *cli.Env, c *cli.Command, args []string) error {
	fs := c.FlagSet()
	published := fs.String("published", "", "publication `YYYY-MM-DD`")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return cli.Usagef("want one ARTICLE, got %d arguments", len(rest))
	}
	p, err := timeline.ParsePoint(*published)
	if err != nil || p.Precision < timeline.Day {
		return cli.Usagef("--published: want a date as YYYY-MM-DD, got %q", *published)
	}
	data, err := os.ReadFile(rest[0])
	if err != nil {
		return err
	}
	src := draft.Source{Name: rest[0], Published: p, Data: data}
	_, rev, err := draft.ImportReview(context.Background(), src, nil)
	if err != nil {
		return fmt.Errorf("import %s: %w", rest[0], err)
	}
	out := reviewJSON{Events: make([]eventReviewJSON, 0, len(rev.Events))}
	for _, er := range rev.Events {
		row := eventReviewJSON{ID: er.Event.String(), Confidence: er.Confidence, Background: er.Background != ""}
		for _, r := range er.Reasons {
			reason := &reasonJSON{Kind: r.Kind, Confidence: r.Confidence}
			switch r.Aspect {
			case "date":
				row.Date = reason
			case "speaker":
				row.Speaker = reason
			}
		}
		out.Events = append(out.Events, row)
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}
