package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// joinParticleNames joins a name and the particle form after it that a
// second particle separates from it ("Jorik" "van" "de Brug" → "Jorik van
// de Brug", "Lena" "von" "der Lahn"): the mention finder reads one
// particle into a name, not two. The first name is of one or two words,
// not quoted, untyped or typed a person or a character; the second is the
// particle form right after one lower-case particle. The joined mention
// keeps the stronger person or character type of the two. It returns
// nothing; the mentions change in place (the second one goes).
func (a *article) joinParticleNames() {
	if a.ownedFilm != nil {
		return // (mention indexes are held already)
	}
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		p := int(l.b)
		if !r.short || l.sent != r.sent || l.quoted || l.the || l.words > 2 || int(r.a) != p+1 || l.typ != "" && !pcType(l.typ) || r.typ != "" && !pcType(r.typ) {
			continue
		}
		if t := &a.toks[p]; t.kind != kWord || t.cap || !particles[t.lower] || !a.toks[l.a].cap {
			continue
		}
		typ, strength := l.typ, l.strength
		if r.strength > strength {
			typ, strength = r.typ, r.strength
		}
		a.rementionAt(k, int(l.sent), int(l.a), int(r.b), typ, strength)
		a.ments = append(a.ments[:k+1], a.ments[k+2:]...)
		if a.subjMention > k+1 {
			a.subjMention--
		} else if a.subjMention == k+1 {
			a.subjMention = k
		}
	}
}

// joinNicknamedNames joins a given name, a nickname of two or three words
// in quotation marks and a surname into one name (`Rolf "The Cutter"
// Dahlgren`), as the mention finder does for a one-word nickname
// (`Ottoline "Tolly" Vole`). The given name is one capitalised word, the
// surname a name of one or two words, neither quoted; both are untyped or
// typed a person or a character, and the joined mention keeps the
// stronger type. It returns nothing; the mentions change in place (the
// surname's and the nickname's go).
func (a *article) joinNicknamedNames() {
	if a.ownedFilm != nil {
		return // (mention indexes are held already)
	}
	for k := 0; k+1 < len(a.ments); k++ {
		l := &a.ments[k]
		q := int(l.b)
		if l.quoted || l.the || l.words != 1 || l.typ != "" && !pcType(l.typ) || q+4 >= a.sents[l.sent].b || a.toks[q].kind != kQuote || !a.toks[q].open {
			continue
		}
		c := q + 1
		for c < q+5 && a.toks[c].kind == kWord && a.toks[c].cap {
			c++
		}
		if c-q-1 < 2 || c-q-1 > 3 || a.toks[c].kind != kQuote || a.toks[c].open {
			continue
		}
		r := k + 1
		for r < len(a.ments) && a.ments[r].sent == l.sent && int(a.ments[r].a) <= c {
			r++ // the nickname's own mention
		}
		if r >= len(a.ments) || a.ments[r].sent != l.sent || int(a.ments[r].a) != c+1 || a.ments[r].quoted || a.ments[r].words > 2 ||
			a.ments[r].typ != "" && !pcType(a.ments[r].typ) {
			continue
		}
		typ, strength := l.typ, l.strength
		if a.ments[r].strength > strength {
			typ, strength = a.ments[r].typ, a.ments[r].strength
		}
		a.rementionAt(k, int(l.sent), int(l.a), int(a.ments[r].b), typ, strength)
		a.ments = append(a.ments[:k+1], a.ments[r+1:]...)
		if gone := r - k; a.subjMention > r {
			a.subjMention -= gone
		} else if a.subjMention > k {
			a.subjMention = k
		}
	}
}

// rementionAt replaces mention k with a new mention of tokens from..to-1
// of sentence si, typed typ at strength: a name joined across a particle,
// a calendar word or a family name, keeping mention k's place in the list.
func (a *article) rementionAt(k, si, from, to int, typ kg.NodeType, strength int8) {
	n := len(a.ments)
	a.addMention(si, from, to, false)
	joined := a.ments[n]
	a.ments = a.ments[:n]
	joined.setType(typ, strength)
	a.ments[k] = joined
}
