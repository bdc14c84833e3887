package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// chartParen credits the company named in brackets right after a title,
// as box-office charts and ratings lists write it: "The Copper Lantern
// (Thistlewick Pictures) – $17.8 million", "Gull Harbour (KTV, Sunday) – 6.3",
// "F (Studio A / Studio B) – $5 million", "F (2019, Netflix)"
// (DISTRIBUTED; a name ending in "Productions" or "Animation": PRODUCED).
// A name the tokens joined across a slash ("A/B Studios") and the title's
// own acronym ("Centro de Arte Visual (CAV)") are left alone.
// The company at item t is typed an organisation or shaped like one (a
// company word last, a streamer's "+", an all-capitals name, or before a
// chart figure any name of up to three words with nothing personal about
// it: "Salt Meadow (Quillon) – $7.5 million"); the title
// is typed a film, or, before a chart figure after the bracket, an
// untyped name not shaped like a person.
func (p *pctx) chartParen(t int) {
	if p.w(t-1) != "(" && !(p.w(t-1) == "/" && p.w(t-3) == "(") && !(p.w(t-1) == "," && p.w(t-3) == "(" && isYear(p.w(t-2))) {
		return // (the cheap shape test first)
	}
	open := t - 1
	if p.w(t-1) != "(" {
		open = t - 3
	}
	if !p.isM(open - 1) {
		return
	}
	o := p.mm(t)
	if o.world == kg.WorldFictional || o.quoted || strings.Contains(o.text, "/") || o.typ != kg.Organisation && o.typ != "" || pcType(p.priorType(t)) {
		return
	}
	// the bracket closes after the company, a day or a second company
	k := t + 1
	for n := 0; n < 4 && k < len(p.it) && (p.isM(k) || p.w(k) != ")"); n++ {
		if w := p.w(k); !p.isM(k) && w != "," && w != "/" && !weekDays[w] {
			return
		}
		k++
	}
	if p.isM(k) || p.w(k) != ")" {
		return
	}
	chart := chartFigureAfter(p, k+1)
	last := strings.ToLower(strings.TrimSuffix(lastWord(o.text), "."))
	if o.typ == "" && !(inLower(realOrgWords, last) && o.words >= 2 || strings.HasSuffix(o.text, "+") || o.allCaps && o.words <= 2 ||
		chart && o.words <= 3 && !o.digit && !givenNameShaped(o) && !isGivenNameLower(o.key) && p.a.companyShaped(o)) {
		return // (before a chart figure, any name with nothing personal about it)
	}
	f := open - 1
	m := p.mm(f)
	if !(m.typ == kg.Film || p.untypedTitle(f) && chart) {
		return
	}
	if o.allCaps && acronymOf(o.text, m.text) {
		return // "Centro de Arte Visual (CAV)": the name's own acronym
	}
	if m.typ != kg.Film {
		m.setType(kg.Film, 2)
	}
	rel := kg.Distributed
	if last == "productions" || last == "animation" {
		rel = kg.Produced
	}
	o.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(f)})
}

// chartFigureAfter reports whether a chart's figure follows item k: a
// dash or comma, then a number or a currency sign ("– $17.8 million",
// ", 1.88 million").
func chartFigureAfter(p *pctx, k int) bool {
	switch p.w(k) {
	case "-", "–", "—", ",", ":":
	default:
		return false
	}
	w := p.w(k + 1)
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w == "$" || w == "£" || w == "€" || w == "₹" || w == "¥")
}

// acronymOf reports whether acr is made of the initials of name's
// capitalised words ("CAV" of "Centro de Arte Visual").
func acronymOf(acr, name string) bool {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return len(acr) >= 2 && strings.HasPrefix(b.String(), acr)
}

// weekDays name the days a ratings list gives after a channel ("KTV,
// Sunday").
var weekDays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
