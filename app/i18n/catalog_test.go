package i18n

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A use is a catalogue key the code asks for.
type use struct {
	key     string
	plural  bool   // lang.N: the catalogue holds plural forms
	english string // lang.X's fallback, the English; else the key
	at      string // file:line, for messages
}

// appDir is the window's code: app and its packages.
const appDir = ".."

// walkAppCode parses every Go file of the window's code (tests left out)
// and calls fn with it.
func walkAppCode(fset *token.FileSet, fn func(path string, f *ast.File)) error {
	return filepath.WalkDir(appDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		fn(path, f)
		return nil
	})
}

// scanUses finds every lang.L, lang.N and lang.X call and every i18n.Key
// in the window's code (tests left out), with the key each asks for.
func scanUses(t *testing.T) []use {
	t.Helper()
	var uses []use
	fset := token.NewFileSet()
	err := walkAppCode(fset, func(path string, f *ast.File) {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			var pkg, name string
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				if id, ok := fn.X.(*ast.Ident); ok {
					pkg, name = id.Name, fn.Sel.Name
				}
			case *ast.Ident:
				if f.Name.Name == "i18n" {
					pkg, name = "i18n", fn.Name
				}
			}
			at := fset.Position(call.Pos()).String()
			switch {
			case pkg == "lang" && (name == "L" || name == "N" || name == "X"),
				pkg == "i18n" && name == "Key":
			default:
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				// A key held in a variable comes from an i18n.Key, which
				// is scanned where it is written.
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			english := key
			if name == "X" && len(call.Args) > 1 {
				if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					english, _ = strconv.Unquote(lit.Value)
				}
			}
			uses = append(uses, use{key: key, plural: name == "N", english: english, at: at})
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return uses
}

// pluralForms are the CLDR plural categories go-i18n uses for counts in
// each language.
var pluralForms = map[string][]string{
	"en": {"one", "other"},
	"uk": {"one", "few", "many", "other"},
	"fr": {"one", "many", "other"},
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func placeholders(s string) []string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

func readCatalogue(t *testing.T, code string) map[string]json.RawMessage {
	t.Helper()
	data, err := Catalogues.ReadFile("catalog/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var cat map[string]json.RawMessage
	if err := json.Unmarshal(data, &cat); err != nil {
		t.Fatalf("catalog/%s.json: %v", code, err)
	}
	return cat
}

// TestCataloguesComplete fails when the code asks for a text that a
// catalogue lacks, when a catalogue keeps a text nothing asks for, when a
// count lacks one of its language's plural forms, or when a translation
// loses or invents a {{.Placeholder}}.
func TestCataloguesComplete(t *testing.T) {
	uses := scanUses(t)
	if len(uses) < 100 {
		t.Fatalf("found only %d texts in %s: is the scan looking in the right place?", len(uses), appDir)
	}
	want := map[string]use{}
	for _, u := range uses {
		if prev, ok := want[u.key]; ok && prev.plural != u.plural {
			t.Errorf("%s: %q asked for as a count and as a text", u.at, u.key)
		}
		want[u.key] = u
	}
	for _, l := range Languages {
		cat := readCatalogue(t, l.Code)
		for key, u := range want {
			raw, ok := cat[key]
			if !ok {
				t.Errorf("catalog/%s.json lacks %q (%s)", l.Code, key, u.at)
				continue
			}
			var texts []string
			if u.plural {
				var forms map[string]string
				if err := json.Unmarshal(raw, &forms); err != nil {
					t.Errorf("catalog/%s.json: %q is a count and needs plural forms: %v", l.Code, key, err)
					continue
				}
				for _, f := range pluralForms[l.Code] {
					if forms[f] == "" {
						t.Errorf("catalog/%s.json: %q lacks the %q form", l.Code, key, f)
					}
					texts = append(texts, forms[f])
				}
			} else {
				var s string
				if err := json.Unmarshal(raw, &s); err != nil || s == "" {
					t.Errorf("catalog/%s.json: %q is not a text: %s", l.Code, key, raw)
					continue
				}
				texts = append(texts, s)
				if l.Code == "en" && key != languageKey && s != u.english {
					t.Errorf("catalog/en.json: %q reads %q, the code says %q", key, s, u.english)
				}
			}
			for _, s := range texts {
				if got, want := placeholders(s), placeholders(u.english); !slices.Equal(got, want) {
					t.Errorf("catalog/%s.json: %q has placeholders %v, want %v: %q", l.Code, key, got, want, s)
				}
			}
		}
		for key := range cat {
			if _, ok := want[key]; !ok {
				t.Errorf("catalog/%s.json keeps %q, which no code asks for", l.Code, key)
			}
		}
		var code string
		if err := json.Unmarshal(cat[languageKey], &code); err != nil || code != l.Code {
			t.Errorf("catalog/%s.json: %s is %s, want %q", l.Code, languageKey, cat[languageKey], l.Code)
		}
	}
}

// uiTextArgs names the functions and methods that show their string
// arguments to people, with the positions of those arguments: a literal
// with a letter in one of them is English that bypasses the catalogues.
var uiTextArgs = map[string][]int{
	"NewMenuItem": {0}, "NewMenu": {0}, "NewLabel": {0}, "NewLabelWithStyle": {0},
	"NewButton": {0}, "NewButtonWithIcon": {0}, "NewCheck": {0}, "NewFormItem": {0},
	"NewForm": {0, 1, 2}, "NewCustom": {0, 1}, "NewCustomWithoutButtons": {0},
	"NewCustomConfirm": {0, 1, 2}, "ShowInformation": {0, 1}, "ShowConfirm": {0, 1},
	"NewConfirm": {0, 1}, "NewInformation": {0, 1}, "SetPlaceHolder": {0}, "SetText": {0},
	"SetTitle": {0}, "setTexts": {0, 1}, "setStatus": {0},
	"newToolButton": {0, 1, 3}, "tool": {0, 1, 3}, "newCardButton": {0}, "newCardLink": {0},
	"sectionTitle": {0}, "kicker": {0}, "dim": {0}, "secondary": {0}, "paragraph": {0},
	"heading": {0}, "labelledLink": {0}, "compactText": {0}, "NewChip": {0}, "measured": {0},
	"New": {0}, "Errorf": {0},
}

var letter = regexp.MustCompile(`\pL`)

// TestNoBareUIText fails on English written straight into the window: a
// string literal with a letter passed to a widget, menu, dialog or
// message.
func TestNoBareUIText(t *testing.T) {
	fset := token.NewFileSet()
	err := walkAppCode(fset, func(path string, f *ast.File) {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				name = fn.Sel.Name
				if id, ok := fn.X.(*ast.Ident); ok && (name == "New" && id.Name != "errors" || name == "Errorf" && id.Name != "fmt") {
					return true
				}
			case *ast.Ident:
				name = fn.Name
			}
			for _, i := range uiTextArgs[name] {
				if i >= len(call.Args) {
					continue
				}
				if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, _ := strconv.Unquote(lit.Value)
					if name == "Errorf" {
						// The format's own words, without its verbs.
						s = regexp.MustCompile(`%[a-z]`).ReplaceAllString(s, "")
					}
					if letter.MatchString(s) {
						t.Errorf("%s: %s(%s): text not from the catalogues", fset.Position(lit.Pos()), name, lit.Value)
					}
				}
			}
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}
