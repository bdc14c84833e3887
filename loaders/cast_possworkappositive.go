package loaders

// More checks of "P's C" (possessiveCast) on what follows C: a relative
// clause on "which" ("Q's F, which won the jury prize") or an appositive
// that calls C a production ("Q's F, another desert epic", "Q's F, a
// 1964 thriller") says C is the filmmaker's work, not a part Q plays.

// possWorkAppositiveOpeners open the appositive after C.
var possWorkAppositiveOpeners = setOf("a", "an", "another", "the")

// possWorkWhichVerbs, after ", which", tell what a work does: it wins,
// opens, premieres, grosses, airs or streams ("Q's F, which won the jury
// prize"); a part does none of these, and a clause on a plot or a feud
// ("P's C, which has powered the winter") says nothing of C.
var possWorkWhichVerbs = setOf("won", "wins", "earned", "opened", "opens", "premiered", "premieres", "grossed", "debuted",
	"screened", "streams", "streamed", "aired", "airs", "ran", "closed", "closes", "competed", "competes", "topped", "tops")

// possWorkWhich reports whether ", which" and a possWorkWhichVerbs verb
// follow the name at item c ("Q's F, which won the jury prize").
func (p *pctx) possWorkWhich(c int) bool {
	return p.w(c+1) == "," && p.w(c+2) == "which" && p.in(c+3, possWorkWhichVerbs)
}

// possWorkAppositive reports whether an appositive calling C a production
// follows the name at item c (workAppositiveAt).
func (p *pctx) possWorkAppositive(c int) bool {
	m := p.mm(c)
	return m != nil && p.a.workAppositiveAt(&p.a.sents[p.si], int(m.b))
}

// workAppositiveAt reports whether token e of sentence s opens an
// appositive calling the name before it a production: a comma, "a", "an",
// "another" or "the", at most four lower-case describing words or years,
// and a genre or work noun (possWorkNouns, cueJoinNouns) that ends the
// appositive or goes on with a word of appositiveGoesOn ("Q's F, another
// desert epic about ...", "Q's F, a 1964 thriller").
func (a *article) workAppositiveAt(s *sentence, e int) bool {
	toks := a.toks
	if e+2 >= s.b || toks[e].text != "," || toks[e+1].kind != kWord || !possWorkAppositiveOpeners[toks[e+1].lower] {
		return false
	}
	for k := e + 2; k < s.b && k <= e+6; k++ {
		t := &toks[k]
		switch {
		case t.kind == kWord && !t.cap && (possWorkNouns[t.lower] || cueJoinNouns[t.lower]):
			return k+1 >= s.b || toks[k+1].kind != kWord || appositiveGoesOn[toks[k+1].lower]
		case t.kind == kWord && !t.cap && !possWorkStops[t.lower]:
		case t.kind == kNum && isYear(t.text):
		default:
			return false
		}
	}
	return false
}
