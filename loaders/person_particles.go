package loaders

// joinParticleNames joins a name and the particle form after it that a
// second particle separates from it ("Wikus" "van" "de Merwe" → "Wikus van
// de Merwe", "Lena" "von" "der Lahn"): the mention finder reads one
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
		n := len(a.ments)
		a.addMention(int(l.sent), int(l.a), int(r.b), false)
		joined := a.ments[n]
		a.ments = a.ments[:n]
		joined.setType(typ, strength)
		a.ments[k] = joined
		a.ments = append(a.ments[:k+1], a.ments[k+2:]...)
		if a.subjMention > k+1 {
			a.subjMention--
		} else if a.subjMention == k+1 {
			a.subjMention = k
		}
	}
}
