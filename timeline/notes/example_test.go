package notes_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/notes"
)

// The life of a note in the window: typed, auto-saved, deleted, undone,
// and shown on the timeline.
func Example() {
	dir, err := os.MkdirTemp("", "notes-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()

	doc, err := assets.Seed()
	if err != nil {
		log.Fatal(err)
	}
	x := timeline.NewIndex(doc)
	s, err := notes.Open(dir) // the window passes --data, or "" for DataDir()
	if err != nil {
		log.Fatal(err) // corrupt, newer, read-only, …: the message says what to do
	}
	defer s.Close()

	// The card of an event: the first pause in typing adds the note…
	ev := &doc.Events[x.Order[0]]
	n, err := s.Add(ctx, notes.EventTarget(doc, ev), "Check who", []string{"follow-up"})
	if err != nil {
		log.Fatal(err) // keep the text in the editor and show err
	}
	// …later pauses edit it; once Edit returns, show "saved".
	n, err = s.Edit(ctx, n.ID, "Check who attended", n.Tags)
	if err != nil {
		log.Fatal(err)
	}

	// Delete, then Ctrl+Z.
	deleted, err := s.Delete(ctx, n.ID)
	if err != nil {
		log.Fatal(err)
	}
	if err := s.Restore(ctx, deleted); err != nil {
		log.Fatal(err)
	}

	// The timeline: markers, the filter and search.
	o, err := s.Overview(ctx)
	if err != nil {
		log.Fatal(err)
	}
	for _, i := range x.Order[:2] {
		id := doc.Events[i].ID
		fmt.Println(o.HasNotes(id), o.Show(id, notes.ShowAnnotated), o.Match(id, timeline.NewMatcher("#follow-up attended")))
	}
	list, _ := s.NotesOf(ctx, ev.ID)
	fmt.Println(len(list), list[0].Text, list[0].Tags)
	// Output:
	// true true true
	// false false false
	// 1 Check who attended [follow-up]
}
