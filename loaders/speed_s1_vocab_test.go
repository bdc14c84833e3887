package loaders

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"strings"
	"testing"
)

// TestVocabBits checks that the vocabulary's bits answer as every
// registered set does, for every word any set holds and a word none does.
func TestVocabBits(t *testing.T) {
	words := []string{"", "zzzz-not-a-word", "qzx", "abcdefg", "abcdefgh"}
	for w := range vocabIDs {
		words = append(words, w)
	}
	for k, set := range regSets {
		for w := range set {
			if _, ok := vocabIDs[w]; !ok {
				t.Fatalf("set %d: %q is not in the vocabulary (a set changed after init?)", k, w)
			}
		}
		for _, w := range words {
			it := item{m: -1, w: w}
			if got := itemIn(&it, set); got != set[w] {
				t.Fatalf("set %d, %q: bits say %v, the map %v", k, w, got, set[w])
			}
		}
	}
	if it := (item{m: -1, w: "the"}); itemIn(&it, map[string]bool{"the": true}) != true || it.v != 0 {
		t.Fatal("an unregistered set was answered from the bits")
	}
}

// TestNoEmptyWord checks that the sets whose look-ups "set[p.w(i)]" were
// written "p.in(i, set)" hold no "" (p.w gives "" for a mention, where
// (*pctx).in says false).
func TestNoEmptyWord(t *testing.T) {
	for _, set := range []map[string]bool{castGapStop, clauseEnds, commonWords, copulas, creationNouns, earlierAdj, filmNounOwners,
		filmNouns, franchiseNouns, groupRankWords, memberPreps, outletNouns, performanceNouns, possessivePronouns, relativeNouns,
		roleWords, seriesModifiers, seriesNouns, sourceNouns, directVerbs, writeVerbs, produceVerbs, composeVerbs, designVerbs, shootVerbs,
		fromCreatorNouns, fallbackWords, selfWords, originPartNouns} {
		if set[""] {
			t.Fatal("a set read through (*pctx).in holds the empty word")
		}
	}
}

// TestItemWordsViaSetW checks that no rule assigns an item's word
// directly: (*pctx).in keeps the word's vocabulary entry in the item, and
// setW is what resets it.
func TestItemWordsViaSetW(t *testing.T) {
	files, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		name := f.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || name == "speed_s1_vocab.go" {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			var lhs []ast.Expr
			switch s := n.(type) {
			case *ast.AssignStmt:
				lhs = s.Lhs
			case *ast.IncDecStmt:
				lhs = []ast.Expr{s.X}
			}
			for _, x := range lhs {
				sel, ok := x.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "w" && sel.Sel.Name != "v" {
					continue
				}
				if ix, ok := sel.X.(*ast.IndexExpr); ok {
					if s, ok := ix.X.(*ast.SelectorExpr); ok && s.Sel.Name == "it" {
						t.Errorf("%s: an item's word is assigned directly; use p.setW", fset.Position(x.Pos()))
					}
				}
			}
			return true
		})
	}
}
