package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// realPersonParts names a biopic's part written by a real person's surname
// ("plays Marlowe", "is Okafor", "as Quist") with that person's full name,
// as careful readers name such parts: a one-word character a cue typed
// firmly takes the name of the one longer person of the article whose
// surname it is, when no other name of the article ends in that word and
// that person plays no part in the article. The character stays
// a character (the person keeps an entity of its own).
func (a *article) realPersonParts() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Character || m.words != 1 || m.strength < 3 || m.short || m.key == "" {
			continue
		}
		long := -1
		for k := range a.ments {
			o := &a.ments[k]
			if o.words < 2 || !surnameOf(m.key, o.key) {
				continue
			}
			if o.typ != kg.Person || long >= 0 && a.ments[long].key != o.key {
				long = -2 // another entity ends in the word
				break
			}
			if long < 0 {
				long = k
			}
		}
		if long < 0 || a.actorInArticle(a.ments[long].key) {
			continue
		}
		m.key, m.text = a.ments[long].key, a.ments[long].text
	}
}

// surnameOf reports whether short (a folded one-word key) is the last word
// of long.
func surnameOf(short, long string) bool {
	n := len(long) - len(short)
	return n > 1 && long[n-1] == ' ' && long[n:] == short
}

// actorInArticle reports whether a credit of the article gives a part to
// the person whose folded name is key (or to a short form of it): "Tam
// Quist plays Quist" names no second person, and an actor who plays a
// namesake part ("Ida Quist as Officer Quist") is no real person portrayed.
func (a *article) actorInArticle(key string) bool {
	for _, c := range a.claims {
		if c.rel != kg.ActedIn || c.subj.m < 0 {
			continue
		}
		if sk := a.ments[c.subj.m].key; sk == key || shortFormOf(sk, key) {
			return true
		}
	}
	return false
}
