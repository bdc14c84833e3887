package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// personTraining switches on the MEMBER_OF claim (role trainee) of a person
// who "trained at" a body (a person named before, or a one-word name that
// is the short form of a name no cue made a character's): off, as an
// actor's drama school or conservatory is schooling the golds never count
// as membership (tests switch it on).
var personTraining = false

// personShortForm reports whether the one-word name at item k is the
// short form of the nearest earlier full name that shares it ("Reyes"
// after "Dana Reyes") and that name is typed a person or not yet typed:
// the sentence speaks of a person, not a character. The look-back is
// bounded as priorType's is.
func (p *pctx) personShortForm(k int) bool {
	m := p.mm(k)
	if m == nil || m.words != 1 {
		return false
	}
	mi := p.mi(k)
	for q := mi - 1; q >= 0 && q >= mi-400; q-- {
		o := &p.a.ments[q]
		if o.words >= 2 && shortFormOf(m.key, o.key) {
			return o.typ == "" || o.typ == kg.Person
		}
	}
	return false
}
