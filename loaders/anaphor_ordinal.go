package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// originalFallback returns the film "the first film" / "the original"
// names when the subject's own title does not continue an earlier title
// (originalFilm found none), else -1. In order, each only when it gives
// one film:
//   - the franchise's own title as a film ("Gold Rush" the franchise and
//     the film), not the subject itself;
//   - the subject itself, when another film's title continues it ("Gold
//     Rush" beside "Gold Rush: The Return"): the article is about the
//     first film;
//   - the film the subject is a sequel, prequel or spin-off of, by the
//     article's own links, followed back to the film that continues none.
func (a *article) originalFallback() int {
	if a.subjectFilm < 0 {
		return -1
	}
	subj := a.find(int(a.subjectFilm))
	if a.franchise >= 0 {
		fk := a.ents[a.find(int(a.franchise))].key
		if e := a.filmOfKey(fk); e >= 0 && e != subj {
			return e
		}
	}
	if a.continuedTitle(subj) {
		return subj
	}
	e, seen := subj, 0
	for seen < 4 {
		next := a.continuesFilm(e)
		if next < 0 || next == subj {
			break
		}
		e = next
		seen++
	}
	if seen == 0 {
		return -1
	}
	return e
}

// filmOfKey returns the one root film entity with key k, else -1.
func (a *article) filmOfKey(k string) int {
	if k == "" {
		return -1
	}
	best := -1
	for e := range a.ents {
		if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 || a.ents[e].key != k {
			continue
		}
		if best >= 0 {
			return -1
		}
		best = e
	}
	return best
}

// continuedTitle reports whether another film's title continues the title
// of film entity f ("gold rush" in "gold rush: the return", "gold rush 2").
func (a *article) continuedTitle(f int) bool {
	key := a.ents[f].key
	if len(key) < 3 {
		return false
	}
	for e := range a.ents {
		if a.find(e) != e || e == f || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 {
			continue
		}
		k := a.ents[e].key
		if len(k) > len(key)+1 && strings.HasPrefix(k, key) && (k[len(key)] == ' ' || k[len(key)] == ':') {
			return true
		}
	}
	return false
}

// continuesFilm returns the one film entity that the article's claims
// make film entity f a sequel, prequel or spin-off of, else -1 (none, or
// two).
func (a *article) continuesFilm(f int) int {
	best := -1
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.SequelOf && c.rel != kg.PrequelOf && c.rel != kg.SpinOffOf || c.subj.m < 0 || c.obj.m < 0 {
			continue
		}
		s, o := a.ments[c.subj.m].ent, a.ments[c.obj.m].ent
		if s < 0 || o < 0 || a.find(int(s)) != f {
			continue
		}
		o = int32(a.find(int(o)))
		if int(o) == f || a.ents[o].typ != kg.Film {
			continue
		}
		if best >= 0 && best != int(o) {
			return -1
		}
		best = int(o)
	}
	return best
}
