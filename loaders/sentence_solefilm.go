package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// soleFilm returns the item of the one film the sentence names (typed with
// at least a weak cue, not an owner before "'s"; several items of the same
// film count as one, the last returned), -1 when it names none and -2 when
// it names two or more.
func (p *pctx) soleFilm() int {
	one := -1
	for k := range p.it {
		if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" {
			if one >= 0 && p.mm(one).key != m.key {
				return -2
			}
			one = k
		}
	}
	return one
}
