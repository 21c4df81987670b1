package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestOneBridge: no file of the package but bridge.go starts a goroutine,
// hands work to the UI goroutine or starts a timer; the rest goes through
// the window's Runner, so that tests run the same code as users.
func TestOneBridge(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	banned := map[string]bool{
		"fyne.Do": true, "fyne.DoAndWait": true,
		"time.AfterFunc": true, "time.After": true, "time.NewTimer": true, "time.NewTicker": true, "time.Tick": true, "time.Sleep": true,
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if name == "bridge.go" || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.GoStmt:
				t.Errorf("%s: a go statement outside bridge.go", fset.Position(n.Pos()))
			case *ast.SelectorExpr:
				if pkg, ok := n.X.(*ast.Ident); ok && banned[pkg.Name+"."+n.Sel.Name] {
					t.Errorf("%s: %s.%s outside bridge.go", fset.Position(n.Pos()), pkg.Name, n.Sel.Name)
				}
			}
			return true
		})
	}
}
