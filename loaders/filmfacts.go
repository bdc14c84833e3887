package loaders

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// spinRules handles spin-off, sequel and prequel statements:
// "the X spin-off Y", "Y, the first spin-off film of the franchise",
// "Y – a X spinoff film", "the upcoming TV prequel, Y", "Y is a spin-off in
// the X universe", "Y is the first of many X spinoffs", and "Z is next in
// line" after such a sentence.
func (p *pctx) spinRules() {
	found := spinInfo{}
	for k := range p.it {
		if !p.in(k, spinKeys) { // (spinWords' keys: one bit, no map look-up)
			continue
		}
		relName, ok := spinWords[p.w(k)]
		if !ok {
			continue
		}
		rel := kg.RelType(relName)
		plural := strings.HasSuffix(p.w(k), "s")
		series := p.wIn(k-1, seriesModifiers) || p.w(k+1) == "series"
		// parent
		parent := noArg
		network := -1
		if m := p.mm(k - 1); m != nil && (p.w(k-2) == "its" || p.w(k-2) == "their") && !m.quoted && (m.typ == "" || m.typ == kg.Organisation) && (m.allCaps || m.typ == kg.Organisation) {
			// "its HBO spin-off X": the network that airs it, not the parent
			network = k - 1
			m.setType(kg.Organisation, 3)
			m.world = kg.WorldReal
		} else if m != nil && !m.quoted && m.typ != kg.Person && m.typ != kg.Character && !(m.typ == kg.Organisation && m.strength >= 2) && !(spinPairGuard && p.pairedName(k-1)) {
			parent = mArg(k - 1)
			if m.colon || m.digit || m.typ == kg.Film && m.strength >= 2 {
				m.setType(kg.Film, 2)
			} else {
				m.setType(kg.Franchise, 2)
			}
		} else if m != nil && m.quoted && (m.typ == "" || m.typ == kg.Franchise) {
			parent = mArg(k - 1)
			m.setType(kg.Franchise, 2)
		}
		if !parent.valid() {
			parent = p.parentAfter(k + 1)
			// "a sequel to X", "a prequel to X": X is a film unless named a franchise
			if parent.m >= 0 && rel != kg.SpinOffOf && p.w(int(parent.m)-1) == "to" || parent.m >= 0 && rel != kg.SpinOffOf && p.w(int(parent.m)-2) == "to" {
				if m := p.mm(int(parent.m)); m.typ == kg.Franchise && m.strength == 2 && !p.wIn(int(parent.m)+1, franchiseNouns) {
					m.typ, m.strength = kg.Film, 2
				}
			}
		}
		// "X and its sequel Y", "X (2005) and its 2008 sequel Y", "2012's
		// X and its 2016 follow-up Y"
		if its := p.itsBefore(k); !parent.valid() && its >= 0 && p.w(its-1) == "and" {
			x := its - 2
			if p.w(x) == ")" && isYear(p.w(x-1)) && p.w(x-2) == "(" {
				x -= 3
			}
			if m := p.mm(x); m != nil && (m.typ == "" || m.typ == kg.Film) {
				m.setType(kg.Film, 2)
				parent = mArg(x)
			}
		}
		// child
		child := noArg
		j := k + 1
		for p.in(j, setFilmfacts_0) || p.in(j, spinKindNouns) {
			j++
		}
		if p.w(j) == "the" && p.isM(j+1) {
			j++
		}
		if m := p.mm(j); m != nil && !plural && j <= k+3 && !(parent.m == int32(j)) && m.typ != kg.Person && m.typ != kg.Character && m.typ != kg.Organisation && m.typ != kg.Franchise &&
			!(p.w(0) == "in" && p.a.storySubjectAfterFilmNoun(m)) { // (not "In the sequel, Marsh has": film_noun_story_subject.go)
			if !m.personShaped() || m.quoted || p.w(j-1) == "," || p.w(j+1) == "(" && isYear(p.w(j+2)) || p.spinTitleSlot(k, j, rel) {
				m.setType(kg.Film, 3)
				child = mArg(j)
				if series {
					m.format = kg.FormatSeries
				}
			}
		}
		if network >= 0 && child.m >= 0 {
			p.mm(int(child.m)).format = kg.FormatSeries
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(network), obj: child})
		}
		if !child.valid() {
			child = p.spinSubject(k, parent)
			if child.m >= 0 && series {
				if child.abs {
					p.a.ments[child.m].format = kg.FormatSeries
				} else {
					p.mm(int(child.m)).format = kg.FormatSeries
				}
			}
		}
		// "Nine years after F screened ..., with its prequel, G": "its" is the film named before
		if !parent.valid() && (p.w(k-1) == "its" || p.w(k-1) == "their" || network >= 0) {
			for b := k - 2; b >= 0; b-- {
				if m := p.mm(b); m != nil && m.typ == kg.Film && m.strength >= 1 && (child.m < 0 || child.abs && int32(p.mi(b)) != child.m || !child.abs && int32(b) != child.m) {
					parent = mArg(b)
					break
				}
			}
		}
		// "the animated spin-off X: Tales", "the 2007 sequel, X: The Return":
		// a child titled "X: Subtitle" continues the X the article names
		if !parent.valid() && child.valid() && child.ana == anaNone && !plural {
			if pm := p.titlePrefixParent(child); pm >= 0 {
				parent = arg{m: int32(pm), of: -1, abs: true}
			}
		}
		if !parent.valid() && (rel == kg.SpinOffOf || rel == kg.PrequelOf) && !plural {
			// the franchise, else (n = 1) the article's own show or film:
			// "Y, the firefighter spin-off", "the spin-off Y"; not when
			// the text names a parent it could not read ("a prequel to
			// its teen trilogy")
			parent = anaArg(anaFranchise)
			if w := p.w(k + 1); w != "to" && w != "of" {
				parent.n = 1
			}
		}
		if !parent.valid() {
			continue
		}
		found = spinInfo{sent: p.si, parent: p.conv(parent), plural: plural, ok: rel == kg.SpinOffOf}
		if !child.valid() {
			continue
		}
		p.claim(pclaim{rel: rel, subj: child, obj: parent})
		// "This is not the only X spin-off. There is also the upcoming TV prequel, Y"
		if rel != kg.SpinOffOf && p.a.prevSpin.ok && p.a.prevSpin.sent == p.si-1 && p.find("also", 0) >= 0 {
			p.claim(pclaim{rel: kg.SpinOffOf, subj: child, obj: p.a.prevSpin.parent})
		}
	}
	// "Z is next in line" after "... the first of many X spinoffs"
	if !found.ok && p.a.prevSpin.ok && p.a.prevSpin.sent == p.si-1 && p.a.prevSpin.plural {
		if k := p.find("next", 0); k > 0 && (p.is(k, "next", "in", "line") || p.is(k, "next", "up")) {
			for j := 0; j < k; j++ {
				if m := p.mm(j); m != nil && m.typ != kg.Person && m.typ != kg.Character && m.typ != kg.Organisation {
					m.setType(kg.Film, 2)
					p.claim(pclaim{rel: kg.SpinOffOf, subj: mArg(j), obj: p.a.prevSpin.parent})
					break
				}
			}
		}
	}
	if found.parent.valid() {
		p.a.prevSpin = found
	}
}

