// Command trainpairs trains, cross-validates and writes the credit
// classifier of loaders/learn_pairs.go.
//
// Usage (from the repository root):
//
//	LEARN_DUMP=/tmp/pairs.txt go test ./loaders -run 'TestLearnDump$' -count=1
//	go run ./loaders/internal/trainpairs -in /tmp/pairs.txt -cv          # the CV table (by accounting)
//	go run ./loaders/internal/trainpairs -in /tmp/pairs.txt -out loaders/learn_model.bin
//
// (or "go generate -run learn_pairs ./loaders" for the last two steps but
// -cv; TestLearnCV, not under -short, does all of it in a temporary dir). The -cv table
// counts a held-out added credit right when the gold has it and the rules'
// document did not, wrong when the gold does not; the end-to-end check runs
// the whole extractor and scorer with each fold's model:
//
//	mkdir -p /tmp/folds && go run ./loaders/internal/trainpairs -in /tmp/pairs.txt -cv -cvdir /tmp/folds
//	LEARN_CV=/tmp/folds go test ./loaders -run 'TestLearnCV$' -count=1 -v
//
// The data are the candidate pairs of every committed test article with
// labels from its gold.json. Training is deterministic: logistic
// regression, one binary head per credit type, plain SGD over the examples
// in file order for a fixed number of epochs. Thresholds are chosen by
// cross-validation by author-set group inside the training data only.
// With -cv, each group of author sets (the ratchet groups) is held out in
// turn: the model and its thresholds are fitted on the other groups and
// the held-out group's relation P/R/F1 are reported with and without it.
package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

const (
	nt   = 10
	nh   = 2 * nt // heads: adds a credit of type h; h-nt: drops one the rules emitted
	bits = 16
	dim  = 1 << bits
)

var typeNames = [nt]string{"ACTED_IN", "DIRECTED", "PRODUCED", "WROTE", "WORKED_ON", "APPEARS_IN",
	"PORTRAYED", "ORG_PRODUCED", "DISTRIBUTED", "MEMBER_OF"}

// typeKind is the kind of pair each head scores (loaders' learnTypeKind):
// 0 (person, film), 1 (character, film), 2 (person, character),
// 3 (organisation, film), 4 (character, organisation).
var typeKind = [nt]int{0, 0, 0, 0, 0, 1, 2, 3, 3, 4}

type article struct {
	set, dir            string
	group               int
	tp, fp, found, gold int
}

type cand struct {
	art, idx       int // idx: the candidate's line among the file's C lines
	rules, lab, dc int
	sent, rchar    int
	kind           int // the kind of pair (typeKind)
	p, f           int // the pair's ends (local entities of the article; -1 when not dumped)
	// for the error table (when dumped): whether each end matches a gold
	// entity, the types (bits) the gold relates the subject with, the
	// films named in the cited sentence
	gp, gf              bool
	subjRels, sentFilms int
	keys                [nt]int
	feats               []uint32
}

// groups: the ratchet groups of loaders/unseen_test.go, by first set number
var groupStarts = []int{1, 9, 15, 20, 25, 29, 33, 37, 41, 49, 57, 65, 73, 78, 83, 88, 93, 98, 103, 108, 113, 118, 123, 128, 133, 138, 143, 148, 153, 159, 164}

func groupOf(set string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(set, "unseen"))
	if err != nil {
		n = 1
	}
	g := 0
	for i, s := range groupStarts {
		if n >= s {
			g = i
		}
	}
	return g
}

func groupName(g int) string {
	end := 168
	if g+1 < len(groupStarts) {
		end = groupStarts[g+1] - 1
	}
	return fmt.Sprintf("unseen%d-%d", groupStarts[g], end)
}

