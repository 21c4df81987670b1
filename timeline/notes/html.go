package notes

import (
	"html"
	"html/template"
	"io"
)

// WriteHTML writes one self-contained, printable page: inline CSS, no
// scripts, no external resources (a Content-Security-Policy says so to the
// browser too), every user text escaped by html/template. Dates and times
// read as people write them (in Options.Location), with the machine form
// in <time datetime>; IDs are only in element IDs, never in the text.
// Note text keeps its line breaks; each note's direction follows its text
// (dir="auto"), so right-to-left notes read right.
func WriteHTML(w io.Writer, set *Set, opt Options) error {
	return htmlPage.Execute(w, buildReport(set, opt))
}

var htmlPage = template.Must(template.New("notes").Funcs(template.FuncMap{
	"iso":       isoTime,
	"plain":     plain,
	"oneLine":   oneLine,
	"eventDate": eventDateHTML,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Newsline">
<title>Notes{{with .Title}}: {{oneLine .}}{{end}}</title>
<style>
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; background: #fff; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.2em; margin: 0 0 .3em; }
header p, .meta, dl { font: 9pt/1.4 system-ui, sans-serif; color: #555; }
section { border-top: 1px solid #ccc; padding: 1em 0; break-inside: avoid-page; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .3em 0 .6em; }
dt { font-weight: bold; } dd { margin: 0; }
code { font: 8.5pt ui-monospace, monospace; overflow-wrap: anywhere; }
blockquote { margin: .5em 0 .5em 1em; padding-left: .8em; border-left: 3px solid #bbb; font-style: italic; }
blockquote cite { display: block; font-style: normal; font-size: 9pt; color: #555; }
article { margin: .8em 0 0; padding: .5em .8em; background: #f6f6f3; border-radius: 4px; break-inside: avoid; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.tag { display: inline-block; padding: 0 .4em; margin-right: .3em; border: 1px solid #ccc; border-radius: 3px; }
.star { color: #b8860b; }
@media print { body { margin: 0; max-width: none; } article { background: none; border: 1px solid #ddd; } }
</style>
</head>
<body>
<header>
<h1>Notes{{with .Title}}: {{oneLine .}}{{end}}</h1>
<p>Exported <time datetime="{{iso .Exported}}">{{$.Human .Exported}}</time></p>
{{- with .Tags}}
<p>Tags: {{range .}}<span class="tag">{{oneLine .}}</span>{{end}}</p>
{{- end}}
</header>
<main>
{{- range .Sections}}
<section id="t-{{.Target.ID}}">
<h2 dir="auto">{{oneLine .Target.Title}}{{if .Star}} <span class="star" title="starred">★</span>{{end}}</h2>
<dl>
{{- if eq .Target.Kind "event"}}
<dt>Date</dt><dd>{{eventDate .Target.Date}}</dd>
{{- end}}
{{- if not .InDoc}}
<dt>Note</dt><dd>not in the document: title and date as they were when annotated</dd>
{{- end}}
{{- with .Tags}}
<dt>Tags</dt><dd>{{range .}}<span class="tag">{{oneLine .}}</span>{{end}}</dd>
{{- end}}
</dl>
{{- range .Quotes}}
<blockquote dir="auto">{{oneLine .Text}}{{with .Speaker}}<cite>— {{oneLine .}}</cite>{{end}}</blockquote>
{{- end}}
{{- range .Notes}}
<article id="n-{{.ID}}">
<div class="text" dir="auto">{{plain .Text}}</div>
<p class="meta">Written <time datetime="{{iso .Created}}">{{$.Human .Created}}</time>{{if not (.Updated.Equal .Created)}} · edited <time datetime="{{iso .Updated}}">{{$.Human .Updated}}</time>{{end}}{{with .Tags}} · {{range .}}<span class="tag">{{oneLine .}}</span>{{end}}{{end}}</p>
</article>
{{- end}}
</section>
{{- else}}
<p>No notes.</p>
{{- end}}
</main>
</body>
</html>
`))

// eventDateHTML shows an event's date as people read it ("Sat 3 Jan
// 2026"), in a <time> element with the machine form when it is one date.
func eventDateHTML(d DateCopy) template.HTML {
	human := oneLine(d.Human)
	if human == "" {
		human = "undated"
	}
	if d.Start.IsZero() || !d.End.IsZero() {
		return template.HTML(html.EscapeString(human))
	}
	return template.HTML(`<time datetime="` + html.EscapeString(d.Start.String()) + `">` + html.EscapeString(human) + `</time>`)
}
