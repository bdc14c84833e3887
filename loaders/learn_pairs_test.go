package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// learnRun runs the rules alone on text (id "t") and returns the article
// and its result, the classifier switched off.
func learnRun(t *testing.T, text string) (*article, *localResult) {
	t.Helper()
	a := testArticle(text, "") // (learned not set: the rules alone)
	return a, a.run()
}

// TestLearnFeaturesNoNames checks that no name or title reaches the
// classifier: articles that differ only in their names give identical
// features, and every word read is lower case or a shape.
func TestLearnFeaturesNoNames(t *testing.T) {
	const text = "Lantern Bay review: a patient mystery\n\nLantern Bay is a patient mystery. Orla Venmire leads the cast as a ferry pilot, and Daniel Dunleary is excellent as her brother. The film was directed by Hollis Prade, who also wrote Salt Meridian, and produced by Fenn Abery.\n\nVenmire, who starred in Glass Orchard, called Lantern Bay her hardest role."
	renamed := strings.NewReplacer("Lantern Bay", "Copper Ridge", "Orla Venmire", "Maria Kestrel", "Venmire", "Kestrel",
		"Daniel Dunleary", "Thomas Brannagh", "Hollis Prade", "Anna Molvar", "Salt Meridian", "Paper Harbour",
		"Fenn Abery", "Peter Castellan", "Glass Orchard", "Iron Meadow").Replace(text)
	feats := func(text string) ([]pairCand, *article) {
		a, r := learnRun(t, text)
		return a.learnCandidates(r, nil, true, nil), a
	}
	c1, a1 := feats(text)
	c2, _ := feats(renamed)
	if len(c1) == 0 {
		t.Fatal("no candidate pairs")
	}
	if len(c1) != len(c2) {
		t.Fatalf("%d candidates, %d after renaming: the rules read the names differently, pick others", len(c1), len(c2))
	}
	for i := range c1 {
		if !slices.Equal(c1[i].feats, c2[i].feats) {
			t.Errorf("candidate %d: features change with the names", i)
		}
	}
	tokMent := make([]uint8, len(a1.toks))
	for k := range a1.toks {
		w := a1.learnWord(k, tokMent)
		if strings.ToLower(w) != w && !strings.HasPrefix(w, "<") {
			t.Errorf("token %q read as %q", a1.toks[k].text, w)
		}
	}
}

// TestLearnHook checks the hook with a made-up model that is sure of
// every ACTED_IN and sure every rule DIRECTED credit is wrong: it adds the
// credit the rules did not emit (only when the article's learned is set), citing the sentence where the pair meets,
// never to a pair the rules credited, and drops the DIRECTED credit.
func TestLearnHook(t *testing.T) {
	const text = "Lantern Bay, reviewed\n\nLantern Bay is a patient mystery directed by Hollis Prade. Daniel Dunleary, seen last year at a festival, turns up in Lantern Bay."
	a, r := learnRun(t, text)
	has := func(rel kg.RelType, p, f string) *lclaim {
		for i := range r.claims {
			c := &r.claims[i]
			if c.rel == rel && c.subj >= 0 && c.obj >= 0 && r.ents[c.subj].key == p && r.ents[c.obj].key == f {
				return c
			}
		}
		return nil
	}
	if has(kg.Directed, "hollis prade", "lantern bay") == nil {
		t.Fatal("the rules miss the director: the test needs another sentence")
	}
	if has(kg.ActedIn, "daniel dunleary", "lantern bay") != nil {
		t.Fatal("the rules find the actor: the test needs another sentence")
	}
	m := &learnModel{w: make([]int8, learnDim*learnNH), drops: true}
	for h := range m.thr {
		m.scale[h], m.bias[h], m.thr[h] = 1, -10, 0
	}
	m.bias[0] = 10          // ACTED_IN: always
	m.bias[learnNT+1] = -10 // drop DIRECTED: always
	m.thr[learnNT+1] = -5   // (below the threshold)
	was := learnModel0
	loadLearnModel()
	learnModel0 = m
	defer func() { learnModel0 = was }()
	n := len(r.claims)
	a.learnCredits(r)
	if len(r.claims) != n || has(kg.ActedIn, "daniel dunleary", "lantern bay") != nil {
		t.Fatal("the classifier ran without Options.LearnedCredits")
	}
	a.learned = true
	a.learnCredits(r)
	c := has(kg.ActedIn, "daniel dunleary", "lantern bay")
	if c == nil {
		t.Fatal("no ACTED_IN added")
	}
	if !strings.HasPrefix(c.src.Quote, "Daniel Dunleary, seen") {
		t.Errorf("cites %q", c.src.Quote)
	}
	if has(kg.ActedIn, "hollis prade", "lantern bay") != nil {
		t.Error("ACTED_IN added to a pair the rules credit")
	}
	if has(kg.Directed, "hollis prade", "lantern bay") != nil {
		t.Error("the DIRECTED credit was not dropped")
	}
}

// TestLearnModelDecodes checks that the embedded model is well formed and
// small.
func TestLearnModelDecodes(t *testing.T) {
	if len(learnModelBin) > 1<<20 {
		t.Errorf("model is %d bytes", len(learnModelBin))
	}
	if decodeLearnModel(learnModelBin) == nil {
		t.Fatal("the embedded model does not decode")
	}
}