func read(path string) ([]article, []cand) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var arts []article
	var cs []cand
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		x := strings.Fields(sc.Text())
		n := func(i int) int {
			v, err := strconv.Atoi(x[i])
			if err != nil {
				log.Fatal(err)
			}
			return v
		}
		switch x[0] {
		case "A":
			arts = append(arts, article{set: x[2], dir: x[3], group: groupOf(x[2]), tp: n(4), fp: n(5), found: n(6), gold: n(7)})
		case "C":
			c := cand{idx: len(cs), art: n(1), rules: n(2), lab: n(3), dc: n(4), sent: n(5), rchar: n(6), kind: n(7)}
			for t := 0; t < nt; t++ {
				c.keys[t] = n(8 + t)
			}
			k := n(8 + nt)
			c.feats = make([]uint32, k)
			for i := 0; i < k; i++ {
				c.feats[i] = uint32(n(9 + nt + i))
			}
			c.p, c.f = -1, -1
			if len(x) >= 11+nt+k {
				c.p, c.f = n(9+nt+k), n(10+nt+k)
			}
			if len(x) >= 15+nt+k {
				c.gp, c.gf = x[11+nt+k] == "true", x[12+nt+k] == "true"
				c.subjRels, c.sentFilms = n(13+nt+k), n(14+nt+k)
			}
			cs = append(cs, c)
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	return arts, cs
}

// usable reports whether c is an example for head h: the model adds
// credits the rules did not emit, from pairs that share a sentence, and
// drops credits the rules emitted without a character.
func usable(c *cand, h int) bool {
	if c.kind != typeKind[h%nt] || skipped[h%nt] {
		return false
	}
	if h >= nt {
		t := h - nt
		return *drops && c.rules&(1<<t) != 0 && c.rchar&(1<<t) == 0
	}
	return c.sent >= 0 && c.rules&(1<<h) == 0 && (!*fresh || c.rules == 0)
}

type model struct {
	w    [nh][]float64
	bias [nh]float64
}

var (
	epochs  = flag.Int("epochs", 8, "SGD epochs")
	lr0     = flag.Float64("lr", 0.1, "learning rate")
	l2      = flag.Float64("l2", 1e-5, "L2 penalty per step")
	posW    = flag.Float64("posw", 1, "weight of positive examples")
	drops   = flag.Bool("drops", false, "train the heads that drop rule credits")
	fresh   = flag.Bool("fresh", true, "add credits only to pairs the rules credit with nothing")
	errs    = flag.String("errs", "", "with -cv, append the held-out added credits to this file")
	skip    = flag.String("skip", "", "comma-separated types (typeNames) not to train: they add nothing")
	skipped [nt]bool
)

func train(cs []cand, use func(*cand) bool) *model {
	m := &model{}
	for t := 0; t < nh; t++ {
		m.w[t] = make([]float64, dim)
	}
	step := 0
	for ep := 0; ep < *epochs; ep++ {
		lr := *lr0 / (1 + float64(ep))
		for i := range cs {
			c := &cs[i]
			if !use(c) {
				continue
			}
			step++
			for t := 0; t < nh; t++ {
				if !usable(c, t) || c.dc&(1<<(t%nt)) != 0 {
					continue
				}
				w := m.w[t]
				z := m.bias[t]
				for _, h := range c.feats {
					z += w[h]
				}
				y := float64(c.lab >> (t % nt) & 1)
				g := 1/(1+math.Exp(-z)) - y
				if y == 1 {
					g *= *posW
				}
				m.bias[t] -= lr * g
				for _, h := range c.feats {
					w[h] -= lr * (g + *l2*w[h])
				}
			}
		}
	}
	return m
}

func (m *model) score(c *cand, t int) float64 {
	z := m.bias[t]
	for _, h := range c.feats {
		z += m.w[t][h]
	}
	return z
}

type totals struct {
	tp, fp, found, gold int
	addTP, addFP        [nt]int
	dropTP, dropFP      [nt]int
}

func (s totals) f1() (p, r, f float64) {
	p = float64(s.tp) / float64(s.tp+s.fp)
	r = float64(s.found) / float64(s.gold)
	return p, r, 2 * p * r / (p + r)
}

// pred is a scored example of held-out data
type pred struct {
	c *cand
	s [nh]float64
}

// evaluate returns the totals of the articles in arts (selected by inArt)
// with the credits of preds whose margin passes thr added.
func evaluate(arts []article, inArt func(int) bool, preds []pred, thr [nh]float64) totals {
	var s totals
	for i, a := range arts {
		if inArt(i) {
			s.tp += a.tp
			s.fp += a.fp
			s.found += a.found
			s.gold += a.gold
		}
	}
	type key struct{ art, k int }
	got := map[key]bool{}
	for _, p := range preds {
		for t := 0; t < nt; t++ {
			if !usable(p.c, t) || p.s[t] <= thr[t] {
				continue
			}
			switch k := p.c.keys[t]; {
			case k == -1:
				s.fp++
				s.addFP[t]++
			case k >= 0 && !got[key{p.c.art, k}]:
				got[key{p.c.art, k}] = true
				s.tp++
				s.found++
				s.addTP[t]++
			}
		}
		for t := 0; t < nt; t++ {
			h := nt + t
			if !usable(p.c, h) || p.s[h] >= thr[h] || p.c.dc&(1<<t) != 0 {
				continue
			}
			switch {
			case p.c.lab&(1<<t) != 0 && p.c.keys[t] == -2:
				s.tp--
				s.found--
				s.dropTP[t]++
			case p.c.lab&(1<<t) == 0:
				s.fp--
				s.dropFP[t]++
			}
		}
	}
	return s
}