// titlePrefixParent returns the mention of the production a child titled
// "X: Subtitle" continues: the article's first mention, before or after,
// whose key is the child's key up to its colon ("x" of "x: the return"),
// not a person, character or company; else -1. (Called only for a
// spin-off, sequel or prequel word with a child and no parent: rare.)
func (p *pctx) titlePrefixParent(child arg) int {
	cm := int(child.m)
	if !child.abs {
		cm = p.mi(cm)
	}
	if cm < 0 || cm >= len(p.a.ments) {
		return -1
	}
	key := p.a.ments[cm].key
	c := strings.IndexByte(key, ':')
	if c < 2 {
		return -1
	}
	prefix := key[:c]
	for mi := range p.a.ments {
		m := &p.a.ments[mi]
		if mi == cm || len(m.key) != len(prefix) || m.key != prefix {
			continue
		}
		if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation {
			continue
		}
		return mi
	}
	return -1
}

// parentAfter reads what a spin-off word at k is a spin-off of: "of the
// franchise", "of X", "to X", "in the X universe", "from the X universe".
func (p *pctx) parentAfter(j int) arg {
	for k := j; k < len(p.it) && k < j+6; k++ {
		w := p.w(k)
		if w == "," || w == "." || w == ";" || w == "which" || w == "that" || w == "who" {
			return noArg
		}
		if w != "of" && w != "to" && w != "in" && w != "from" && w != "within" {
			continue
		}
		o := k + 1
		if w == "from" && k == j && madeFromNouns[p.w(j-1)] && !(p.isM(o) && p.mm(o).typ == kg.Film && p.mm(o).strength >= 2) {
			return noArg // "a direct-to-video sequel from O": O made it
		}
		if p.in(o, possessivePronouns) && !p.isM(o+1) {
			o++ // "the sequel to his 2020 disaster hit F"
		}
		if p.in(o, countWords) && p.isM(o+1) && p.in(o+2, pluralFilmNouns) {
			o++ // "the prequel to his two X films": the line X
		}
		for p.in(o, setFilmfacts_1) {
			o++
		}
		// "to last year's X"
		if p.in(o, setFilmfacts_8) && p.w(o+2) == "'s" && !p.isM(o+1) && !p.isM(o+3) {
			o += 3
		}
		// "to the 2021 submarine hit X", "to last year's surprise horror hit X":
		// a year and describing words before the name
		if (p.w(o-1) == "the" || p.w(o-1) == "'s" || p.in(o-1, possessivePronouns)) && !p.isM(o) {
			e := o
			for n := 0; n < 4 && !p.isM(e) && (isYear(p.w(e)) || isWordLike(p.w(e)) && (!p.wIn(e, commonWords) || p.in(e, filmNouns) || p.in(e, seriesNouns))); n++ {
				e++
			}
			if e > o && p.isM(e) && (isYear(p.w(o)) || p.in(e-1, filmNouns) || p.w(e-1) == "hit" || p.w(e-1) == "original") {
				o = e
				if m := p.mm(o); m.typ == "" {
					m.setType(kg.Film, 2) // a dated or described title is a film
				}
			}
		}
		// "to this summer's X", "to 2016's X", "to last year's X"
		if p.in(o, setFilmfacts_8) && p.w(o+2) == "'s" && !p.isM(o+1) {
			o += 3
		} else if !p.isM(o) && p.w(o+1) == "'s" && (isYear(p.w(o)) || p.in(o, setFilmfacts_9)) {
			o += 2
		}
		o = p.describedParent(o)
		if p.isM(o) && p.w(o+1) == "'s" && isYear(p.w(o+2)) && p.isM(o+3) && !p.mm(o).quoted {
			// "a sequel to P's 1982 F": the maker's dated title
			o += 3
			if m := p.mm(o); m.typ == "" || m.typ == kg.Franchise && m.strength < 3 {
				m.setType(kg.Film, 2)
			}
		} else if p.isM(o) && p.w(o+1) == "'s" && p.isM(o+2) && (p.mm(o).typ == kg.Person || p.mm(o).typ == kg.Organisation) {
			// "sequel series to Tyler Sheldon's Bluestone": the maker's title
			o += 2
			if m := p.mm(o); m.typ == "" || m.typ == kg.Franchise && m.strength < 3 {
				m.setType(kg.Film, 2)
			}
		} else if f := p.ownedTitle(o + 2); p.isM(o) && p.w(o+1) == "'s" && f >= 0 && !p.mm(o).quoted {
			// "follow-up to Wright's 2017 hit F": the owner's described title
			o = f
			if m := p.mm(o); m.typ == "" || m.typ == kg.Franchise && m.strength < 3 {
				m.setType(kg.Film, 2)
			}
		}
		if m := p.mm(o); m != nil && m.typ != kg.Person && m.typ != kg.Character && !(m.typ == kg.Organisation && m.strength >= 2) {
			if m.colon || m.digit || (m.typ == kg.Film && m.strength >= 2) {
				m.setType(kg.Film, 2)
			} else {
				m.setType(kg.Franchise, 2)
			}
			return mArg(o)
		}
		if p.w(o) == "franchise" || p.w(o) == "saga" || p.w(o) == "universe" {
			return anaArg(anaFranchise)
		}
		if p.w(o) == "series" && (p.w(o-1) == "the" || p.w(o-1) == "main") {
			return anaArg(anaFranchise)
		}
	}
	return noArg
}

