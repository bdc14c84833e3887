package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Title roles: "P in the title role", "P returns in the title role", "P
// took the title role in F", "P plays the title character". The part is
// named after the work: the credit gets a character whose name is the
// work's title (without a subtitle or a sequel number), or the character
// of the article whose name begins or ends with a one-word title ("W" for
// "Firstname W").

// titleRoleSkip are the words between the person and "in the title role"
// ("P returns once again in the title role", "P is back in the title
// role").
var titleRoleSkip = setOf("returns", "return", "returning", "returned", "is", "was", "back", "once", "again", "also", "will", "be", "stars", "starred", "starring", "appears", "appeared")

// titleRoleTake are verbs that give a person the title role ("P took the
// title role in F").
var titleRoleTake = setOf("took", "takes", "take", "taking", "landed", "lands", "won", "wins", "played", "voiced", "portrayed")

// titleRoleIn handles "with P in the title role" and "P took the title
// role in F" (item i is "title"): an ACTED_IN credit in the work the
// sentence names (titleRoleChars names the part).
func (p *pctx) titleRoleIn(i int) {
	if p.w(i-1) != "the" || p.w(i+1) != "role" && p.w(i+1) != "character" || p.isM(i) {
		return
	}
	v := i - 2
	if p.w(v) != "in" && !p.in(v, titleRoleTake) {
		return
	}
	b := v - 1
	for n := 0; n < 4 && b > 0 && !p.isM(b) && p.in(b, titleRoleSkip); n++ {
		b--
	}
	if p.w(b) == "who" && p.w(b-1) == "," {
		b -= 2 // "P, who voiced the title role in F"
	}
	if !p.isM(b) || !p.personish(b) {
		return
	}
	pm := p.mm(b)
	if pm.typ != "" && pm.typ != kg.Person || pm.words < 2 && pm.typ != kg.Person {
		return
	}
	film := noArg
	if p.w(i+2) == "in" || p.w(i+2) == "of" {
		if m := p.mm(i + 3); m != nil && (m.typ == kg.Film || m.typ == "" && (m.quoted || m.colon || m.titleWords)) {
			film = mArg(i + 3)
		} else if m != nil && p.w(i+4) == "'s" {
			if f := p.mm(i + 5); f != nil && (f.typ == kg.Film || f.typ == "") {
				film = mArg(i + 5) // "in Q's F"
			}
		}
	}
	if !film.valid() && p.w(b-1) == "with" {
		// "F, with P in the title role": the film named before
		for k := b - 2; k >= 0 && k > b-24; k-- {
			if m := p.mm(k); m != nil && m.typ == kg.Film {
				film = mArg(k)
				break
			}
		}
	}
	if !film.valid() {
		film = p.topicFilm(i + 2)
	}
	if !film.valid() {
		return
	}
	if film.m >= 0 && !film.abs {
		if m := p.mm(int(film.m)); m != nil {
			m.setType(kg.Film, 2)
		}
	}
	p.typ(b, kg.Person, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(b), obj: film})
}

// titleCharName is the character name a title gives: the title without a
// subtitle after a colon nor a sequel number ("X: Subtitle" and "X 2" are
// "X"); "" when nothing is left.
func titleCharName(title string) string {
	if c := strings.IndexByte(title, ':'); c > 0 {
		title = title[:c]
	}
	title = strings.TrimSpace(title)
	if sp := strings.LastIndexByte(title, ' '); sp > 0 {
		last := title[sp+1:]
		if isSequelNumber(last) {
			title = strings.TrimSpace(title[:sp])
		}
	}
	return title
}

// isSequelNumber reports whether w numbers a sequel ("2", "III").
func isSequelNumber(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	digits, roman := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			digits = false
		}
		if c != 'I' && c != 'V' && c != 'X' {
			roman = false
		}
	}
	return digits || roman && len(w) >= 2
}

// titleRoleSentence reports whether sentence si has "the title role" or
// "the title character" outside a possessive ("her title role" names a
// part the article names otherwise).
func (a *article) titleRoleSentence(si int) (int, bool) {
	s := &a.sents[si]
	for t := s.a + 1; t+1 < s.b; t++ {
		if a.toks[t].lower != "title" {
			continue
		}
		if n := a.toks[t+1].lower; (n == "role" || n == "character") && a.toks[t-1].lower == "the" {
			if t+2 < s.b {
				if x := a.toks[t+2].lower; x == "'s" || x == "as" || x == "," && t+3 < s.b && a.toks[t+3].cap {
					return 0, false // "the title character's daughter", "the title role, C": a part named otherwise
				}
			}
			return t, true
		}
	}
	return 0, false
}

