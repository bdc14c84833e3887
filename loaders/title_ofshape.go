package loaders

import "strings"

// markOfTitles marks as titles (titleWords) the names of three or more
// words whose second word is a lower-case "of" ("Harbour of Moths", "Gulls
// of Tarrow", "Summer of Brass"), which would otherwise read as personal
// names and stay untyped. A name stays as it is when it reads as a
// person's or a titled name's ("Agnes of Arnsby", "Duke of Elsinore", "Head of
// Drama", "Aldric of Varn" where "Aldric" stands alone elsewhere): its
// first word a given name, a name title, a role or organisation word, in
// capitals, or a one-word name of the article; written after a
// lower-case article anywhere in the article ("the Bishop of Ely", "the
// House of Varn": a rank or a body);
// or a participle opening its sentence ("Speaking of Archer, ...").
func (a *article) markOfTitles() {
	var alone, ranked map[string]bool // built at the first candidate
	for mi := range a.ments {
		m := &a.ments[mi]
		if !a.ofShaped(m) {
			continue
		}
		if alone == nil {
			alone, ranked = map[string]bool{}, map[string]bool{}
			for k := range a.ments {
				o := &a.ments[k]
				if o.words == 1 && o.b-o.a == 1 {
					alone[o.key] = true
				}
				if a.afterLowerArticle(o) {
					ranked[o.key] = true
				}
			}
		}
		if !alone[a.toks[m.a].lower] && !ranked[m.key] {
			m.titleWords = true
		}
	}
}

// afterLowerArticle reports whether mention m comes right after a
// lower-case "the", "a" or "an" of its sentence.
func (a *article) afterLowerArticle(m *mention) bool {
	p := int(m.a) - 1
	if p < int(a.sents[m.sent].a) {
		return false
	}
	t := &a.toks[p]
	return t.kind == kWord && !t.cap && (t.lower == "the" || t.lower == "a" || t.lower == "an")
}

// ofShaped reports whether mention m is an unquoted name of three to six
// words "W of X ..." not yet read as a title, whose first word W could
// open a title (see markOfTitles).
func (a *article) ofShaped(m *mention) bool {
	if m.titleWords || m.quoted || m.colon || m.allCaps || m.short || m.words < 3 || m.words > 6 || m.b-m.a < 3 {
		return false
	}
	toks := a.toks
	f, of := &toks[m.a], &toks[m.a+1]
	if of.kind != kWord || of.cap || of.lower != "of" || f.kind != kWord || f.allCaps || !f.cap {
		return false
	}
	if isGivenName(f.lower) || tokIn(f, nameTitles) || tokIn(f, roleWords) || tokIn(f, realOrgWords) || tokIn(f, commonWords) {
		return false
	}
	if int(m.a) == int(a.sents[m.sent].a) && strings.HasSuffix(f.lower, "ing") {
		return false // "Speaking of Archer, ..."
	}
	return true
}
