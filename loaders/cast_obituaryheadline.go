package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// An obituary headline names the dead performer first and the works that
// made their name in the appositive before "Dies at N": "Perrin Vasquez,
// Gruff Sergeant of 'Copper Sands' and 'The Salt Ledger', Dies at 84",
// "Mara Quell, 'Harbour Lights' Character Actor, Dies at 73", "Tobin
// Weller, Harrow Gate's Landlord, dies aged 80". Each title there is the
// person's acting credit, unless the appositive names a maker's job
// ("Animator Who Gave C Her Stitches in 'F'"). A title-case headline's
// words are no mentions: the person is the name the body gives in full.

// obitHeadlineOn switches the rule (tests switch it off to check it matters).
var obitHeadlineOn = true

// obitCrewWords in the appositive make the person a maker, not a performer.
var obitCrewWords = setOf("director", "directors", "animator", "animation", "cameraman", "camerawoman", "stuntman", "stuntwoman",
	"stunt", "composer", "songwriter", "producer", "writer", "screenwriter", "creator", "designer", "cinematographer", "editor",
	"showrunner", "novelist", "author", "filmmaker", "choreographer", "executive", "puppeteer", "makeup", "effects")

// obituaryLine reports whether sentence si ends as an obituary headline
// does: "dies" or "dead", "at" or "aged", a number, maybe a full stop.
func (a *article) obituaryLine(si int) bool {
	s := &a.sents[si]
	b := s.b
	if b-1 > s.a && a.toks[b-1].text == "." {
		b--
	}
	if !obitHeadlineOn || b-4 < s.a {
		return false
	}
	d, at := a.toks[b-3].lower, a.toks[b-2].lower
	return (d == "dies" || d == "dead") && (at == "at" || at == "aged") && isDigits(a.toks[b-1].text)
}

// obituaryHeadline claims the acting credits of an obituary headline (see
// above) when sentence p.si is one.
func (p *pctx) obituaryHeadline() {
	if !p.a.obituaryLine(int(p.si)) {
		return
	}
	n := len(p.it)
	d := n - 3
	if p.w(n-1) == "." {
		d--
	}
	// the person: the items before the first comma
	c := 0
	for c < n && c < 5 && p.w(c) != "," {
		c++
	}
	if c == 0 || c >= d-1 || p.w(c) != "," {
		return
	}
	for k := c + 1; k < d-1; k++ {
		if !p.isM(k) && p.wIn(k, obitCrewWords) {
			return
		}
	}
	films := 0
	for k := c + 1; k < d-1; k++ {
		if p.obitHeadTitle(k) {
			films++
		}
	}
	if films == 0 {
		return
	}
	subj := noArg
	if c == 1 && p.isM(0) {
		if !p.isPersonLike(0) {
			return
		}
		subj = mArg(0)
	} else {
		a := p.a
		for k := 0; k < c; k++ {
			if t := &a.toks[p.it[k].t]; p.isM(k) || t.kind != kWord || !t.cap {
				return
			}
		}
		mi := a.mentionNamed(a.text[a.toks[p.it[0].t].start:a.toks[p.it[c-1].t].end], int(p.si))
		if mi < 0 || a.ments[mi].typ != "" && a.ments[mi].typ != kg.Person {
			return
		}
		subj = arg{m: int32(mi), of: -1, abs: true}
	}
	for k := c + 1; k < d-1; k++ {
		if !p.obitHeadTitle(k) {
			continue
		}
		p.mm(k).setType(kg.Film, 2)
		if subj.abs {
			p.a.ments[subj.m].setType(kg.Person, 2)
		} else {
			p.typ(0, kg.Person, 3)
		}
		p.claim(pclaim{rel: kg.ActedIn, subj: subj, obj: mArg(k)})
	}
}

// obitHeadTitle reports whether item k of an obituary headline is a title: a
// film, or an untyped name (a title-case line's names are typed late) the
// body types a film, or a quoted one the body names and no possessive
// owns; not a part after a place's possessive ("Harrow Gate's Station
// Sergeant Bell").
func (p *pctx) obitHeadTitle(k int) bool {
	m := p.mm(k)
	if m == nil || p.w(k-1) == "'s" && !p.isPersonLike(k-2) {
		return false
	}
	if m.typ == kg.Film && m.strength >= 2 {
		return true
	}
	if m.typ != "" {
		return false
	}
	// a quoted name no possessive owns ("Wry Sergeant of 'F'", not "Q's
	// Unflappable 'Uncle Bill'", a part) that the body names too
	quoted := m.quoted
	for j := k - 1; j > 0 && quoted; j-- {
		if p.w(j) == "'s" || p.w(j) == "'" {
			quoted = false
		}
		if p.w(j) == "," {
			break
		}
	}
	for o := range p.a.ments {
		if e := &p.a.ments[o]; int(e.sent) != int(p.si) && e.key == m.key && (e.typ == kg.Film && e.strength >= 2 || quoted && e.typ == "") {
			return true
		}
	}
	return false
}
