package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// courtesyNames reads, in an obituary (obituaryLead), "Mr. Crane" (a
// courtesy title and the rest of a name, as obituaries write a person
// already named in full) as that full name ("Harlan Crane"), before the
// article's subject person is looked for: the obituary that calls its
// subject "Mr. Crane" from its second paragraph on names him again in
// every sentence that does. (Elsewhere a courtesy name is read later, as
// a surname, by honorificSurnames: "Mr Crane" in a news item about a film
// must not make the item a piece about him.)
//
// The full name is the one personal name of the article ending in the
// rest of the courtesy name. An obituary also names the subject's
// family, who share the surname ("his daughter, Ruth Crane"): there the
// name is the subject's, the one named first, in the lede (the first
// three sentences), when the title agrees with the pronouns the article
// uses ("Mr." with "he", "Ms." with "she"). It first reads the subject's
// name with a middle name as the name (middleNames).
func (a *article) courtesyNames() {
	if len(a.sents) < 4 || !a.obituaryLead() {
		return
	}
	a.middleNames()
	gender, asked := "", false
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.typ != "" && m.typ != kg.Person || !courtesyTitles[a.toks[m.a].lower] {
			continue
		}
		sp := strings.IndexByte(m.key, ' ')
		if sp < 0 {
			continue
		}
		rest := m.key[sp+1:]
		best, bestWords, bestSent, several := "", int8(0), int32(0), false
		for k := range a.ments {
			o := &a.ments[k]
			if o.words < m.words || !hasSuffixAfter(o.key, " ", rest) || !o.personShaped() ||
				o.typ != "" && o.typ != kg.Person || courtesyTitles[a.toks[o.a].lower] || o.pronoun {
				continue
			}
			switch {
			case best == "":
				best, bestWords, bestSent = o.key, o.words, o.sent
			case o.key == best:
				if o.sent < bestSent {
					bestSent = o.sent
				}
			default:
				several = true
				if o.sent < bestSent {
					best, bestWords, bestSent = o.key, o.words, o.sent
				}
			}
		}
		if best == "" {
			continue
		}
		if !asked {
			asked, gender = true, a.pronounGender()
		}
		if several && (bestSent > 3 || !courtesyAgrees(a.toks[m.a].lower, gender)) {
			continue
		}
		m.key, m.words = best, bestWords
	}
}

// middleNames reads, in an obituary, a personal name of three or four
// words that opens and ends like a two-word name of the lede (its first
// three sentences) as that name: "Harlan Dewitt Pruett was born in 1943"
// in the obituary of "Harlan Pruett" names him with his middle name.
func (a *article) middleNames() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 3 || !m.personShaped() || m.typ != "" && m.typ != kg.Person || m.pronoun {
			continue
		}
		first, last := firstWord(m.key), m.key[strings.LastIndexByte(m.key, ' ')+1:]
		for k := range a.ments {
			o := &a.ments[k]
			if o.sent > 3 {
				break
			}
			if o.words == 2 && o.personShaped() && (o.typ == "" || o.typ == kg.Person) && !o.pronoun &&
				firstWord(o.key) == first && hasSuffixAfter(o.key, " ", last) {
				m.key, m.words = o.key, o.words
				break
			}
		}
	}
}

// courtesyAgrees reports whether a courtesy title fits the pronouns an
// article uses for its people ("he" or "she", pronounGender).
func courtesyAgrees(title, gender string) bool {
	switch title {
	case "mr":
		return gender == "he"
	case "mrs", "ms", "miss":
		return gender == "she"
	}
	return false
}
