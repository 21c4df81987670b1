package timelineview

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestWriteSVG: the picture is well-formed XML whose <text> elements hold
// the labels the window shows, and it draws the same shapes as the frame.
func TestWriteSVG(t *testing.T) {
	newTestApp(t, darkTheme)
	x := seedIndex(t)
	x.Doc.Events[0].Title = `Fish & <chips> "quoted"`
	x.Doc.Events[0].Short = `Fish & <chips>`
	var buf bytes.Buffer
	if err := WriteSVG(&buf, x, Picture{Size: fyne.NewSize(1200, 300)}); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	dec := xml.NewDecoder(strings.NewReader(svg))
	var texts []string
	counts := map[string]int{}
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			counts[tok.Name.Local]++
			inText = tok.Name.Local == "text"
		case xml.CharData:
			if inText {
				texts = append(texts, string(tok))
			}
		case xml.EndElement:
			inText = false
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"Zelenskyy statement", "Tusk on NATO", "Statement", "Undated", "Published", "Mon 5"} {
		if !strings.Contains(all, want) {
			t.Errorf("no <text> says %q; texts: %s", want, all)
		}
	}
	if counts["svg"] != 1 || counts["rect"] < 10 || counts["line"] < 5 || counts["text"] < 20 {
		t.Errorf("elements %v: want one svg and many rects, lines and texts", counts)
	}
	if strings.Contains(svg, "<chips>") || !strings.Contains(all, "Fish & <") {
		t.Errorf("a label with markup was not kept as text, escaped; texts: %s", all)
	}
}
