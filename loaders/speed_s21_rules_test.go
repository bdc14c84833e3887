package loaders

import (
	"testing"
)

// TestFastIn checks (*pctx).in's fast path (speed_s21_rules_in.go) against the
// sets' maps: every registered set, at word items (looked up and not),
// at a mention and out of the sentence.
func TestFastIn(t *testing.T) {
	words := []string{"as", "played", "directed", "the", "cast", "xylophonic", "co-starring", "cinematographers", ",", ""}
	for _, w := range words {
		t.Run("word="+w, func(t *testing.T) {
			for _, looked := range []bool{false, true} {
				it := item{m: -1, w: w}
				if looked {
					it.v = vocabRow(w) + 1
				}
				p := &pctx{it: []item{{m: 0, w: "Perrin Vasquez"}, it}}
				for k, set := range regSets {
					if got := p.in(1, set); got != set[w] {
						t.Fatalf("set %d (looked up %v): in = %v, map says %v", k, looked, got, set[w])
					}
				}
			}
		})
	}
	t.Run("mention", func(t *testing.T) {
		p := &pctx{it: []item{{m: 0, w: "as"}}}
		if p.in(0, castRoleVerbs) {
			t.Fatal("a mention item is in a set")
		}
	})
	t.Run("outside", func(t *testing.T) {
		p := &pctx{it: []item{{m: -1, w: "as"}}}
		for k, set := range regSets {
			if p.in(-1, set) != set[""] || p.in(1, set) != set[""] {
				t.Fatalf("set %d: out of the sentence, in differs from set[\"\"]", k)
			}
		}
	})
	t.Run("unregistered", func(t *testing.T) {
		set := map[string]bool{"as": true}
		p := &pctx{it: []item{{m: -1, w: "as"}, {m: -1, w: "was"}}}
		if !p.in(0, set) || p.in(1, set) {
			t.Fatal("a set made by hand is not read from its map")
		}
	})
}

// TestFastSentenceHas checks sentenceHas and wIn on the fast slots.
func TestFastSentenceHas(t *testing.T) {
	cases := []struct {
		name  string
		words []string
		set   map[string]bool
		want  bool
	}{
		{"copula", []string{"she", "is", "here"}, copulas, true},
		{"no copula", []string{"she", "left", "here"}, copulas, false},
		{"only a mention", []string{}, copulas, false},
		{"by hand", []string{"salt", "ledger"}, map[string]bool{"ledger": true}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := &pctx{it: []item{{m: 0, w: "is"}}}
			for _, w := range c.words {
				p.it = append(p.it, item{m: -1, w: w})
			}
			if got := p.sentenceHas(c.set); got != c.want {
				t.Fatalf("sentenceHas = %v, want %v", got, c.want)
			}
			for k := range p.it {
				if k > 0 && p.wIn(k, c.set) != c.set[p.it[k].w] {
					t.Fatalf("wIn(%d) differs from the map", k)
				}
			}
		})
	}
}

// TestClauseGateWords: every trigger set of clauseFallback's word loops is
// in clauseGateWords (a trigger word left out would silence its rule).
func TestClauseGateWords(t *testing.T) {
	for k, s := range clauseGateSets() {
		for w := range s {
			if !clauseGateWords[w] {
				t.Errorf("set %d: %q is not in clauseGateWords", k, w)
			}
		}
	}
	for _, w := range []string{"directed", "editors", "is", "led", "plays", "on", "debut", "starring", "producer"} {
		t.Run(w, func(t *testing.T) {
			p := &pctx{it: []item{{m: -1, w: w}}}
			if !p.clauseGate(0) {
				t.Fatalf("the clause gate closes at %q", w)
			}
		})
	}
	p := &pctx{it: []item{{m: -1, w: "lanterns"}}}
	if p.clauseGate(0) {
		t.Fatal("the clause gate opens at a word no rule acts at")
	}
}

// TestClauseGateComplete extracts every article of the test pool with the
// clause gate on and off, learned credits on: the outputs must be the
// same.
func TestClauseGateComplete(t *testing.T) {
	if on, off := mustGateOutputs(t, &clauseGateOff); string(on) != string(off) {
		t.Error("the clause gate changes the output")
	}
}

// TestKeySetsComplete: the key sets that gate map look-ups hold exactly
// the maps' keys.
func TestKeySetsComplete(t *testing.T) {
	cases := []struct {
		name string
		keys map[string]bool
		n    int
		has  func(string) bool
	}{
		{"craftOfIt", craftOfItKeys, len(craftOfIt), func(w string) bool { _, ok := craftOfIt[w]; return ok }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if len(c.keys) != c.n {
				t.Fatalf("%d keys, the map has %d", len(c.keys), c.n)
			}
			for w := range c.keys {
				if !c.has(w) {
					t.Fatalf("%q is no key of the map", w)
				}
				if row := vocabRow(w); !rowIn(row, w, c.keys) {
					t.Fatalf("%q: the vocabulary bits miss it", w)
				}
			}
		})
	}
}
