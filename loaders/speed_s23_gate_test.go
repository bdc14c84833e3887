package loaders

import "testing"

// TestClauseGateAgreesWithIn: clauseGate's read of the set's known bit
// gives p.in(t, clauseGateWords) for every word of the vocabulary, for
// words outside it, for a mention and out of the sentence.
func TestClauseGateAgreesWithIn(t *testing.T) {
	words := []string{"lanterns", "", "Perrin", "directed", "of", "hosted"}
	for w := range vocabIDs {
		words = append(words, w)
	}
	for _, w := range words {
		p := &pctx{it: []item{{m: -1, w: w}}}
		q := &pctx{it: []item{{m: -1, w: w}}}
		if got, want := p.clauseGate(0), q.in(0, clauseGateWords); got != want {
			t.Fatalf("clauseGate at %q = %v, in = %v", w, got, want)
		}
	}
	t.Run("mention", func(t *testing.T) {
		p := &pctx{it: []item{{m: 0, w: "directed"}}}
		if p.clauseGate(0) || p.clauseGate(3) != p.in(3, clauseGateWords) {
			t.Fatal("clauseGate differs from in at a mention or out of the sentence")
		}
	})
}
