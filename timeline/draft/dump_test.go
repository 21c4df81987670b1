package draft

import (
	"context"
	"os"
	"testing"

	"newsline/timeline"
)

func TestDump(t *testing.T) {
	name := os.Getenv("DUMP")
	if name == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(name)
	pub, _ := timeline.ParsePoint(os.Getenv("PUB"))
	doc, err := Import(context.Background(), Source{Name: name, Data: data, Published: pub}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ents := map[any]string{}
	for _, e := range doc.Entities {
		ents[e.ID] = e.Name
		t.Logf("ENTITY %-12s %-30q role=%q aliases=%q", e.Kind, e.Name, e.Role, e.Aliases)
	}
	for _, ev := range doc.Events {
		t.Logf("EVENT [%s] %-10s %s | short=%q | %q", ev.Date.Human(), ev.Lane, ev.Title, ev.Short, ev.Date.Expression)
	}
	for _, q := range doc.Quotes {
		t.Logf("QUOTE %q speaker=%s audience=%s", q.Text, ents[q.Speaker], ents[q.Audience])
	}
}
