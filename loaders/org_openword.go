package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// openWordCompany takes back the first word of a company name opening a
// sentence ("New X Cinema distributed ...", "Every X Productions has
// confirmed ...", "Next X World, who distributed ..."): the mention finder
// reads the capital of a common word opening a sentence as the sentence's
// own and starts the name after it. When the mention at item i holds a
// company word, starts at the sentence's second token, and the sentence's
// first token is a capitalised word of companyOpenWords one space before
// it, that word joins the name, and the name is a real-world company.
// A one-word name before "'s" joins it too when the two words are a
// known studio's or platform's name ("New X's Title": knownOpenWordName).
func (p *pctx) openWordCompany(i int) {
	m := p.mm(i)
	s := &p.a.sents[p.si]
	if int(m.a) != int(s.a)+1 || i != 1 || m.quoted || m.colon || m.theOpen || m.words > 4 {
		return // (the cheap tests first)
	}
	prev := &p.a.toks[s.a]
	first := &p.a.toks[m.a]
	if prev.kind != kWord || !prev.cap || !first.space || prev.end+1 != first.start || !tokIn(prev, companyOpenWords) {
		return
	}
	if m.typ != "" && m.typ != kg.Organisation && m.strength >= 2 {
		return
	}
	company := false
	for k := m.a; k < m.b && !company; k++ {
		t := &p.a.toks[k]
		company = t.kind == kWord && (tokIn(t, realOrgWords) || tokIn(t, companyTailWords))
	}
	if !company && !(openWordNamesOn && p.w(i+1) == "'s" && m.words == 1 && knownOpenWordName(prev.lower, m.key)) {
		return
	}
	m.start = prev.start
	m.a--
	m.words++
	m.text = p.a.text[m.start:m.end]
	m.key = nameKey(m.text)
	m.setRealOrg()
}

// openWordNamesOn switches the known-name case of openWordCompany on
// (tests switch it off).
var openWordNamesOn = true

// knownOpenWordName reports whether open word w (lower case) and the
// one-word key after it make the key of a studio or a platform of the
// closed classes studioNames and platformNames. (It runs only at a
// sentence's first two tokens before "'s".)
func knownOpenWordName(w, key string) bool {
	k := w + " " + key
	return studioNames[k] || platformNames[k]
}
