package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// blockCredit is what a credit label of a review's crew block says of the
// names after it: the relation, the WORKED_ON job, and whether the names
// are companies.
type blockCredit struct {
	rel     kg.RelType
	job     string
	company bool
}

// crewBlockLabels map the label of a crew block line ("Director: P",
// "Screenplay: P, Q", "Distributor: O"), lower-cased with its words joined
// by spaces, to its credit.
var crewBlockLabels = map[string]blockCredit{
	"director": {rel: kg.Directed}, "directors": {rel: kg.Directed}, "directed by": {rel: kg.Directed},
	"direction": {rel: kg.Directed}, "co-director": {rel: kg.Directed}, "co-directors": {rel: kg.Directed},
	"screenplay": {rel: kg.Wrote}, "screenplay by": {rel: kg.Wrote}, "writer": {rel: kg.Wrote}, "writers": {rel: kg.Wrote},
	"written by": {rel: kg.Wrote}, "script": {rel: kg.Wrote}, "screenwriter": {rel: kg.Wrote}, "screenwriters": {rel: kg.Wrote},
	"teleplay": {rel: kg.Wrote}, "creator": {rel: kg.Wrote}, "creators": {rel: kg.Wrote}, "created by": {rel: kg.Wrote},
	"producer": {rel: kg.Produced}, "producers": {rel: kg.Produced}, "produced by": {rel: kg.Produced},
	"executive producer": {rel: kg.Produced}, "executive producers": {rel: kg.Produced},
	"showrunner": {rel: kg.Produced, job: "showrunner"}, "showrunners": {rel: kg.Produced, job: "showrunner"},
	"music": {rel: kg.WorkedOn, job: "composer"}, "music by": {rel: kg.WorkedOn, job: "composer"},
	"composer": {rel: kg.WorkedOn, job: "composer"}, "composers": {rel: kg.WorkedOn, job: "composer"},
	"original music": {rel: kg.WorkedOn, job: "composer"}, "score": {rel: kg.WorkedOn, job: "composer"},
	"cinematography": {rel: kg.WorkedOn, job: "cinematographer"}, "cinematographer": {rel: kg.WorkedOn, job: "cinematographer"},
	"director of photography": {rel: kg.WorkedOn, job: "cinematographer"}, "photography": {rel: kg.WorkedOn, job: "cinematographer"},
	"editor": {rel: kg.WorkedOn, job: "editor"}, "editors": {rel: kg.WorkedOn, job: "editor"}, "editing": {rel: kg.WorkedOn, job: "editor"},
	"film editing":      {rel: kg.WorkedOn, job: "editor"},
	"production design": {rel: kg.WorkedOn, job: "production designer"}, "production designer": {rel: kg.WorkedOn, job: "production designer"},
	"costume design": {rel: kg.WorkedOn, job: "costume designer"}, "costume designer": {rel: kg.WorkedOn, job: "costume designer"},
	"costumes":    {rel: kg.WorkedOn, job: "costume designer"},
	"distributor": {rel: kg.Distributed, company: true}, "distributed by": {rel: kg.Distributed, company: true},
	"distribution": {rel: kg.Distributed, company: true}, "release": {rel: kg.Distributed, company: true},
	"studio": {rel: kg.Produced, company: true}, "studios": {rel: kg.Produced, company: true},
	"production company": {rel: kg.Produced, company: true}, "production companies": {rel: kg.Produced, company: true},
	"production": {rel: kg.Produced, company: true}, "network": {rel: kg.Distributed, company: true},
	"streaming on": {rel: kg.Distributed, company: true}, "platform": {rel: kg.Distributed, company: true},
	"cast": {rel: kg.ActedIn}, "starring": {rel: kg.ActedIn}, "stars": {rel: kg.ActedIn}, "voice cast": {rel: kg.ActedIn},
	"voices": {rel: kg.ActedIn}, "with": {rel: kg.ActedIn}, "main cast": {rel: kg.ActedIn},
}

// crewBlock handles a line of a review's crew block, a credit label, a
// colon and the names it credits ("Director: Alan Smithee", "Screenplay:
// P, Q", "Distributor: O"): each name, when nothing but names, commas,
// "and" and parenthesised notes follow the colon, gets the label's credit
// on the film the stretch of text is about (the heading above the block,
// else the article's film). It claims nothing for any other sentence.
func (p *pctx) crewBlock() {
	if len(p.it) < 3 {
		return
	}
	colon := -1
	for k := 0; k < 4 && k < len(p.it); k++ {
		if p.w(k) == ":" && !p.isM(k) {
			colon = k
			break
		}
	}
	if colon < 1 {
		return
	}
	cr, ok := crewBlockLabels[p.blockLabel(colon)]
	if !ok {
		return
	}
	names, chars := p.blockNames(colon + 1)
	if len(names) == 0 {
		return
	}
	for _, n := range names {
		m := p.mm(n)
		if cr.company {
			if m.typ != "" && m.typ != kg.Organisation && m.strength >= 3 {
				return
			}
		} else if m.typ != "" && m.typ != kg.Person && m.strength >= 3 || m.typ == "" && !m.personShaped() {
			return
		}
	}
	film := p.focusFilm()
	if !film.valid() {
		return
	}
	for i, n := range names {
		if cr.company {
			p.mm(n).setRealOrg()
		} else {
			p.typ(n, kg.Person, 3)
		}
		c := noArg
		if k := chars[i]; k >= 0 && cr.rel == kg.ActedIn {
			if m := p.mm(k); castableName(m) && (m.typ == "" || m.typ == kg.Character) {
				m.setType(kg.Character, 3)
				c = mArg(k)
			}
		}
		p.claim(pclaim{rel: cr.rel, subj: mArg(n), obj: film, job: cr.job, char: c})
	}
}