// spinSubject finds the film a spin-off statement at k is about, before k:
// "Y, the first spin-off", "Y – a X spinoff film", "Y is a spin-off", "the
// spinoff".
func (p *pctx) spinSubject(k int, parent arg) arg {
	// "The series is a prequel to X"
	for b := 0; b < k && b < 3; b++ {
		if ana, end, ok := p.filmAnaphor(b); ok && p.in(end, setFilmfacts_2) {
			return anaArg(ana)
		}
	}
	if ana, _, ok := p.filmAnaphor(k - 1); ok && ana == anaFilm {
		return p.focusFilm()
	}
	if f := p.appositiveHead(k); f >= 0 {
		return mArg(f) // "wrapped F, the sequel to G"
	}
	if p.in(k-1, setFilmfacts_3) {
		return p.focusFilm()
	}
	for b := 0; b < k; b++ {
		m := p.mm(b)
		if m == nil || parent.m == int32(b) {
			continue
		}
		if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation || m.typ == kg.Franchise && m.strength >= 2 {
			continue
		}
		// the subject sits before the verb: next word is ",", "-", "is", "(", a dash
		n := p.w(b + 1)
		if n == "," || n == "-" || n == "is" || n == "was" || n == "will" || n == "(" || n == "marks" || n == "becomes" || n == "from" {
			if p.spinObjectOfPrep(b+1, k) {
				return noArg // "O is said to be eager for a sequel": the kind noun is no predicate of O
			}
			m.setType(kg.Film, 2)
			return mArg(b)
		}
	}
	return noArg
}

