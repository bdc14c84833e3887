package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// makeForVerbs, before a title (or nothing) and "for" and a company, say
// a production was made for it ("made F for O", "directed for O").
var makeForVerbs = setOf("made", "make", "makes", "making", "shot", "directed", "produced", "lensed", "developed",
	"created", "co-produced")

// reachVerbs, before a preposition and an outlet, say that a production
// goes out on it ("hits O on July 3", "returns to O", "lives on O").
var reachVerbs = map[string]string{"hits": "", "hit": "", "returns": "to", "return": "to", "returned": "to",
	"lives": "on", "moved": "to", "moves": "to", "moving": "to", "heads": "to", "headed": "to", "went": "to", "goes": "to",
	"arrived": "on", "arrives": "on"}

// outletReach credits the company at item t, typed a company (or read
// as one before), in shapes that say what it made or shows: "made F for
// O" and "P directed for O" (PRODUCED, a streamer's DISTRIBUTED; O → F or
// the film at hand), "F and G went straight to O" (DISTRIBUTED O → each
// film of the list before), "the film hits O on July 3", "F returns to O
// and O2", "all of it lives on O" (DISTRIBUTED O → the film of the
// clause's subject: a film named right before the verb, or the film at
// hand after "the film", "it", "the series").
func (p *pctx) outletReach(t int) {
	o := p.mm(t)
	if o.quoted || o.world == kg.WorldFictional || o.typ != kg.Organisation && o.typ != "" || t < 2 {
		return
	}
	prev := p.w(t - 1)
	if _, verb := reachVerbs[prev]; prev != "for" && prev != "to" && prev != "on" && prev != "and" && prev != "at" && !verb {
		return // (the cheap shape test first: priorType looks back)
	}
	if o.typ == "" && p.priorType(t) != kg.Organisation || o.typ == kg.Organisation && o.strength < 2 {
		return
	}
	rel := kg.Produced
	if o.kind == "streamer" {
		rel = kg.Distributed
	}
	switch {
	case prev == "at" && p.w(t-2) == "development" && p.w(t-3) == "in":
		// "F is now in development at O"
		if obj, ok := p.developedFilm(t - 3); ok {
			r := kg.Distributed
			if companyWordName(o, lowerLast(o.text)) && o.words >= 2 {
				r = kg.Produced // a studio develops what it makes
			}
			o.setRealOrg()
			p.claim(pclaim{rel: r, subj: mArg(t), obj: obj})
		}
	case prev == "for" && p.isM(t-2) && p.madeBefore(t-2):
		// "made Grimbound for O", "made the biopic Marvin for O", "lensed
		// P's two-hander F for O"
		if f := p.mm(t - 2); f.typ == kg.Film && f.strength >= 2 || f.typ == "" && p.untypedTitle(t-2) {
			p.typ(t-2, kg.Film, 2)
			p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(t - 2)})
		}
	case prev == "for" && p.in(t-2, makeForVerbs) && p.isM(t-3) && (t-3 == 0 || p.w(t-4) == "," || p.w(t-4) == ";"):
		// "P directed for O."
		if pm := p.mm(t - 3); pm.typ == kg.Person {
			p.claim(pclaim{rel: kg.Produced, subj: mArg(t), obj: p.focusFilm()})
		}
	case prev == "to" && p.in(t-2, outletArrivals) && (p.w(t-3) == "went" || p.w(t-3) == "go" || p.w(t-3) == "goes" || p.w(t-3) == "going"):
		// "F and G, both went straight to O"
		for k := t - 4; k >= 0 && k > t-16; k-- {
			w := p.w(k)
			if m := p.mm(k); m != nil {
				if m.typ != kg.Film {
					break
				}
				p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: mArg(k)})
				continue
			}
			if w != "," && w != "and" && w != "both" && w != "all" && w != "then" && w != "instead" {
				break
			}
		}
	default:
		at := t
		if prev == "and" && p.isM(t-2) {
			at = t - 2 // "returns to O1 and O2"
		}
		if obj, ok := p.reachSubject(at); ok {
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: obj})
		}
	}
}

// madeBefore reports whether a makeForVerbs verb stands before the title
// at item f, with at most five items between that are no names but a
// possessive's ("made F", "made the biopic F", "lensed P's
// black-and-white two-hander F").
func (p *pctx) madeBefore(f int) bool {
	for k := f - 1; k >= 0 && k >= f-6; k-- {
		if p.in(k, makeForVerbs) {
			return true
		}
		if p.isM(k) && p.w(k+1) != "'s" || !p.isM(k) && !isWordLike(p.w(k)) && p.w(k) != "'s" {
			return false
		}
	}
	return false
}