// chooseThresholds picks per-type margins maximising pooled F1 over the
// out-of-fold predictions preds of the articles inArt (coordinate ascent).
// The add margins stop at -1 (a learned credit needs a probability of at
// least 0.27): lower margins were chosen only for MEMBER_OF, on a flat
// optimum (the 29-group CV is 0.7596 with and without them), and they let
// through credits the model itself rates three-to-one wrong.
func chooseThresholds(arts []article, inArt func(int) bool, preds []pred) [nh]float64 {
	thr := noThresholds()
	best := 0.0
	{
		_, _, best = evaluate(arts, inArt, preds, thr).f1()
	}
	for pass := 0; pass < 2; pass++ {
		for t := 0; t < nh; t++ {
			grid := []float64{1e9, 3, 2.5, 2, 1.5, 1, 0.75, 0.5, 0.25, 0, -0.25, -0.5, -0.75, -1}
			if t >= nt {
				if !*drops {
					continue
				}
				grid = []float64{-1e9, -5, -4, -3.5, -3, -2.5, -2, -1.5, -1}
			}
			for _, v := range grid {
				try := thr
				try[t] = v
				if _, _, f := evaluate(arts, inArt, preds, try).f1(); f > best+1e-9 {
					best, thr = f, try
				}
			}
		}
	}
	return thr
}

func predict(m *model, cs []cand, use func(*cand) bool) []pred {
	var out []pred
	for i := range cs {
		c := &cs[i]
		if !use(c) {
			continue
		}
		p := pred{c: c}
		for t := 0; t < nh; t++ {
			p.s[t] = m.score(c, t)
		}
		out = append(out, p)
	}
	return out
}

// fitWithThresholds trains on the groups in train and chooses thresholds
// by an inner leave-one-group-out CV over those groups.
func fitWithThresholds(arts []article, cs []cand, train map[int]bool) (*model, [nh]float64) {
	var oof []pred
	var gs []int
	for g := range train {
		gs = append(gs, g)
	}
	sort.Ints(gs)
	for _, g := range gs {
		m := train2(arts, cs, func(ag int) bool { return train[ag] && ag != g })
		oof = append(oof, predict(m, cs, func(c *cand) bool { return arts[c.art].group == g })...)
	}
	thr := chooseThresholds(arts, func(i int) bool { return train[arts[i].group] }, oof)
	return train2(arts, cs, func(ag int) bool { return train[ag] }), thr
}

func train2(arts []article, cs []cand, inGroup func(int) bool) *model {
	return train(cs, func(c *cand) bool { return inGroup(arts[c.art].group) })
}

// errorTable counts the held-out added credits by head group and cause.
type errorTable struct {
	n      map[[2]string]int // (head group, cause)
	newest map[string]int    // wrong ones of the newest group by cause
}

var errTab = errorTable{n: map[[2]string]int{}, newest: map[string]int{}}

var errGroups = []string{"ACTED_IN", "APPEARS_IN", "PORTRAYED", "other"}

const causeRight = "(right: the gold has it)"