// blockLabel returns the lower-cased words of the items before the colon
// at item colon, joined by spaces ("director of photography"); "" when an
// item is not a word.
func (p *pctx) blockLabel(colon int) string {
	if colon == 1 {
		if m := p.mm(0); m != nil {
			return strings.ToLower(m.text)
		}
		return p.w(0)
	}
	var b strings.Builder
	for k := 0; k < colon; k++ {
		w := p.w(k)
		if m := p.mm(k); m != nil {
			w = strings.ToLower(m.text)
		} else if !isWordLike(w) {
			return ""
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// blockNames returns the items of the names listed from item k to the end
// of the sentence, separated by commas, "and", "&" or ";" and each perhaps
// followed by a parenthesised note ("P (Role)"), with, for each, the item
// of the note when it is one name (else -1); nil when anything else stands
// there.
func (p *pctx) blockNames(k int) (names, chars []int) {
	for k < len(p.it) {
		if !p.isM(k) {
			return nil, nil
		}
		names = append(names, k)
		k++
		c := -1
		if p.w(k) == "(" && p.isM(k+1) && p.w(k+2) == ")" {
			c = k + 1
		}
		chars = append(chars, c)
		if p.w(k) == "(" {
			for n := 0; n < 8 && k < len(p.it) && p.w(k) != ")"; n++ {
				k++
			}
			if p.w(k) != ")" {
				return nil, nil
			}
			k++
		}
		switch p.w(k) {
		case "", ".":
			if k >= len(p.it)-1 {
				return names, chars
			}
			return nil, nil
		case ",", ";", "&", "and":
			k++
			if p.w(k) == "and" {
				k++
			}
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// labelLine reports whether sentence si has a colon as its second, third
// or fourth token, after words only: the shape of a crew block line
// ("Director: P"), which title case would otherwise keep from the
// patterns.
func (a *article) labelLine(si int) bool {
	s := &a.sents[si]
	for i := s.a; i < s.b && i < s.a+4; i++ {
		t := &a.toks[i]
		if t.text == ":" {
			return i > s.a && i+1 < s.b
		}
		if t.kind != kWord {
			return false
		}
	}
	return false
}

// labelPctx returns the pattern context of the title-case label line si
// ("Director: Alan Smithee"), where no mention was found: the words up to
// the colon, then each run of capitalised words between commas, "and", ";"
// and brackets as an item of the article's mention with exactly that text
// in another sentence (a name the text names elsewhere), else as words.
func (a *article) labelPctx(si int) *pctx {
	s := &a.sents[si]
	a.items = a.items[:0]
	i := s.a
	for ; i < s.b && a.toks[i].text != ":"; i++ {
		a.items = append(a.items, item{m: -1, t: int32(i), w: a.toks[i].lower})
	}
	for i < s.b {
		t := &a.toks[i]
		if t.kind != kWord || !t.cap {
			if t.kind != kQuote {
				a.items = append(a.items, item{m: -1, t: int32(i), w: t.lower})
			}
			i++
			continue
		}
		e := i + 1
		for e < s.b && (a.toks[e].kind == kWord && (a.toks[e].cap || a.toks[e].lower == "de" || a.toks[e].lower == "van") || a.toks[e].text == "." && e+1 < s.b && a.toks[e+1].kind == kWord) {
			e++
		}
		if mi := a.mentionNamed(a.text[a.toks[i].start:a.toks[e-1].end], si); mi >= 0 {
			a.items = append(a.items, item{m: int32(mi), t: int32(i)})
		} else {
			for k := i; k < e; k++ {
				a.items = append(a.items, item{m: -1, t: int32(k), w: a.toks[k].lower})
			}
		}
		i = e
	}
	return a.setPctx(si)
}

// mentionNamed returns the index of a mention outside sentence si written
// exactly name (or name with a leading "The"), or -1.
func (a *article) mentionNamed(name string, si int) int {
	for k := range a.ments {
		if m := &a.ments[k]; int(m.sent) != si && m.text == name {
			return k
		}
	}
	return -1
}
