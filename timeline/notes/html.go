package notes

import (
	"html/template"
	"io"
)

// WriteHTML writes one self-contained, printable page: inline CSS, no
// scripts, no external resources (a Content-Security-Policy says so to the
// browser too), every user text escaped by html/template. Note text keeps
// its line breaks; each note's direction follows its text (dir="auto"),
// so right-to-left notes read right.
func WriteHTML(w io.Writer, set *Set, opt Options) error {
	return htmlPage.Execute(w, buildReport(set, opt))
}

var htmlPage = template.Must(template.New("notes").Funcs(template.FuncMap{
	"iso":     isoTime,
	"plain":   plain,
	"oneLine": oneLine,
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
<p>Exported <time datetime="{{iso .Exported}}">{{iso .Exported}}</time>{{with .DocIDString}} · document <code>{{.}}</code>{{end}}</p>
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
<dt>Date</dt><dd>{{with .Target.Date.ISO}}<time datetime="{{.}}">{{.}}</time> · {{end}}{{with .Target.Date.Human}}{{oneLine .}}{{else}}undated{{end}}</dd>
<dt>Event</dt><dd><code>{{.Target.ID}}</code></dd>
{{- else}}
<dt>Entity</dt><dd><code>{{.Target.ID}}</code></dd>
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
<p class="meta">Written <time datetime="{{iso .Created}}">{{iso .Created}}</time>{{if not (.Updated.Equal .Created)}} · edited <time datetime="{{iso .Updated}}">{{iso .Updated}}</time>{{end}}{{with .Tags}} · {{range .}}<span class="tag">{{oneLine .}}</span>{{end}}{{end}} · <code>{{.ID}}</code></p>
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
