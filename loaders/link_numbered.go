package loaders

import (
	"iter"
	"strconv"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// numSig is a numbered title's base and sequence number ("x", 2 of "x 2",
// "x ii", "x 2: the subtitle", "x: part two").
type numSig struct {
	base string
	n    int
}

// numberedSequelLinks returns SEQUEL_OF claims between the article's films
// whose titles differ by a sequence number (local entity indexes idx),
// reading every form the article writes of each film (its key and the keys
// of its mentions, so "X 2" still counts when the entity's key is its
// subtitled form "X 2: The Subtitle"):
//   - "X 2" (or "X 2: Sub", "X: Part Two") is the sequel of "X";
//   - "X 3" is the sequel of "X 2";
//   - when the article numbers at most two films of base X, a numbered form
//     is the sequel of the one film whose form carries the number before
//     ("X 3" of "X II: Sub", "X Chapter 2" of "X Chapter 1"); an article
//     numbering more (a ranking of every X film) reads only plain "X N-1".
//
// A film named only hypothetically ("a possible X 4", "Will there be an X
// 3?") takes no link. Each claim is sourced by the first mention of the
// numbered title.
func (a *article) numberedSequelLinks(idx []int32) []lclaim {
	var exact map[string]int // a form's key -> its film, -1 when two films share it
	var sigs map[numSig]int  // a numbered form -> its film, -1 when shared
	var count map[string]int // films with a form numbered 2 or more, by base
	if !a.anyNumberedFilm(idx) {
		return nil // (most articles: no maps to build)
	}
	numbered := 0
	for e := range a.ents {
		if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 || idx[e] < 0 {
			continue
		}
		if exact == nil {
			exact, sigs, count = map[string]int{}, map[numSig]int{}, map[string]int{}
		}
		for key := range a.filmForms(e) {
			putShared(exact, key, e)
			if s, ok := numberedSig(key); ok {
				old, seen := sigs[s]
				if seen && old != e {
					sigs[s] = -1
				} else {
					sigs[s] = e
				}
				if !seen && s.n >= 2 {
					count[s.base]++
				}
				numbered++
			}
		}
	}
	if numbered == 0 {
		return nil
	}
	var out []lclaim
	for e := range a.ents {
		if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 || idx[e] < 0 {
			continue
		}
		p := -1
		for key := range a.filmForms(e) {
			if p >= 0 {
				break
			}
			s, ok := numberedSig(key)
			if !ok || s.n < 2 || s.n > 9 {
				continue
			}
			if s.n == 2 {
				p = sharedAt(exact, s.base, e)
			} else {
				p = sharedAt(exact, s.base+" "+strconv.Itoa(s.n-1), e)
			}
			if p < 0 && count[s.base] <= 2 {
				p = sharedAt(sigs, numSig{s.base, s.n - 1}, e)
			}
		}
		if p < 0 || a.hypotheticalFilm(e) {
			continue
		}
		first := a.ents[e].mentions[0]
		for _, mi := range a.ents[e].mentions {
			if a.ments[mi].start < a.ments[first].start {
				first = mi
			}
		}
		out = append(out, lclaim{rel: kg.SequelOf, subj: idx[e], obj: idx[p], subjCharOf: -1, char: -1, charOf: -1, src: a.source(a.ments[first].sent)})
	}
	return out
}

// filmForms yields the keys of entity e's forms: its own key, then its
// mentions' keys, skipping empty keys and a key equal to the one before.
func (a *article) filmForms(e int) iter.Seq[string] {
	return func(yield func(string) bool) {
		last := ""
		for i := -1; i < len(a.ents[e].mentions); i++ {
			key := a.ents[e].key
			if i >= 0 {
				key = a.ments[a.ents[e].mentions[i]].key
			}
			if key == "" || key == last {
				continue
			}
			last = key
			if !yield(key) {
				return
			}
		}
	}
}

// anyNumberedFilm reports whether a form of a root film of the article
// (its key or a mention's key) carries a sequence number of 2 or more.
func (a *article) anyNumberedFilm(idx []int32) bool {
	for e := range a.ents {
		if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 || idx[e] < 0 {
			continue
		}
		if base, n := titleSig(a.ents[e].key); base != "" && n != "" && n != "1" {
			return true
		}
		for _, mi := range a.ents[e].mentions {
			if k := a.ments[mi].key; k != a.ents[e].key {
				if base, n := titleSig(k); base != "" && n != "" && n != "1" {
					return true
				}
			}
		}
	}
	return false
}

// numberedSig reads a film key's base and sequence number (titleSig),
// writing the base's colons as keys do ("x: y", not "x : y").
func numberedSig(key string) (numSig, bool) {
	base, n := titleSig(key)
	if base == "" || n == "" {
		return numSig{}, false
	}
	num, err := strconv.Atoi(n)
	if err != nil {
		return numSig{}, false
	}
	if strings.Contains(base, " : ") {
		base = strings.ReplaceAll(base, " : ", ": ")
	}
	return numSig{base, num}, true
}

// putShared maps key to e in m, or to -1 when another entity holds it.
func putShared(m map[string]int, key string, e int) {
	if old, ok := m[key]; ok && old != e {
		m[key] = -1
		return
	}
	m[key] = e
}

// sharedAt returns the entity m maps key to, or -1 when none, shared, or e.
func sharedAt[K comparable](m map[K]int, key K, e int) int {
	if p, ok := m[key]; ok && p >= 0 && p != e {
		return p
	}
	return -1
}
