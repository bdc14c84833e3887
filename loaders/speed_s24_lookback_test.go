package loaders

import (
	"math/rand"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// slowPriorType is priorType's look-back as first written (every earlier
// mention, its fields read at each one).
func slowPriorType(p *pctx, i int) kg.NodeType {
	m := p.mm(i)
	if m == nil {
		return ""
	}
	mi := p.mi(i)
	var best kg.NodeType
	var bs int8
	for k := mi - 1; k >= 0 && k >= mi-400; k-- {
		o := &p.a.ments[k]
		if o.typ == "" || o.strength < 2 {
			continue
		}
		if o.key == m.key {
			if o.strength > bs {
				best, bs = o.typ, o.strength
			}
			continue
		}
		if m.words == 1 && bs == 0 && (o.typ == kg.Person || o.typ == kg.Character) && o.words >= 2 && shortFormOf(m.key, o.key) {
			best = o.typ
		}
	}
	return best
}

// slowShortOfPersonShaped is shortOfPersonShaped as first written.
func slowShortOfPersonShaped(p *pctx, i int) bool {
	m := p.mm(i)
	mi := p.mi(i)
	for k := mi - 1; k >= 0 && k >= mi-400; k-- {
		o := &p.a.ments[k]
		if (o.typ == "" || pcType(o.typ)) && o.personShaped() && shortFormOf(m.key, o.key) {
			return true
		}
	}
	return false
}

// TestLookBacksSameAsSlow checks priorType and shortOfPersonShaped (their
// invariants read once, the cheap length tests before shortFormOf, and
// shortOfPersonShaped's scan in order) against the loops they replace, on
// random articles of invented names, short and longer than the 400
// mentions they look back over.
func TestLookBacksSameAsSlow(t *testing.T) {
	keys := []string{"perrin vasquez", "vasquez", "perrin", "the salt ledger", "salt", "ledger", "p", "odile marsh keane",
		"keane", "odile", "marsh", "ox", "the salt", "perrin vasquez jr", "vasquez perrin", ""}
	types := []kg.NodeType{"", kg.Person, kg.Character, kg.Film, kg.Organisation}
	for _, n := range []int{1, 5, 40, 450} {
		for seed := int64(1); seed <= 4; seed++ {
			t.Run("mentions="+itoa(n)+"/seed="+itoa(int(seed)), func(t *testing.T) {
				r := rand.New(rand.NewSource(seed))
				a := &article{}
				for k := 0; k < n; k++ {
					key := keys[r.Intn(len(keys))]
					words := int8(1)
					for _, c := range key {
						if c == ' ' {
							words++
						}
					}
					if r.Intn(8) == 0 {
						words = int8(r.Intn(6))
					}
					a.ments = append(a.ments, mention{key: key, words: words, typ: types[r.Intn(len(types))],
						strength: int8(r.Intn(4)), quoted: r.Intn(9) == 0, the: r.Intn(9) == 0, digit: r.Intn(12) == 0})
				}
				p := &pctx{a: a}
				for k := range a.ments {
					p.it = append(p.it, item{m: int32(k), w: a.ments[k].key})
				}
				for i := range p.it {
					if got, want := p.priorType(i), slowPriorType(p, i); got != want {
						t.Fatalf("mention %d: priorType = %q, slow %q", i, got, want)
					}
					if got, want := p.shortOfPersonShaped(i), slowShortOfPersonShaped(p, i); got != want {
						t.Fatalf("mention %d: shortOfPersonShaped = %v, slow %v", i, got, want)
					}
				}
			})
		}
	}
}