// franchiseContext links films of a sentence to the franchise it names in
// franchise words ("In the world of X, Y ...", "Y ties into the X universe").
func (p *pctx) franchiseContext() {
	p.nthFranchiseFilm()
	fr := -1
	for i := range p.it {
		m := p.mm(i)
		if m == nil || m.typ != kg.Franchise || m.strength < 2 {
			continue
		}
		if p.wIn(i+1, franchiseNouns) || p.w(i-1) == "of" && (p.w(i-2) == "world" || p.w(i-2) == "universe") ||
			p.w(i-1) == "the" && (p.w(i-2) == "in" || p.w(i-2) == "of") && p.in(i-3, setFilmfacts_10) {
			fr = i
			break
		}
	}
	if fr < 0 {
		return
	}
	// "The film ... marks the seventh installment of the X franchise", "the first to be part of the X"
	b := fr - 1
	if p.w(b) == "the" {
		b--
	}
	if p.w(b) == "of" || p.w(b) == "in" {
		if p.in(b-1, setFilmfacts_11) {
			if k := p.openingFilm(); k >= 0 && k < b {
				p.claim(pclaim{rel: kg.PartOf, subj: mArg(k), obj: mArg(fr)})
			}
			for s := 0; s < 3; s++ {
				if ana, _, ok := p.filmAnaphor(s); ok && ana == anaFilm {
					p.claim(pclaim{rel: kg.PartOf, subj: p.focusFilm(), obj: mArg(fr)})
					break
				}
			}
			if k := p.copulaSubject(b - 2); k >= 0 {
				// "A Disney release, F is the 35th film in the X"
				p.mm(k).setType(kg.Film, 2)
				p.claim(pclaim{rel: kg.PartOf, subj: mArg(k), obj: mArg(fr)})
			} else if k := p.ordinalSubject(b - 2); k >= 0 {
				// "F will be the eighth film in the X franchise", "F, the third film in the X"
				p.claim(pclaim{rel: kg.PartOf, subj: mArg(k), obj: mArg(fr)})
			}
		}
	}
	for i := range p.it {
		m := p.mm(i)
		if m == nil || i == fr || m.key == p.mm(fr).key {
			continue
		}
		if m.quoted && (m.typ == "" || m.typ == kg.Film) || m.typ == kg.Film && m.strength >= 2 {
			p.claim(pclaim{rel: kg.PartOf, subj: mArg(i), obj: mArg(fr)})
		} else if m.typ == "" && p.w(i+1) != "'s" && !p.wIn(i+1, franchiseNouns) && p.priorType(i) == "" && titleOfFranchise(m.key, p.mm(fr).key) {
			// "the X franchise has grossed $1 billion across X, X World Tour and X 3"
			m.setType(kg.Film, 2)
			p.claim(pclaim{rel: kg.PartOf, subj: mArg(i), obj: mArg(fr)})
		}
	}
}

