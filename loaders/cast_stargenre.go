package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A star's name used as the modifier of a genre noun names the film by its
// lead, as chart lines and reviews do: "Harbour Nights, the Perrin
// Vasquez comedy, slipped to second", "the Mara Quell spy thriller Copper
// Sands opened third". The person acted in the title apposed to the
// phrase. A director is named that way too ("the Q thriller"): a person
// this article already credited as a maker is left alone, and "film",
// "movie" and "picture" (a director's noun as often) are no genre nouns.

// starGenreOn switches the rule (tests switch it off to check it matters).
var starGenreOn = true

// starGenreNouns are the genre nouns a star's name modifies.
var starGenreNouns = setOf("comedy", "drama", "thriller", "adventure", "actioner", "vehicle", "starrer", "romcom", "rom-com",
	"western", "caper", "weepie", "tearjerker", "blockbuster")

// starGenreCredit reads the phrase around the person at item i (see above).
func (p *pctx) starGenreCredit(i int) {
	if !starGenreOn {
		return
	}
	if p.w(i-1) != "the" && !(p.w(i-1) == "'s" && p.isM(i-2) && p.mm(i-2).typ == kg.Organisation && p.mm(i-2).strength >= 2) {
		return // "the P comedy", "Studio's P comedy"
	}
	m := p.mm(i)
	if m == nil || m.words < 2 || !p.isPersonLike(i) || p.w(i+1) == "'s" {
		return
	}
	// the genre noun, after at most two lower-case describers
	g := i + 1
	for n := 0; n < 2 && !p.isM(g) && isWordLike(p.w(g)) && !p.in(g, starGenreNouns); n++ {
		g++
	}
	if p.isM(g) || !p.in(g, starGenreNouns) {
		return
	}
	f := -1
	if o := p.mm(g + 1); o != nil && o.typ == kg.Film && o.strength >= 2 {
		f = g + 1 // "the P comedy F"
	} else if o := p.mm(i - 3); o != nil && p.w(i-2) == "," && o.typ == kg.Film && o.strength >= 2 && p.w(i-1) == "the" {
		f = i - 3 // "F, the P comedy,"
	}
	if f < 0 || p.a.crewCredited(p.it[i].m) || p.a.makerNamed(m.key) {
		return
	}
	p.typ(i, kg.Person, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(f)})
}

// starGenreMakerWords, next to a person's name anywhere in the article,
// make them a maker: "directed by P", "the novelist P", "P created", "P's
// novel".
var starGenreMakerWords = setOf("director", "creator", "co-creator", "novelist", "author", "writer", "showrunner", "filmmaker",
	"directed", "written", "created", "co-created", "produced", "wrote", "co-wrote", "penned", "creates", "writes", "directs",
	"novel", "novels", "book", "books", "bestseller", "memoir", "biopic", "life", "story", "by")

// makerNamed reports whether some mention of the person with key key (or
// of its last word) has a maker's word right before or after it
// (starGenreMakerWords, past a possessive and a year or ", who" after it).
func (a *article) makerNamed(key string) bool {
	sur := key
	if sp := strings.LastIndexByte(key, ' '); sp >= 0 {
		sur = key[sp+1:]
	}
	for o := range a.ments {
		e := &a.ments[o]
		if e.key != key && e.key != sur {
			continue
		}
		if k := int(e.a) - 1; k >= 0 && a.toks[k].kind == kWord && starGenreMakerWords[a.toks[k].lower] {
			return true
		}
		k := int(e.b)
		if k < len(a.toks) && a.toks[k].kind == kPoss {
			k++ // "Q's 2014 novel"
			if k < len(a.toks) && a.toks[k].kind == kNum {
				k++
			}
		} else if k+1 < len(a.toks) && a.toks[k].text == "," && a.toks[k+1].lower == "who" {
			k += 2 // "Q, who wrote"
		}
		if k < len(a.toks) && a.toks[k].kind == kWord && starGenreMakerWords[a.toks[k].lower] {
			return true
		}
	}
	return false
}
