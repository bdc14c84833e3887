package loaders

import (
	"sort"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// possessiveWorkClaims runs the per-article pipeline on text, then
// possessiveWork on every word item of every sentence, and returns the
// credits it added as "REL subject -> object" keys.
func possessiveWorkClaims(tb testing.TB, text string) []string {
	tb.Helper()
	a := runArticle(tb, text)
	var got []string
	for si := range a.sents {
		s := &a.sents[si]
		var items []item
		mi := sort.Search(len(a.ments), func(i int) bool { return int(a.ments[i].sent) >= si })
		for i := s.a; i < s.b; {
			if mi < len(a.ments) && int(a.ments[mi].sent) == si && int(a.ments[mi].start) == int(a.toks[i].start) {
				items = append(items, item{m: int32(mi), t: int32(i)})
				end := a.ments[mi].end
				for i < s.b && a.toks[i].start < end {
					i++
				}
				mi++
				continue
			}
			if t := &a.toks[i]; t.kind != kQuote {
				items = append(items, item{m: -1, t: int32(i), w: t.lower, v: t.itemV()})
			}
			i++
		}
		p := &pctx{a: a, si: int32(si), it: items}
		n := len(a.claims)
		for i := range items {
			if !p.isM(i) {
				p.possessiveWork(i)
			}
		}
		for _, c := range a.claims[n:] {
			if c.subj.m >= 0 && c.obj.m >= 0 {
				got = append(got, string(c.rel)+" "+a.ments[c.subj.m].key+" -> "+a.ments[c.obj.m].key)
			}
		}
	}
	return got
}

func TestPossessiveWork(t *testing.T) {
	cases := []struct {
		name, text string
		want       string // "" for no claim
	}{
		{"acting debut after a relative who",
			"The 2015 horror film The Lantern Keepers was shot in Wales. Julia Castaway, who made her film debut in The Lantern Keepers, plays the innkeeper.",
			string(kg.ActedIn) + " julia castaway -> lantern keepers"},
		{"directing debut",
			"The 2012 thriller The Quiet Weir was shot in Wales. Thomas Trevick, who made his directing debut with The Quiet Weir, will direct the remake.",
			string(kg.Directed) + " thomas trevick -> quiet weir"},
		{"make his next film",
			"The Brass Harbor was a hit. Osric Dellaway took six years to make his next film, The Copper Mile (2021), with a new cast.",
			string(kg.Directed) + " osric dellaway -> copper mile"},
		{"first feature opening the sentence",
			"Lysander Quorne grew up in a port town. His first feature, The Tin Lantern, premiered at a festival.",
			string(kg.Directed) + " lysander quorne -> tin lantern"},
		{"job unknown: nothing",
			"Lysander Quorne grew up in a port town. His new film, The Tin Lantern, premiered at a festival.",
			""},
		{"another's possessive",
			"Lysander Quorne's son, who made his film debut in The Tin Lantern, plays the ferryman.",
			""},
		{"a film before the pronoun",
			"In The Brass Harbor his new film, The Tin Lantern, is mentioned.",
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := possessiveWorkClaims(t, c.text)
			if c.want == "" {
				if len(got) != 0 {
					t.Fatalf("want no claim, got %v", got)
				}
				return
			}
			for _, g := range got {
				if g == c.want {
					return
				}
			}
			t.Fatalf("want %q, got %v", c.want, got)
		})
	}
}