// nthFranchiseFilm reads "F, the third X film" and "F is the fourth X
// movie": the franchise X named before a film noun after an ordinal
// holds the film F (PART_OF F → X).
func (p *pctx) nthFranchiseFilm() {
	for i := range p.it {
		m := p.mm(i)
		if m == nil || m.typ != kg.Franchise || !p.in(i+1, setFilmfacts_10) || !p.in(i-1, ordinals) && !ordinalNumber(p.w(i-1)) {
			continue
		}
		if k := p.ordinalSubject(i - 1); k >= 0 {
			p.claim(pclaim{rel: kg.PartOf, subj: mArg(k), obj: mArg(i)})
		}
	}
}

// ordinalSubject returns the film item before "the third" ending at item
// k (ordinals and describing words back to "the"): after "F will be",
// "F is", or the appositive "F, the third"; the film is a mention typed
// a film; else -1.
func (p *pctx) ordinalSubject(k int) int {
	n := 0
	for ; n < 3 && k >= 0 && !p.isM(k) && (p.in(k, ordinals) || p.in(k, adjFilm) || ordinalNumber(p.w(k))); n++ {
		k--
	}
	if n == 0 || p.w(k) != "the" || p.isM(k) {
		return -1
	}
	k--
	switch {
	case p.w(k) == "," || p.in(k, copulaTitleVerbs):
		k--
	case p.w(k) == "be" && (p.w(k-1) == "will" || p.w(k-1) == "would"):
		k -= 2
	default:
		return -1
	}
	if m := p.mm(k); m == nil || m.typ != kg.Film && !(m.typ == "" && p.priorType(k) == kg.Film) || m.quoted && p.w(k+1) == "'s" {
		return -1
	}
	p.mm(k).setType(kg.Film, 2)
	return k
}

var releaseWords = setOf("release", "released", "releases", "premiere", "premieres", "premiered", "debut", "debuts",
	"opens", "hits", "hit", "arrives", "arrive", "bow", "bows", "theaters", "theatres", "cinemas", "screens", "streaming")
var nowPlaying = [][]string{{"now", "in", "theaters"}, {"now", "in", "theatres"}, {"now", "in", "cinemas"}, {"out", "now"},
	{"now", "playing"}, {"now", "streaming"}, {"in", "theaters", "now"}, {"in", "theatres", "now"}}