// tallyErrors counts the credits preds add under thr (not those the
// rules' document has already) by cause.
func tallyErrors(e *errorTable, preds []pred, thr [nh]float64, newest bool) {
	for i := range preds {
		p := &preds[i]
		c := p.c
		for t := 0; t < nt; t++ {
			if !usable(c, t) || p.s[t] <= thr[t] || c.keys[t] == -2 {
				continue
			}
			grp := "other"
			if t == 0 || t == 5 || t == 6 {
				grp = typeNames[t]
			}
			var cause string
			switch {
			case c.keys[t] >= 0:
				cause = causeRight
			case c.p < 0:
				cause = "(no error fields dumped)"
			case !c.gp:
				cause = "subject not a gold entity (spurious or mistyped)"
			case !c.gf:
				cause = "object not a gold entity (spurious or mistyped)"
			case c.lab != 0:
				cause = "the gold relates the pair by another type"
			case c.subjRels&(1<<t) != 0 && c.sentFilms >= 2:
				cause = "wrong object: the subject has it with another; >= 2 films in the sentence"
			case c.subjRels&(1<<t) != 0:
				cause = "wrong object: the subject has it with another; < 2 films in the sentence"
			default:
				cause = "the subject has no gold relation of this type"
			}
			e.n[[2]string{grp, cause}]++
			if newest && cause != causeRight {
				e.newest[cause]++
			}
		}
	}
}

func (e *errorTable) print() {
	var causes []string
	seen := map[string]bool{}
	for k := range e.n {
		if !seen[k[1]] {
			seen[k[1]] = true
			causes = append(causes, k[1])
		}
	}
	sort.Strings(causes)
	fmt.Printf("%-76s", "held-out added credits by cause")
	for _, g := range errGroups {
		fmt.Printf(" %10s", g)
	}
	fmt.Printf(" %6s %7s\n", "all", "newest")
	for _, c := range causes {
		fmt.Printf("%-76s", c)
		all := 0
		for _, g := range errGroups {
			fmt.Printf(" %10d", e.n[[2]string{g, c}])
			all += e.n[[2]string{g, c}]
		}
		fmt.Printf(" %6d %7d\n", all, e.newest[c])
	}
}

