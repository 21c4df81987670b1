package draft

import (
	"context"
	"testing"

	"newsline/assets"
	"newsline/timeline"
)

func TestDebugDump(t *testing.T) {
	doc, err := Import(context.Background(), Source{Name: "article.txt", Data: []byte(assets.ArticleText), Published: timeline.DayPoint(2026, 1, 6)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ents := map[any]string{}
	for _, e := range doc.Entities {
		ents[e.ID] = e.Name
		t.Logf("ENTITY %-12s %-30q role=%q aliases=%q", e.Kind, e.Name, e.Role, e.Aliases)
	}
	for _, ev := range doc.Events {
		var names []string
		for _, id := range ev.Entities {
			names = append(names, ents[id])
		}
		t.Logf("EVENT [%s] %-10s %s | short=%q | %v | expr=%q", ev.Date.Human(), ev.Lane, ev.Title, ev.Short, names, ev.Date.Expression)
	}
	for _, q := range doc.Quotes {
		t.Logf("QUOTE %q speaker=%s audience=%s", q.Text, ents[q.Speaker], ents[q.Audience])
	}
}