// reachSubject returns the production an outlet at item t reaches in
// "F hits O on July 3", "F, ..., returns to O", "all of it lives on O",
// "the film hits O": a film typed strongly that opens its clause right
// before the verb (over an appositive), or the film at hand after "it" or
// "the film" opening the sentence.
func (p *pctx) reachSubject(t int) (arg, bool) {
	v := t - 1
	if p.w(v) == "to" || p.w(v) == "on" {
		v--
	}
	want, ok := reachVerbs[p.w(v)]
	if !ok || want != p.w(v+1) && !(want == "" && v == t-1) || p.w(v) == "went" {
		return noArg, false
	}
	if (p.w(v) == "hits" || p.w(v) == "hit") && p.w(t+1) != "on" {
		return noArg, false // "hits O on July 3" (not "hits theaters")
	}
	k := v - 1
	if p.w(k) == "," {
		// "F, co-produced by O2, returns to O": over the appositive
		for j := k - 1; j > 0 && j > k-10; j-- {
			if p.w(j) == "," {
				k = j
				break
			}
		}
		if k == v-1 {
			return noArg, false
		}
		k--
	}
	if p.w(k) == "now" || p.w(k) == "finally" || p.w(k) == "also" {
		k--
	}
	if m := p.mm(k); m != nil {
		if m.typ == kg.Film && m.strength >= 2 && (k == 0 || p.w(k-1) == ",") {
			return mArg(k), true
		}
		return noArg, false
	}
	if p.w(k) == "it" && (k == 0 || p.w(k-1) == "of" && p.w(k-2) == "all") ||
		(p.in(k, filmAnaphorNouns) || p.w(k) == "series" || p.w(k) == "show") && p.w(k-1) == "the" && k-1 == 0 {
		return p.focusFilm(), true
	}
	return noArg, false
}

// developedFilm returns the film of "F is (now) in development" whose
// "in" is item k: F named right before the copula, over an appositive
// ("a prequel series, F, is now in development"), or the film at hand
// after "it", "the series", "the film".
func (p *pctx) developedFilm(k int) (arg, bool) {
	k--
	if p.w(k) == "now" || p.w(k) == "still" || p.w(k) == "already" {
		k--
	}
	if !p.in(k, copulas) {
		return noArg, false
	}
	k--
	if p.w(k) == "," {
		k--
	}
	if m := p.mm(k); m != nil {
		if m.typ == kg.Film && m.strength >= 2 || m.typ == "" && m.colon && p.w(k-1) == "," && p.untypedTitle(k) {
			p.typ(k, kg.Film, 2) // "a prequel series, F: G, is in development"
			return mArg(k), true
		}
		return noArg, false
	}
	if p.w(k) == "it" || (p.in(k, filmAnaphorNouns) || p.wIn(k, showNouns)) && p.w(k-1) == "the" {
		return p.focusFilm(), true
	}
	return noArg, false
}

// seasonVerbs have an outlet as their subject and a season as their
// object ("O aired the first season", "O picked up the second").
var seasonVerbs = setOf("aired", "airs", "ordered", "renewed", "cancelled", "canceled", "picked", "carried", "streamed")

// seasonDeal credits the outlet at item t that opens its clause and airs,
// orders or picks up a season of the production at hand ("Cinemax aired
// the first season and TNT picked up the second"): DISTRIBUTED O → the
// film at hand.
func (p *pctx) seasonDeal(t int) {
	o := p.mm(t)
	if o == nil || o.world == kg.WorldFictional || t > 0 && p.w(t-1) != "," && p.w(t-1) != "and" && p.w(t-1) != "but" && p.w(t-1) != ";" {
		return
	}
	v := t + 1
	if !p.in(v, seasonVerbs) {
		return
	}
	if !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && p.priorType(t) == kg.Organisation) {
		return
	}
	k := v + 1
	if p.w(v) == "picked" {
		if p.w(k) != "up" {
			return
		}
		k++
	}
	if p.w(k) != "the" || !p.in(k+1, ordinals) && p.w(k+1) != "series" && p.w(k+1) != "show" {
		return
	}
	if p.in(k+1, ordinals) && p.w(k+2) != "season" && p.w(k+2) != "seasons" && isWordLike(p.w(k+2)) && p.w(k+2) != "and" {
		return // "the second film" is another production
	}
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: anaArg(anaSeries)})
}
