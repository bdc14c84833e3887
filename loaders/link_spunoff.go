package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// spunOffFillers may stand between the parent and the verb "spun off"
// ("X has since spun off", "X in turn spun off", "X also spun off").
var spunOffFillers = setOf("has", "have", "had", "also", "since", "later", "then", "eventually", "previously", "in", "turn", "itself", "already", "soon")

// spunOffKinds may open a title the verb names ("spun off the series Y",
// "spun off a prequel, Y").
var spunOffKinds = setOf("the", "a", "an", "its", "series", "show", "sitcom", "drama", "feature", "film", "movie",
	"spin-off", "spinoff", "prequel", "sequel", "docuseries", "miniseries", ",")

// spunOffLinks reads the verb "spun off" at item i: "X (has since) spun
// off Y, Y2 and Y3" makes each Y a spin-off of X (X a title, or "that
// show", "the series", "it": the article's production); "Y, a drama
// spun off from X" makes Y a spin-off of X (or of the article's series for
// "from the series"). A company before the verb ("the network spun off")
// names no parent.
func (p *pctx) spunOffLinks(i int) {
	if p.w(i+1) != "off" || p.isM(i+1) {
		return
	}
	if p.w(i+2) == "from" {
		p.spunOffFrom(i)
		return
	}
	parent := p.spunOffParent(i)
	if !parent.valid() {
		return
	}
	j := i + 2
	for n := 0; n < 8 && j < len(p.it); n++ {
		for k := 0; k < 3 && p.in(j, spunOffKinds) && !p.isM(j); k++ {
			j++
		}
		m := p.mm(j)
		if m == nil || m.typ == kg.Person || m.typ == kg.Character && m.strength >= 3 || m.typ == kg.Organisation || parent.m == int32(j) {
			return
		}
		m.setType(kg.Film, 3) // a weak character reading gives way: what is spun off is a production
		p.claim(pclaim{rel: kg.SpinOffOf, subj: mArg(j), obj: parent})
		j++
		if p.w(j) == "(" && p.w(j+2) == ")" {
			j += 3 // "Y (2004)"
		}
		if p.w(j) == "," && p.w(j+1) == "and" {
			j += 2
		} else if p.w(j) == "," || p.w(j) == "and" {
			j++
		} else {
			return
		}
	}
}

// spunOffParent returns what the verb "spun off" at item i has spun off:
// the title right before it over spunOffFillers (not a person, character
// or company); "that show" (the one film the sentence before names, else
// as "the show"), "the series" (the article's production), "it" (the
// production the text is about), "the franchise"; else noArg.
func (p *pctx) spunOffParent(i int) arg {
	b := i - 1
	for n := 0; n < 3 && b > 0 && !p.isM(b) && p.in(b, spunOffFillers); n++ {
		b--
	}
	if m := p.mm(b); m != nil {
		if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation {
			return noArg
		}
		if m.typ == "" {
			m.setType(kg.Film, 2)
		}
		return mArg(b)
	}
	switch {
	case p.w(b) == "it" && (b == 0 || p.w(b-1) == "," || p.w(b-1) == "and"):
		return p.focusFilm()
	case p.w(b) == "franchise" && p.w(b-1) == "the":
		return anaArg(anaFranchise)
	}
	if ana, end, ok := p.filmAnaphor(b - 1); ok && end == b+1 {
		if p.w(b-1) == "that" || p.w(b-1) == "this" {
			// "That show in turn spun off Y": the production the sentence before names
			if f := p.prevSentenceFilm(); f.valid() {
				return f
			}
		}
		return anaArg(ana)
	}
	return noArg
}

// spunOffFrom reads "Y, a drama spun off from X" at item i ("spun"): Y,
// the name before the appositive (glossedHead), a spin-off of the title
// after "from", or of the article's production for "from the series".
func (p *pctx) spunOffFrom(i int) {
	d := i - 1
	for n := 0; n < 4 && d > 0 && !p.isM(d) && (isWordLike(p.w(d)) || isYear(p.w(d))) && !p.wIn(d, articles); n++ {
		d--
	}
	if !p.wIn(d, articles) || p.w(d-1) != "," {
		return
	}
	y := p.glossedHead(d - 2)
	if y < 0 {
		return
	}
	if m := p.mm(y); m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation {
		return
	}
	o := i + 3
	parent := noArg
	if m := p.mm(o); m != nil && m.typ != kg.Person && m.typ != kg.Character && m.typ != kg.Organisation {
		if m.typ == "" {
			m.setType(kg.Film, 2)
		}
		parent = mArg(o)
	} else if ana, _, ok := p.filmAnaphor(o); ok {
		parent = anaArg(ana)
	}
	if !parent.valid() {
		return
	}
	p.mm(y).setType(kg.Film, 2)
	p.claim(pclaim{rel: kg.SpinOffOf, subj: mArg(y), obj: parent})
}
