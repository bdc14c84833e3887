package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// fromMakerNouns may head an appositive that names a production's makers
// after "from" ("F, the basketball comedy from O", "F, the studio's release
// from O1 and O2").
var fromMakerNouns = setOf("release", "production", "feature", "movie", "film", "series", "show", "comedy", "drama",
	"thriller", "musical", "adaptation", "franchise", "miniseries", "sitcom", "procedural", "docuseries", "anthology",
	"romance", "western", "horror", "epic", "blockbuster", "tentpole", "animation", "cartoon", "spinoff", "spin-off",
	"sequel", "prequel", "reboot", "remake", "actioner", "caper", "biopic", "documentary")

// fromMaker handles a film's appositive that names its makers after "from"
// ("F, the basketball comedy from O, moved to May", "F, a ten-episode
// series from O1 and O2, picks up", "F, from O1 and O2, placed fourth"):
// the companies PRODUCED the film before the appositive. Item t is the
// first company, right after "from".
func (p *pctx) fromMaker(t int) {
	from := t - 1
	if p.w(from) == "the" {
		from-- // "from the X Company"
	}
	if p.w(from) != "from" || from < 2 || p.isM(from-1) {
		return
	}
	f := p.fromAppositiveFilm(from)
	if f < 0 {
		return
	}
	fm := p.mm(f)
	if fm == nil || fm.typ != kg.Film && fm.typ != "" || fm.quoted && fm.typ == "" || p.w(f+1) != "," && p.w(f+1) != "(" {
		return
	}
	if b := f - 1; b >= 0 && !p.isM(b) && p.w(b) != "," && p.w(b) != "—" && !p.in(b, setOf_fromOpeners) && !(p.in(b, fromMakerNouns) || p.in(b, genreNouns)) {
		return // the film opens the sentence, follows a comma, a sentence-opening phrase or its format ("the animated adventure F, from O")
	}
	orgs, e := p.orgListAfter(t)
	if len(orgs) > 0 && p.isM(e) && p.w(e+1) == "'s" && p.isM(e+2) && p.w(e-1) == "and" && (p.mm(e+2).typ == "" || p.mm(e+2).typ == kg.Organisation) {
		orgs = append(orgs, e+2) // "from O1 and P's O2"
		e += 3
	}
	if len(orgs) == 0 || p.w(e) != "," && p.w(e) != "." && p.w(e) != "" && p.w(e) != "to" && p.w(e) != ";" {
		return
	}
	for _, o := range orgs {
		if m := p.mm(o); m.typ == "" && m.personShaped() && p.w(o-1) != "'s" {
			return // a maker shaped like a person's name
		}
	}
	fm.setType(kg.Film, 2)
	bare := len(orgs) == 1 && (p.w(from-1) == "," || p.w(from-1) == "also" && p.w(from-2) == ",")
	for _, o := range orgs {
		p.mm(o).setRealOrg()
		rel := kg.Produced
		if bare {
			rel = p.bareFromRel(o) // "F, from O,": the studio putting it out (two: makers)
		}
		p.claim(pclaim{rel: rel, subj: mArg(o), obj: mArg(f)})
	}
}

// setOf_fromOpeners may stand right before a film that opens its clause
// ("shifted F, the comedy from O, to May").
var setOf_fromOpeners = setOf("that", "shifted", "moved", "pushed", "dated", "set", "delayed", "with", "and", "of", "about", "in", "on", "for")

// fromAppositiveFilm returns the item of the title before the appositive
// that "from" at item from closes ("F, the basketball comedy from", "F,
// from"), or -1.
func (p *pctx) fromAppositiveFilm(from int) int {
	k := from - 1 // the appositive's head noun, or its comma
	f := -1
	if p.w(k) == "," {
		f = k - 1 // "F, from O"
		if p.w(f) == ")" && isYear(p.w(f-1)) && p.w(f-2) == "(" {
			f -= 3 // "F (1978), from O1 and O2"
		}
	} else if p.in(k, fromMakerNouns) && !p.isM(k) {
		b := k - 1
		for n := 0; n < 5 && b > 0 && (p.isM(b) && p.mm(b).typ != kg.Film || !p.isM(b) && isWordLike(p.w(b)) && !p.in(b, articles)); n++ {
			b-- // describing words, a name ("the Universal release", "the P adaptation")
		}
		if !p.in(b, articles) || p.w(b-1) != "," {
			return -1
		}
		f = b - 2
	}
	return f
}
