package loaders

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"strings"
	"testing"
)

// TestRunGateWordRules: wordRules is one switch on p.w(i) with no
// default, and every word of its cases is in runGateWords (read from the
// source, so a case added without the gate's word fails here).
func TestRunGateWordRules(t *testing.T) {
	fs := gotoken.NewFileSet()
	f, err := parser.ParseFile(fs, "relations.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "wordRules" || fd.Recv == nil {
			continue
		}
		found = true
		body := fd.Body.List
		if len(body) != 2 {
			t.Fatalf("wordRules has %d statements, want 2 (w := p.w(i); switch w {...}): update the gate's test and runGateWords", len(body))
		}
		sw, ok := body[1].(*ast.SwitchStmt)
		if !ok || sw.Init != nil {
			t.Fatal("wordRules' second statement is no plain switch")
		}
		if id, ok := sw.Tag.(*ast.Ident); !ok || id.Name != "w" {
			t.Fatal("wordRules' switch is not on w")
		}
		n := 0
		for _, c := range sw.Body.List {
			cc := c.(*ast.CaseClause)
			if cc.List == nil {
				t.Fatal("wordRules' switch has a default: it acts at any word, the gate cannot hold it")
			}
			for _, e := range cc.List {
				bl, ok := e.(*ast.BasicLit)
				if !ok || bl.Kind != gotoken.STRING {
					t.Fatalf("wordRules' case %v is not a string literal", e)
				}
				w, _ := strconv.Unquote(bl.Value)
				n++
				if !runGateWords[w] {
					t.Errorf("wordRules' case %q is not in runGateWords", w)
				}
			}
		}
		if n < 100 {
			t.Errorf("only %d case words read from wordRules", n)
		}
	}
	if !found {
		t.Fatal("no wordRules in relations.go")
	}
}

// TestRunGateComplete extracts every article of the test pool
// (testdata/unseen*/*) with the word gate of
// (*pctx).run on and off, learned credits on: the outputs must be the
// same. A rule added to run's word loop that acts at a word outside
// runGateWords (and fires anywhere in the pool) fails here: add its
// trigger words to runGateWords, or call it among the rules outside the
// gate.
func TestRunGateComplete(t *testing.T) {
	on, off := mustGateOutputs(t, &runGateOff)
	if string(on) != string(off) {
		i := 0
		for i < len(on) && i < len(off) && on[i] == off[i] {
			i++
		}
		lo := max(0, i-300)
		t.Errorf("the word gate changes the output: at byte %d\n gate on:  %s\n gate off: %s", i, on[lo:min(len(on), i+300)], off[lo:min(len(off), i+300)])
	}
}

// mustGateOutputs extracts every article of the test pool (learned
// credits on) twice, with the gate switch *off false and then true, and
// returns both outputs as JSON; it fails tb when the pool cannot be read
// or extracted.
func mustGateOutputs(tb testing.TB, off *bool) (on, offOut []byte) {
	tb.Helper()
	var inputs []Input
	for _, dir := range poolArticleDirs() {
		ins, _ := ReadPaths([]string{dir}, strings.NewReader(""))
		for _, in := range ins {
			in.Article.ID = dir + "/" + in.Article.ID
			inputs = append(inputs, in)
		}
	}
	if len(inputs) < 700 {
		tb.Fatalf("only %d pool articles read", len(inputs))
	}
	run := func(v bool) []byte {
		*off = v
		defer func() { *off = false }()
		res, err := Extract(tb.Context(), inputs, Options{Workers: 1, LearnedCredits: true})
		if err != nil {
			tb.Fatal(err)
		}
		b, err := json.Marshal(res)
		if err != nil {
			tb.Fatal(err)
		}
		return b
	}
	return run(false), run(true)
}