// releaseRules extracts release dates: "the June 7th release date in 2024",
// "set to hit the screens in 2024", "X is now in theatres" (the article's
// date).
func (p *pctx) releaseRules() {
	if !p.sentenceHas(releaseWords) && p.find("now", 0) < 0 {
		return
	}
	film := noArg
	if f := p.find("for", 0); f >= 0 && p.w(f-1) == "date" {
		if fr, _, ok := p.filmRef(f+1, 3); ok {
			film = fr
		}
	}
	for i := 0; i < len(p.it) && !film.valid(); i++ {
		if m := p.mm(i); m != nil && (m.typ == kg.Film && m.strength >= 2 || m.quoted && m.typ == "") && !p.beforeMoney(i) {
			film = mArg(i)
		}
		if p.w(i) == "," && i > 0 && p.isM(i-1) {
			continue
		}
	}
	if !film.valid() {
		film = anaArg(anaFilm)
		for i := range p.it {
			if ana, _, ok := p.filmAnaphor(i); ok {
				film = anaArg(ana)
				break
			}
		}
	}
	now := p.find("now", 0) // (five of the sequences open with it: one scan)
	for _, seq := range nowPlaying {
		k := now
		if seq[0] != "now" {
			k = p.find(seq[0], 0)
		}
		if k >= 0 {
			for ; k >= 0; k = p.find(seq[0], k+1) {
				if p.is(k, seq...) {
					if d := p.a.in.Article.Date; d != "" {
						p.claim(pclaim{prop: kg.PropReleaseDate, subj: film, val: d, precision: "day", asOf: d})
					}
					return
				}
			}
		}
	}
	if !p.sentenceHas(setFilmfacts_4) {
		return
	}
	if v, prec := p.dateIn(); v != "" {
		p.claim(pclaim{prop: kg.PropReleaseDate, subj: film, val: v, precision: prec})
	}
}

// beforeMoney reports whether mention i is the film of a box-office figure
// rather than of a release ("After the success of F with $250 million").
func (p *pctx) beforeMoney(i int) bool {
	for k := i + 1; k < len(p.it) && k < i+6; k++ {
		if p.w(k) == "$" {
			return true
		}
	}
	for k := i - 1; k >= 0 && k > i-6; k-- {
		if p.w(k) == "success" {
			return true
		}
	}
	return false
}

// dateIn finds a date in the sentence: "June 7th ... 2024", "June 7, 2024",
// "7 June 2024", "June 2024", "in 2024". It returns an ISO prefix and its
// precision.
func (p *pctx) dateIn() (string, string) {
	year, month, day := 0, 0, 0
	for i := range p.it {
		w := p.w(i)
		if p.isM(i) {
			continue
		}
		if month == 0 && len(w) >= 3 && p.in(i, monthKeys) {
			mo := months[w]
			if w == "may" && !p.a.toks[p.it[i].t].cap {
				continue
			}
			month = mo
			if d := dayNum(p.w(i + 1)); d > 0 {
				day = d
			} else if d := dayNum(p.w(i - 1)); d > 0 {
				day = d
			} else if p.w(i-1) == "of" {
				if d := dayNum(p.w(i - 2)); d > 0 {
					day = d
				}
			}
			continue
		}
		if isYear(w) && year == 0 {
			y, _ := strconv.Atoi(w)
			year = y
		}
	}
	switch {
	case year == 0:
		return "", ""
	case month == 0:
		return fmt.Sprintf("%04d", year), "year"
	case day == 0:
		return fmt.Sprintf("%04d-%02d", year, month), "month"
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day), "day"
}

