package loaders

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestLearnDump writes the training data of the credit classifier (see
// learn_pairs.go) to the file named by $LEARN_DUMP: every candidate pair of
// every article under testdata/unseen*, its features, what the rules said
// and its labels by distant supervision from the article's gold.json
// (matched by the scorer's folding), with each article's score without the
// model. loaders/internal/trainpairs reads it. It is go generate's first
// step; without $LEARN_DUMP it is skipped, as TestLearnCV writes the same
// data to a temporary file in the non-short run.
func TestLearnDump(t *testing.T) {
	out := os.Getenv("LEARN_DUMP")
	if out == "" {
		t.Skip("set LEARN_DUMP=file to write the classifier's training data (TestLearnCV dumps, trains and checks it in the non-short run)")
	}
	learnDump(t, out)
}

// learnDump writes the classifier's training data to the file out.
func learnDump(t *testing.T, out string) {
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	for art, dir := range poolArticleDirs() {
		learnDumpArticle(t, w, art, filepath.Dir(dir), dir)
	}
}

// poolArticleDirs returns the test pool's article directories
// (testdata/unseenN/name), sets in number order and articles in name
// order within a set.
func poolArticleDirs() []string {
	sets, _ := filepath.Glob("testdata/unseen*")
	sort.Slice(sets, func(i, j int) bool { return setNum(sets[i]) < setNum(sets[j]) })
	var out []string
	for _, set := range sets {
		dirs, _ := os.ReadDir(set)
		for _, d := range dirs {
			if d.IsDir() {
				out = append(out, set+"/"+d.Name())
			}
		}
	}
	return out
}

func setNum(s string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(s), "unseen"))
	if err != nil {
		return 1
	}
	return n
}

type learnKey struct {
	t        kg.RelType
	from, to int
}

// learnDumpArticle writes one article's line and its candidates' lines.
func learnDumpArticle(t *testing.T, w *bufio.Writer, art int, set, dir string) {
	ins, rej := ReadPaths([]string{dir}, strings.NewReader(""))
	if len(rej) > 0 || len(ins) != 1 {
		t.Fatalf("%s: %d inputs, rejects %v", dir, len(ins), rej)
	}
	g := MustReadGold(t, dir+"/gold.json")
	doc, _ := MustExtractDir(t, dir)
	s := scoreDocument(doc, g)
	fmt.Fprintf(w, "A %d %s %s %d %d %d %d\n", art, filepath.Base(set), filepath.Base(dir), s.RelTP, s.RelFP, s.RelFound, s.RelGold)

	all := append(append([]goldEntity{}, g.Entities...), g.OptionalEntities...)
	match := func(typ kg.NodeType, names map[string]bool) int {
		for i, e := range all {
			if e.Type != typ {
				continue
			}
			for k := range foldSet(e.Name, e.Aliases) {
				if names[k] {
					return i
				}
			}
		}
		return -1
	}
	endOf := func(name string, types []kg.NodeType) int {
		for i, e := range all {
			if kg.Fold(e.Name) == kg.Fold(name) && typeIn(e.Type, types) {
				return i
			}
		}
		return -1
	}
	goldRel := map[learnKey]int{}
	for i, r := range g.Relations {
		for _, ty := range r.Type {
			rt := kg.RelType(ty)
			goldRel[learnKey{rt, endOf(r.From, allowed[rt][0]), endOf(r.To, allowed[rt][1])}] = i
		}
	}
	optRel := map[learnKey]bool{}
	for _, r := range g.OptionalRels {
		for _, ty := range r.Type {
			rt := kg.RelType(ty)
			optRel[learnKey{rt, endOf(r.From, allowed[rt][0]), endOf(r.To, allowed[rt][1])}] = true
		}
	}
	// gold relations the document already has
	nodeGold := map[string]int{}
	for _, n := range doc.Nodes {
		if i := match(n.Type, foldSet(n.Name, n.Aliases)); i >= 0 {
			nodeGold[n.ID] = i
		}
	}
	found := map[int]bool{}
	for _, e := range doc.Edges {
		f, okf := nodeGold[e.From]
		to, okt := nodeGold[e.To]
		if i, ok := goldRel[learnKey{e.Type, f, to}]; ok && okf && okt {
			found[i] = true
		}
	}

	in := ins[0]
	a := newArticle(&in)
	r := a.run()
	cands := a.learnCandidates(r, nil, true, nil)
	gi := make([]int, len(r.ents))
	for e := range r.ents {
		names := map[string]bool{}
		for _, fc := range r.ents[e].forms {
			names[kg.Fold(fc.form)] = true
		}
		gi[e] = match(r.ents[e].typ, names)
	}
	for _, c := range cands {
		lab, dc := 0, 0
		var keys [learnNT]int
		for ti, rt := range learnTypes {
			gp, gf := gi[c.p], gi[c.f]
			k := learnKey{rt, gp, gf}
			i, isGold := goldRel[k]
			switch {
			case gp < 0 || gf < 0:
				keys[ti] = -1
			case isGold:
				lab |= 1 << ti
				if found[i] {
					keys[ti] = -2
				} else {
					keys[ti] = i
				}
			case optRel[k]:
				dc |= 1 << ti
				keys[ti] = -2
			default:
				keys[ti] = -1
			}
		}
		fmt.Fprintf(w, "C %d %d %d %d %d %d %d", art, c.rules, lab, dc, c.sent, c.rchar, c.kind)
		for _, k := range keys {
			fmt.Fprintf(w, " %d", k)
		}
		fmt.Fprintf(w, " %d", len(c.feats))
		for _, h := range c.feats {
			fmt.Fprintf(w, " %d", h)
		}
		// the pair's ends (the article's local entities), then for the error
		// table: whether each end matches a gold entity, the types the gold
		// relates the subject with by (any object), and the distinct films
		// named in the cited sentence
		gp, gf := gi[c.p], gi[c.f]
		subjRels := 0
		for ti, rt := range learnTypes {
			for k := range goldRel {
				if k.t == rt && k.from == gp && gp >= 0 {
					subjRels |= 1 << ti
				}
			}
		}
		sentFilms := 0
		if c.sent >= 0 {
			seenF := map[int]bool{}
			for mi := range a.ments {
				m := &a.ments[mi]
				if int(m.sent) != int(c.sent) || m.ent < 0 {
					continue
				}
				e := a.find(int(m.ent))
				if a.ents[e].typ == kg.Film && !seenF[e] {
					seenF[e] = true
					sentFilms++
				}
			}
		}
		fmt.Fprintf(w, " %d %d %t %t %d %d", c.p, c.f, gp >= 0, gf >= 0, subjRels, sentFilms)
		fmt.Fprintln(w)
	}
}
