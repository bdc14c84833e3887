package loaders

import (
	"slices"
	"strings"
	"testing"
)

// TestLearnWordHashCache checks learnCandidates' per-token word hashes
// (learnBufs.wh): features recorded on buffers a longer article used
// before are the ones fresh buffers give, and each cached hash is its
// token's strHash(learnWord).
func TestLearnWordHashCache(t *testing.T) {
	const long = "Copper Ridge review: a slow burn\n\nCopper Ridge is a slow burn. Maria Kestrel leads the cast as a river guide, and Thomas Brannagh is fine as her cousin. The film was directed by Anna Molvar, who also wrote Paper Harbour, and produced by Peter Castellan.\n\nKestrel, who starred in Iron Meadow, called Copper Ridge her longest shoot. Brannagh joined Kestrel again for Iron Meadow 2."
	const short = "Lantern Bay review\n\nLantern Bay is a patient mystery directed by Hollis Prade. Daniel Dunleary, seen last year at a festival, turns up in Lantern Bay with Orla Venmire."
	for _, c := range []struct{ name, before, text string }{
		{"fresh_buffers", "", short},
		{"after_a_longer_article", long, short},
		{"after_the_same_article", short, short},
		// (the same shape, other words at the same token positions: a hash
		// left from the first article would be read for the second)
		{"after_other_words_in_place", strings.NewReplacer("seen last year at a festival", "spotted this spring near the harbour", "patient", "quiet").Replace(short), short},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := new(learnBufs)
			if c.before != "" {
				a0, r0 := learnRun(t, c.before)
				a0.learnCandidates(r0, nil, true, b)
			}
			a, r := learnRun(t, c.text)
			got := a.learnCandidates(r, nil, true, b)
			a2, r2 := learnRun(t, c.text)
			want := a2.learnCandidates(r2, nil, true, nil)
			if len(got) == 0 || len(got) != len(want) {
				t.Fatalf("%d candidates, want %d (and some)", len(got), len(want))
			}
			for i := range got {
				if !slices.Equal(got[i].feats, want[i].feats) {
					t.Fatalf("candidate %d: features differ on reused buffers", i)
				}
			}
			tokMent := b.tokMent[:len(a.toks)]
			hashed := 0
			for k, h := range b.wh[:len(a.toks)] {
				if h == 0 {
					continue
				}
				hashed++
				if w := strHash(a.learnWord(k, tokMent)); h != w {
					t.Fatalf("token %d (%q): cached hash %d, want %d", k, a.toks[k].text, h, w)
				}
			}
			if hashed == 0 {
				t.Fatal("no token hashed: the cache is not used")
			}
		})
	}
}
