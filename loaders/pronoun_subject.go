package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// obituaryPerson returns the mention of the person an obituary is about
// when subjectPerson finds none: the full personal name opening the first
// sentence (with no headline line of its own: "P, the character actor
// who ..., has died.") or the headline line ("P, the Face You Saw In
// Every Precinct, Dies at 78"), where that sentence tells of a death and
// the name comes back (in full or by the surname) in at least two later
// sentences; else -1.
func (a *article) obituaryPerson() int {
	if len(a.sents) < 4 || !a.deathIn(0) {
		return -1
	}
	first := a.openingPerson(0)
	if a.toks[a.sents[1].a].nl > 0 {
		first = a.headlinePerson()
	}
	if first < 0 {
		return -1
	}
	m := &a.ments[first]
	if m.words < 2 {
		return -1
	}
	surname := m.key[strings.LastIndexByte(m.key, ' ')+1:] // folded as keys are ("Peñarroja")
	again := 0
	last := m.sent
	for mi := first + 1; mi < len(a.ments) && again < 2; mi++ {
		if o := &a.ments[mi]; o.sent > last && a.namesAgain(o, m.key, surname, true) {
			again++
			last = o.sent
		}
	}
	if again < 2 {
		return -1
	}
	return first
}

// headlinePerson returns the first mention of the first body paragraph
// (its first three sentences) that names, in full, the person whose name
// opens the headline line; else -1.
func (a *article) headlinePerson() int {
	h := &a.sents[0]
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent == 0 {
			continue
		}
		if m.sent > 3 || a.toks[a.sents[m.sent].a].nl >= 2 && m.sent > 1 {
			break
		}
		n := int(m.b - m.a)
		if m.words < 2 || !m.personShaped() || m.typ != "" && m.typ != kg.Person || h.a+n > h.b {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = a.toks[h.a+k].lower == a.toks[int(m.a)+k].lower
		}
		if same {
			return mi
		}
	}
	return -1
}

// deathIn reports whether sentence si tells of a death (deathWords).
func (a *article) deathIn(si int) bool {
	s := &a.sents[si]
	for i := s.a; i < s.b; i++ {
		if a.toks[i].kind == kWord && a.tokIn(i, deathWords) {
			return true
		}
	}
	return false
}