func dayNum(w string) int {
	w = strings.TrimRight(w, "stndrh")
	if len(w) == 0 || len(w) > 2 {
		return 0
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// moneyRules extracts box office ("over $250 million at the box office",
// "blew past the $250 million mark worldwide") and ratings ("a 95% rating on
// X").
func (p *pctx) moneyRules() {
	for i := range p.it {
		switch p.w(i) {
		case "$":
			if i+1 >= len(p.it) || p.isM(i+1) {
				continue
			}
			num := p.w(i + 1)
			if num == "" || num[0] < '0' || num[0] > '9' {
				continue
			}
			unit := p.w(i + 2)
			val := "$" + num
			if unit == "million" || unit == "billion" || unit == "m" || unit == "bn" {
				val += " " + unit
			}
			p.takingsFor(i)
			if !p.sentenceHas(setFilmfacts_5) {
				continue
			}
			if p.sentenceHas(setFilmfacts_6) {
				val += " worldwide"
			} else if p.sentenceHas(setFilmfacts_7) {
				val += " domestic"
			}
			film := p.filmNear(i)
			if !film.valid() {
				continue
			}
			c := pclaim{prop: kg.PropBoxOffice, subj: film, val: val}
			if d := p.asOfDate(); d != "" {
				c.asOf = d
			}
			p.claim(c)
		case "%":
			num := p.w(i - 1)
			if num == "" || num[0] < '0' || num[0] > '9' {
				continue
			}
			// "... rating on X" / "... score on X"
			for k := i + 1; k < len(p.it) && k < i+6; k++ {
				if (p.w(k) == "on" || p.w(k) == "at" || p.w(k) == "from") && p.isM(k+1) {
					site := p.mm(k + 1)
					if site.typ == kg.Film || site.typ == kg.Person {
						break
					}
					film := p.filmNear(i - 1)
					if film.valid() {
						p.claim(pclaim{prop: camel(site.text), subj: film, val: num + "%"})
					}
					break
				}
			}
		}
	}
}

// filmNear returns the nearest film mention before item i in the sentence
// (or the subject film when the sentence says "its").
func (p *pctx) filmNear(i int) arg {
	for b := i - 1; b >= 0; b-- {
		if m := p.mm(b); m != nil && (m.typ == kg.Film && m.strength >= 1 || m.quoted && m.typ == "" || m.colon || m.digit) && m.typ != kg.Person {
			m.setType(kg.Film, 2)
			return mArg(b)
		}
	}
	return noArg
}

// asOfDate reads "On April 3" with the article's year.
func (p *pctx) asOfDate() string {
	d := p.a.in.Article.Date
	if d == "" {
		return ""
	}
	for i := range p.it {
		if mo := months[p.w(i)]; mo != 0 && p.w(i-1) == "on" {
			if day := dayNum(p.w(i + 1)); day > 0 {
				return fmt.Sprintf("%s-%02d-%02d", d[:4], mo, day)
			}
		}
	}
	return ""
}

// camel turns a site name into a property name ("Box Office Mojo" →
// "boxOfficeMojo").
func camel(s string) string {
	var b strings.Builder
	for i, f := range strings.FieldsFunc(s, func(r rune) bool { return !isLetter(r) && !isDigit(r) }) {
		f = strings.ToLower(f)
		if i > 0 {
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		b.WriteString(f)
	}
	if b.Len() == 0 {
		return "rating"
	}
	return b.String()
}

// Word sets used by the patterns above.
var setFilmfacts_0 = setOf("film", "movie", "series", "show", ",", "called", "titled", "starring")
var setFilmfacts_1 = setOf("the", "existing", "original", "main", "entire", "whole", "beloved", "popular", "hit", "iconic")
var setFilmfacts_2 = setOf("is", "was", "will", "serves", "acts")
var setFilmfacts_3 = setOf("the", "this")
var setFilmfacts_4 = setOf("release", "released", "premiere", "premieres", "debut", "debuts", "hit", "hits", "opens", "arrives", "bows")
var setFilmfacts_5 = setOf("box", "worldwide", "domestic", "grossed", "gross", "grossing", "earned", "mark", "haul", "opening")
var setFilmfacts_6 = setOf("worldwide", "global", "globally")
var setFilmfacts_7 = setOf("domestic", "domestically")

// Word sets used inside the functions above (package level, so that no
// map is built per call).
var setFilmfacts_8 = setOf("this", "last", "next")
var setFilmfacts_9 = setOf("year", "summer")
var setFilmfacts_10 = setOf("film", "movie", "installment", "instalment", "entry", "chapter")
var setFilmfacts_11 = setOf("installment", "instalment", "entry", "chapter", "film", "movie", "part", "sequel", "prequel", "spin-off", "spinoff")

// titleOfFranchise reports whether the name key is a title of the
// franchise named fr: the franchise's name itself or its name followed by
// a space or a colon and more ("x world tour", "x: the series").
func titleOfFranchise(key, fr string) bool {
	if key == fr {
		return true
	}
	return len(key) > len(fr)+1 && key[:len(fr)] == fr && (key[len(fr)] == ' ' || key[len(fr)] == ':')
}

// spinObjectOfPrep reports whether "for", "about", "on", "with" or "into" stands
// between items b and k (the kind noun): "eager for a sequel", "plans
// for a spin-off" make the noun an object, not what the name before is.
func (p *pctx) spinObjectOfPrep(b, k int) bool {
	for j := b + 1; j < k; j++ {
		if w := p.w(j); !p.isM(j) && (w == "for" || w == "about" || w == "on" || w == "with" || w == "into") {
			return true
		}
	}
	return false
}

// takingsFor reads the company a film's takings are counted for: "F
// pulled in $12.6 million for O" after the "$" at item i (DISTRIBUTED O →
// F, the film named latest before the figure). O is typed a company
// (strength 2 or more) or ends in a company word, and closes the clause.
func (p *pctx) takingsFor(i int) {
	k := i + 2
	if u := p.w(k); u == "million" || u == "billion" || u == "m" || u == "bn" {
		k++
	}
	if p.w(k) != "for" || !p.isM(k+1) {
		return
	}
	o := p.mm(k + 1)
	if o.quoted || !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && o.words >= 2 && realOrgWords[lowerLast(o.text)]) {
		return
	}
	if nx := p.w(k + 2); nx != "." && nx != "," && nx != ";" && nx != "" && nx != "and" {
		return
	}
	film := p.filmNear(i)
	for b := i - 1; !film.valid() && b >= 0 && b > i-8; b-- {
		// "Dust Road grossed $12.6 million for O": the verb's subject,
		// a name-shaped title
		if m := p.mm(b); m != nil {
			if m.typ == "" && !givenNameShaped(m) && !m.quoted && p.in(b+1, boxOfficeVerbs) && p.a.companyShaped(m) {
				m.setType(kg.Film, 2)
				film = mArg(b)
			}
			break
		}
	}
	if !film.valid() {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(k + 1), obj: film})
}

// countWords count the films of a line ("his two X films").
var countWords = setOf("two", "three", "four", "five", "six", "both", "all")

// appositiveHead returns the item of the title an appositive opening with
// the spin word at item k describes ("F, the long-awaited sequel to G",
// "F, a prequel", "F (Alt), the sequel", "F, O's sequel"): a name right
// before ", the" or ", a" (or a bracket after the name: glossedHead), or
// before an owner's possessive (ownerAppositiveHead), with at most two
// plain words or years between it and k, typed a film or untyped and not
// shaped like a person's name; else -1.
func (p *pctx) appositiveHead(k int) int {
	b := k - 1
	for n := 0; n < 2 && b > 0 && !p.isM(b) && (isWordLike(p.w(b)) || isYear(p.w(b))) && !p.wIn(b, articles); n++ {
		b--
	}
	if !(p.w(b) == "the" || p.w(b) == "a" || p.w(b) == "an") {
		return p.ownerAppositiveHead(b)
	}
	if p.w(b-1) != "," {
		return -1
	}
	y := p.glossedHead(b - 2)
	if y < 0 {
		return -1
	}
	m := p.mm(y)
	if m.typ == kg.Film || m.typ == "" && !m.personShaped() && !pcType(p.priorType(y)) || m.typ == "" && (m.colon || m.digit) {
		m.setType(kg.Film, 2)
		return y
	}
	return -1
}

// itsBefore returns the item of "its" before the spin word at item k,
// over a year and up to two describing words ("its sequel", "its 2016
// follow-up", "its sprawling 2014 sequel"), or -1.
func (p *pctx) itsBefore(k int) int {
	b := k - 1
	for n := 0; n < 3 && !p.isM(b) && (isYear(p.w(b)) || isWordLike(p.w(b)) && !p.wIn(b, commonWords) && p.w(b) != "its" && p.w(b) != "their"); n++ {
		b--
	}
	if p.w(b) == "its" && !p.isM(b) {
		return b
	}
	return -1
}

// madeFromNouns, with "from" right after them, name the production's
// maker, not what it continues ("a sequel from O", "the remake from O");
// "a spin-off from F" names its parent.
var madeFromNouns = setOf("sequel", "prequel", "remake", "reboot", "follow-up")
