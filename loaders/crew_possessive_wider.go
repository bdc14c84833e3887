package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possessedOrderWords place a film in a person's body of work between a
// possessive and the kind word ("P's last film, F", "P's previous film",
// "P's independent film F"); they are common words, so the describers
// alone stop at them.
var possessedOrderWords = setOf("last", "previous", "recent", "earlier", "early", "independent", "acclaimed",
	"celebrated", "breakout", "little-seen", "overlooked", "underrated")

// pastPossessedDescribers returns the item after the words describing a
// film between a person's possessive and the kind word or title: the
// describers pastFilmDescribers reads, the order words, and a one-word
// name used as a describer before a kind or describing word ("P's Korean
// horror film F", "P's German hit F", "P's 2002 HBO documentary, F").
func (p *pctx) pastPossessedDescribers(k int) int {
	for n := 0; n < 6 && k < len(p.it); n++ {
		if j := p.pastFilmDescribers(k, true); j > k {
			k = j
			continue
		}
		if m := p.mm(k); m != nil {
			if m.words == 1 && !m.quoted && (m.typ == "" || m.typ == kg.Organisation) && !p.isM(k+1) &&
				(p.wIn(k+1, possessedKindWords) || p.in(k+1, genreNouns) || p.in(k+1, filmNouns) || p.describerWord(k+1)) {
				k++
				continue
			}
			return k
		}
		if !p.wIn(k, possessedOrderWords) {
			return k
		}
		k++
	}
	return k
}

// possessedWiderFilm reads the person's possessive at item i before a
// described film the narrower reading left: a name or order word among
// the describers ("P's Korean horror film F", "P's independent film F"),
// or the title as an appositive after the kind word ("P's last film, F,",
// "P's previous film, the caper F"). It claims P directed F and reports
// whether it did.
func (p *pctx) possessedWiderFilm(i int) bool {
	m := p.mm(i)
	if orgish(m) || !(m.words >= 2 || m.typ == kg.Person || p.priorType(i) == kg.Person) {
		return false
	}
	k := p.pastPossessedDescribers(i + 2)
	if k <= i+2 {
		return false
	}
	if !p.isM(k) && p.w(k) == "," && p.filmKindBefore(k) {
		// "P's last film, F": the title after the kind word's comma
		j := k + 1
		if !p.isM(j) && p.w(j) == "the" {
			j = p.pastFilmDescribers(j+1, true)
			if j <= k+2 || p.isM(j-1) || !p.wIn(j-1, possessedKindWords) {
				return false
			}
		}
		if e := p.w(j + 1); !p.isM(j) || e != "," && e != "." && e != "(" && e != ";" && e != "" && e != "with" {
			return false
		}
		k = j
	} else if !p.isM(k) || !p.filmKindBefore(k) {
		return false
	}
	f := p.mm(k)
	if f.quoted || f.typ != "" && f.typ != kg.Film || f.personShaped() && f.typ == "" && !f.colon && !f.digit && !p.a.headKeys[f.key] {
		return false
	}
	p.typ(i, kg.Person, 3)
	f.setType(kg.Film, 2)
	p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(k)})
	return true
}
