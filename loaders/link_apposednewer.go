package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A later work named in apposition to the noun that says how it follows an
// earlier one, read once mentions are resolved: "Y, a prequel to X", "Y,
// the long-gestating sequel to last year's X", "Y, the revival of the
// network's cult drama X", "X: Sub, the feature-length sequel that closed
// the show", "Y, the X sequel". The earlier work is, in order: the first
// film named after "to" or "of" right after the noun; the film whose title
// Y's title extends ("X: The Return", "X 2"); the film named among the
// describing words ("the X sequel"). With none of them the phrase names
// no earlier work: the article's own film is often a later entry, the
// original older than any the article names. The noun gives the relation:
// a sequel, follow-up, continuation or revival is a SEQUEL_OF, a prequel a
// PREQUEL_OF, a spin-off a SPIN_OFF_OF. A claim is added only when no
// claim already makes Y a later work of a film or franchise by that
// relation, and no claim links Y and X.

// apposedNewerNouns maps the singular nouns of a later work to the
// relation they give it.
var apposedNewerNouns = map[string]kg.RelType{"sequel": kg.SequelOf, "follow-up": kg.SequelOf, "continuation": kg.SequelOf,
	"revival": kg.SequelOf, "prequel": kg.PrequelOf, "spin-off": kg.SpinOffOf, "spinoff": kg.SpinOffOf}

// apposedNewerWords are apposedNewerNouns' keys, as a set the vocabulary
// bits answer for a token without a map look-up (the loop below tests
// every word of the article).
var apposedNewerWords = setOf("sequel", "follow-up", "continuation", "revival", "prequel", "spin-off", "spinoff")

// apposedNewerStops end the describing words between the determiner and the
// noun: a clause or a phrase of its own ("the star of the sequel").
var apposedNewerStops = setOf("of", "to", "in", "for", "with", "and", "or", "but", "from", "by", "at", "on", "as",
	"that", "which", "who", "whose", "is", "was", "be", "been", "not", "no", "than", "like", "about", "into")

// apposedNewerDets open the phrase.
var apposedNewerDets = setOf("a", "an", "the", "its", "their")

// apposedKindNouns may follow the noun ("a prequel series", "a spin-off film").
var apposedKindNouns = setOf("series", "film", "movie", "show", "feature", "novel")

// apposedNewerLinks adds the claims of later works named in apposition to a
// follow-up noun (see the top of this file).
func (a *article) apposedNewerLinks() {
	for _, c := range a.cueTokens() { // (the tokens in apposedNewerWords among them)
		k := int(c)
		if k < 2 || k+1 >= len(a.toks) {
			continue
		}
		t := &a.toks[k]
		if t.kind != kWord || t.cap || !tokIn(t, apposedNewerWords) {
			continue
		}
		rel, ok := apposedNewerNouns[t.lower]
		if !ok || a.toks[k+1].kind == kPoss {
			continue
		}
		d := a.apposedDet(k)
		if d < 2 || a.toks[d-1].text != "," {
			continue
		}
		si := int(a.sentOf(k))
		ms, me := a.sentMentions(si)
		y := a.mentionEndsAt(ms, me, d-1)
		if y < 0 || a.ments[y].ent < 0 {
			continue
		}
		ye := a.find(int(a.ments[y].ent))
		if a.ents[ye].typ != kg.Film || a.hasNewerClaim(ye, rel) {
			continue
		}
		after := k + 1
		if apposedKindNouns[a.toks[after].lower] {
			after++
		}
		x := a.parentNamedAfter(ms, me, after, ye)
		if x < 0 {
			x = a.extendedFilm(ye)
		}
		if x < 0 {
			x = a.filmBetween(ms, me, d, k, ye)
		}
		if x < 0 || a.linked(ye, x) {
			continue
		}
		a.claims = append(a.claims, pclaim{rel: rel, subj: arg{m: int32(y), of: -1, abs: true},
			obj: arg{m: int32(a.firstMention(x)), of: -1, abs: true}, sent: int32(si)})
	}
}

// apposedDet returns the determiner that opens the follow-up noun at k,
// over at most four describing words (lower-case words, years, possessives,
// names: "the long-gestating", "the streamer's", "a 2019", "the Devon-set"),
// or -1.
func (a *article) apposedDet(k int) int {
	for d := k - 1; d >= 1 && d >= k-5; d-- {
		t := &a.toks[d]
		if apposedNewerDets[t.lower] {
			return d
		}
		switch {
		case t.kind == kWord && apposedNewerStops[t.lower]:
			return -1
		case t.kind == kWord, t.kind == kPoss, t.kind == kNum && isYear(t.text):
		default:
			return -1
		}
	}
	return -1
}

// mentionEndsAt returns the mention among ms..me that ends right before
// token k, or -1.
func (a *article) mentionEndsAt(ms, me, k int) int {
	for mi := ms; mi < me; mi++ {
		if int(a.ments[mi].b) == k {
			return mi
		}
	}
	return -1
}

// hasNewerClaim reports whether a claim already makes local film e a later
// work of another by relation rel.
func (a *article) hasNewerClaim(e int, rel kg.RelType) bool {
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != rel || c.subj.m < 0 || c.obj.m < 0 || a.ments[c.subj.m].ent < 0 || a.ments[c.obj.m].ent < 0 || a.find(int(a.ments[c.subj.m].ent)) != e {
			continue
		}
		if t := a.ents[a.find(int(a.ments[c.obj.m].ent))].typ; t == kg.Film || t == kg.Franchise {
			return true
		}
	}
	return false
}

// parentNamedAfter returns the film named after "to" or "of" right after
// the follow-up noun (its end at token k), before the sentence ends or a
// clause opens: "a prequel to Ada Venn's 1974 original, X", "the
// revival of TNT's cult drama X"; or -1.
func (a *article) parentNamedAfter(ms, me, k, not int) int {
	if k >= len(a.toks) || a.toks[k].lower != "to" && a.toks[k].lower != "of" {
		return -1
	}
	for mi := ms; mi < me; mi++ {
		m := &a.ments[mi]
		if int(m.a) <= k {
			continue
		}
		if int(m.a) > k+10 {
			break
		}
		if m.ent < 0 {
			continue
		}
		if e := a.find(int(m.ent)); e != not && a.ents[e].typ == kg.Film {
			for j := k + 1; j < int(m.a); j++ {
				if w := a.toks[j].lower; w == "which" || w == "that" || w == "who" || w == ";" || w == "and" {
					return -1
				}
			}
			return e
		}
	}
	return -1
}

// extendedFilm returns the film of the article whose title local film e's
// title extends ("x" for "x: the return", "x 2"), the longest, or -1.
func (a *article) extendedFilm(e int) int {
	key, best := a.ents[e].key, -1
	for f := range a.ents {
		if f == e || a.find(f) != f || a.ents[f].typ != kg.Film || len(a.ents[f].mentions) == 0 {
			continue
		}
		if fk := a.ents[f].key; entryTitle(key, fk) && (best < 0 || len(fk) > len(a.ents[best].key)) {
			best = f
		}
	}
	return best
}

// filmBetween returns the film named between tokens d and k (a describing
// word: "the Skyrunner sequel"), or -1.
func (a *article) filmBetween(ms, me, d, k, not int) int {
	for mi := ms; mi < me; mi++ {
		m := &a.ments[mi]
		if int(m.a) > d && int(m.b) <= k && m.ent >= 0 {
			if e := a.find(int(m.ent)); e != not && a.ents[e].typ == kg.Film {
				return e
			}
		}
	}
	return -1
}