func main() {
	in := flag.String("in", "", "training data (TestLearnDump's file)")
	out := flag.String("out", "", "write the model trained on all the data here")
	cv := flag.Bool("cv", false, "print the leave-one-group-out cross-validation table")
	cvdir := flag.String("cvdir", "", "with -cv, also write each fold's model to DIR/fold<N>.bin (for TestLearnCV)")
	flag.Parse()
	for _, s := range strings.Split(*skip, ",") {
		for t, n := range typeNames {
			if s == n {
				skipped[t] = true
			}
		}
	}
	arts, cs := read(*in)
	ngroups := len(groupStarts)
	if *cv {
		var base, with totals
		var newBase, newWith totals
		up := 0
		fmt.Printf("%-14s %5s | %-22s | %-22s | %s\n", "held out", "arts", "without P/R/F1", "with P/R/F1", "thresholds")
		for g := 0; g < ngroups; g++ {
			train := map[int]bool{}
			for h := 0; h < ngroups; h++ {
				if h != g {
					train[h] = true
				}
			}
			m, thr := fitWithThresholds(arts, cs, train)
			if *cvdir != "" {
				if err := os.WriteFile(fmt.Sprintf("%s/fold%d.bin", *cvdir, g), encode(m, thr), 0o644); err != nil {
					log.Fatal(err)
				}
			}
			inArt := func(i int) bool { return arts[i].group == g }
			preds := predict(m, cs, func(c *cand) bool { return arts[c.art].group == g })
			b := evaluate(arts, inArt, preds, noThresholds())
			if *errs != "" {
				printAdds(*errs, preds, thr)
			}
			w := evaluate(arts, inArt, preds, thr)
			tallyErrors(&errTab, preds, thr, g == ngroups-1)
			n := 0
			for i := range arts {
				if inArt(i) {
					n++
				}
			}
			bp, br, bf := b.f1()
			wp, wr, wf := w.f1()
			if wf > bf+1e-9 {
				up++
			}
			fmt.Printf("%-14s %5d | %.3f %.3f %.3f | %.3f %.3f %.3f | %+.3f | %v\n", groupName(g), n, bp, br, bf, wp, wr, wf, wf-bf, thr[:nt])
			base.tp, base.fp, base.found, base.gold = base.tp+b.tp, base.fp+b.fp, base.found+b.found, base.gold+b.gold
			with.tp, with.fp, with.found, with.gold = with.tp+w.tp, with.fp+w.fp, with.found+w.found, with.gold+w.gold
			for t := 0; t < nt; t++ {
				with.addTP[t] += w.addTP[t]
				with.addFP[t] += w.addFP[t]
				with.dropTP[t] += w.dropTP[t]
				with.dropFP[t] += w.dropFP[t]
			}
			if g >= ngroups-3 {
				newBase.tp, newBase.fp, newBase.found, newBase.gold = newBase.tp+b.tp, newBase.fp+b.fp, newBase.found+b.found, newBase.gold+b.gold
				newWith.tp, newWith.fp, newWith.found, newWith.gold = newWith.tp+w.tp, newWith.fp+w.fp, newWith.found+w.found, newWith.gold+w.gold
			}
		}
		bp, br, bf := base.f1()
		wp, wr, wf := with.f1()
		fmt.Printf("%-14s %5d | %.3f %.3f %.4f | %.3f %.3f %.4f | %+.4f | folds up %d/%d\n", "pooled", len(arts), bp, br, bf, wp, wr, wf, wf-bf, up, ngroups)
		for t := 0; t < nt; t++ {
			fmt.Printf("  held-out %-9s: added %4d right, %4d wrong; dropped %4d wrong ones (not in the gold), %4d gold ones\n", typeNames[t], with.addTP[t], with.addFP[t], with.dropFP[t], with.dropTP[t])
		}
		bp, br, bf = newBase.f1()
		wp, wr, wf = newWith.f1()
		fmt.Printf("%-14s %5s | %.3f %.3f %.3f | %.3f %.3f %.3f | %+.3f\n", "newest 3 groups", "", bp, br, bf, wp, wr, wf, wf-bf)
		errTab.print()
	}
	if *out != "" {
		all := map[int]bool{}
		for g := 0; g < ngroups; g++ {
			all[g] = true
		}
		m, thr := fitWithThresholds(arts, cs, all)
		if err := os.WriteFile(*out, encode(m, thr), 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("thresholds %v\n", thr)
		in := evaluate(arts, func(int) bool { return true }, predict(m, cs, func(*cand) bool { return true }), thr)
		p, r, f := in.f1()
		fmt.Printf("on its own training data (inflated; a check of the wiring): P %.3f R %.3f F1 %.3f\n", p, r, f)
	}
}

// encode quantises m to one int8 per type and feature (per-type scale),
// keeping the features with some nonzero weight.
func encode(m *model, thr [nh]float64) []byte {
	var scale [nh]float64
	for t := 0; t < nh; t++ {
		mx := 0.0
		for _, v := range m.w[t] {
			mx = math.Max(mx, math.Abs(v))
		}
		scale[t] = mx / 127
		if scale[t] == 0 {
			scale[t] = 1
		}
	}
	b := []byte("LPM2")
	f32 := func(v float64) { b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v))) }
	for t := 0; t < nh; t++ {
		th := math.Max(-math.MaxFloat32, math.Min(thr[t], math.MaxFloat32))
		f32(scale[t])
		f32(m.bias[t])
		f32(th)
	}
	stride := nt // the weights kept per feature: the drop heads only when some drops
	for t := nt; t < nh; t++ {
		if thr[t] > -math.MaxFloat32 {
			stride = nh
		}
	}
	var rows []byte
	n, prev := 0, 0
	for h := 0; h < dim; h++ {
		var q [nh]int8
		keep := false
		for t := 0; t < stride; t++ {
			q[t] = int8(math.Round(m.w[t][h] / scale[t]))
			keep = keep || q[t] != 0
		}
		if !keep {
			continue
		}
		rows = binary.AppendUvarint(rows, uint64(h-prev))
		prev = h
		for t := 0; t < stride; t++ {
			rows = append(rows, byte(q[t]))
		}
		n++
	}
	b = binary.AppendUvarint(b, uint64(n))
	return append(b, rows...)
}

// noThresholds adds and drops nothing.
func noThresholds() (thr [nh]float64) {
	for t := range thr {
		thr[t] = 1e9
		if t >= nt {
			thr[t] = -1e9
		}
	}
	return thr
}

// printAdds appends the held-out credits added under thr to the file path:
// candidate index, type, margin, and whether the gold has it.
func printAdds(path string, preds []pred, thr [nh]float64) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	for _, p := range preds {
		for t := 0; t < nt; t++ {
			if !usable(p.c, t) || p.s[t] <= thr[t] || p.c.keys[t] == -2 {
				continue
			}
			fmt.Fprintf(f, "%d\t%s\t%.2f\t%v\n", p.c.idx, typeNames[t], p.s[t]-thr[t], p.c.keys[t] >= 0)
		}
	}
}