// titleRoleChars gives the ACTED_IN credit of a title-role sentence whose
// person is named last before "the title role" the part named after its
// work (titleCharName): the article's character whose name ends or begins
// with a one-word title, or a new character of the title's name.
func (a *article) titleRoleChars(r *localResult) {
	done := -1
	for ci := range r.claims {
		c := &r.claims[ci]
		if c.rel != kg.ActedIn || c.char >= 0 || c.charOf >= 0 || c.subj < 0 || c.obj < 0 || c.src.Method != "" {
			continue
		}
		si := c.src.Sentence
		if si == done || si < 0 || si >= len(a.sents) {
			continue
		}
		t, ok := a.titleRoleSentence(si)
		if !ok {
			continue
		}
		done = si
		who := a.titleRolePerson(r, si, t)
		if who < 0 {
			continue
		}
		for cj := range r.claims {
			d := &r.claims[cj]
			if d.rel == kg.ActedIn && d.subj == who && d.src.Sentence == si && d.src.Method == "" && d.obj >= 0 && d.char < 0 && d.charOf < 0 {
				if titleRoleNamed(r, who, d.obj) != -1 {
					break // the article names P's part otherwise: the title role may be another work's
				}
				if ch := a.titleRoleChar(r, d); ch >= 0 {
					d.char = int32(ch)
				}
			}
		}
	}
}

// titleRolePerson is the subject of an ACTED_IN credit of sentence si
// named last before token t, or -1.
func (a *article) titleRolePerson(r *localResult, si, t int) int32 {
	who, at := int32(-1), int32(-1)
	for ci := range r.claims {
		c := &r.claims[ci]
		if c.rel != kg.ActedIn || c.src.Sentence != si || c.subj < 0 || c.src.Method != "" || c.subj == who {
			continue
		}
		pe := &r.ents[c.subj]
		for mi := range a.ments {
			m := &a.ments[mi]
			if m.sent != int32(si) || m.ent < 0 || m.b > int32(t) || m.b <= at {
				continue
			}
			if e := &a.ents[a.find(int(m.ent))]; e.typ == pe.typ && e.key == pe.key {
				who, at = c.subj, m.b
			}
		}
	}
	return who
}

// titleRoleChar is the character entity for the title-role credit d,
// added to r when the article has none; -1 when the title names none.
func (a *article) titleRoleChar(r *localResult, d *lclaim) int {
	f := &r.ents[d.obj]
	if f.typ != kg.Film || len(f.forms) == 0 {
		return -1
	}
	form := f.forms[0]
	for _, x := range f.forms[1:] {
		if x.count > form.count {
			form = x
		}
	}
	name := titleCharName(form.form)
	if name == "" || strings.IndexByte(name, '&') >= 0 || isAllCaps(name) || !personLikeTitle(name) {
		return -1
	}
	key := nameKey(name)
	if key == "" {
		return -1
	}
	if ch := a.titleRoleExisting(r, key); ch >= 0 {
		return ch
	}
	for e := range r.ents {
		if r.ents[e].typ == kg.Character && r.ents[e].key == key {
			return e
		}
	}
	r.ents = append(r.ents, outEnt{typ: kg.Character, key: key,
		forms:    []formCount{{form: name, fold: foldKey(name), count: 1, first: d.src.Start, src: d.src}},
		mentions: []kg.Source{d.src}})
	return len(r.ents) - 1
}

// titleRoleExisting is the article's character whose name begins or ends
// with the one-word title key ("Firstname W" for "W"), or -1.
func (a *article) titleRoleExisting(r *localResult, key string) int {
	if strings.IndexByte(key, ' ') >= 0 {
		return -1
	}
	found := -1
	for e := range r.ents {
		x := &r.ents[e]
		if x.typ != kg.Character || x.key == key {
			continue
		}
		if strings.HasPrefix(x.key, key+" ") && strings.IndexByte(x.key[len(key)+1:], ' ') < 0 ||
			strings.HasSuffix(x.key, " "+key) && strings.IndexByte(x.key[:len(x.key)-len(key)-1], ' ') < 0 {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// personLikeTitle reports whether title reads as a name of one being: one
// or two capitalised words, no leading article ("The X of Y", "Saving Q"
// and "X and the Y" name no part).
func personLikeTitle(title string) bool {
	if strings.HasPrefix(title, "The ") || strings.Count(title, " ") > 1 {
		return false
	}
	for _, w := range strings.Fields(title) {
		if c := w[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// titleRoleNamed is the one character the article names person who as
// playing (in film f, or by a PORTRAYED credit); -1 when none, -2 when
// several. A person whose part the article names gets no title part: the
// title role is that part, or a part in another work.
func titleRoleNamed(r *localResult, who, f int32) int {
	found := int32(-1)
	for ci := range r.claims {
		c := &r.claims[ci]
		if c.subj != who {
			continue
		}
		ch := int32(-1)
		if c.rel == kg.ActedIn && c.obj == f && c.char >= 0 {
			ch = c.char
		} else if c.rel == kg.Portrayed && c.obj >= 0 {
			ch = c.obj
		}
		if ch < 0 || ch == found {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = ch
	}
	return int(found)
}
