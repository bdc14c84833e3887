package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// One title, many versions: a work made again under its own title — a
// film turned into a sitcom, remade thirty years later, done once more
// for a streamer ("When O turned X into a sitcom in 1961, with P as C";
// "the 1991 remake of X, directed by Q, in which P played C"; "the 2022
// O version starring P"; "a short-lived 1991 O revival with P as C").
// Each phrase that dates such a version makes it a work of its own, named
// as an encyclopedia tells them apart, "X (1991 film)", "X (1961
// series)", and the credits the phrase carries go to it instead of the
// article's own X. Sentences that follow in the paragraph and speak of it
// ("The series ran for a single season"; "who wrote the remake") keep it.

// againNouns close a phrase naming another version of a work: "the 1991
// remake", "the 2022 O version", "a 1991 O revival".
var againNouns = setOf("remake", "version", "revival", "reboot", "reimagining")

// turnedIntoNouns close "turned X into a sitcom in 1961": the kind of the
// new version (the series nouns make it a series).
var turnedIntoNouns = setOf("sitcom", "series", "show", "soap", "telenovela", "miniseries", "film", "movie", "feature", "musical")

// turnVerbs open "turned X into a sitcom".
var turnVerbs = setOf("turned", "turns", "turn", "turning", "made", "adapted", "remade")

// versionCues are againNouns and turnVerbs in one set (one look-up a
// word).
var versionCues = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []map[string]bool{againNouns, turnVerbs} {
		for w := range s {
			m[w] = true
		}
	}
	return m
}()

// version is one dated version of a work (sameNameVersions).
type version struct {
	base   int   // the local film entity it is a version of
	ment   int   // its mention (the entity of the version)
	sent   int32 // the sentence of its phrase
	lo     int   // the first token of its phrase
	org    int   // the mention of the company that made or aired it, or -1
	series bool
}

// sameNameVersions finds the phrases that date another version of a film
// of the article (see the top of this file), makes each version a film of
// its own and gives it the credits of its phrase and of the sentences
// after it that speak of it. Runs once the subject is known.
func (a *article) sameNameVersions() {
	if a.subjectFilm < 0 || len(a.claims) == 0 {
		return
	}
	now := "9999"
	if len(a.in.Article.Date) >= 4 {
		now = a.in.Article.Date[:4]
	}
	var vs []version
	for _, c := range a.cueTokens() { // (the tokens in versionCues among them)
		k := int(c)
		if k < 1 || k+1 >= len(a.toks) {
			continue
		}
		t := &a.toks[k]
		if t.kind != kWord || t.cap || !tokIn(t, versionCues) {
			continue
		}
		var v version
		ok := false
		if tokIn(t, againNouns) {
			v, ok = a.versionPhrase(k, now)
		} else {
			v, ok = a.turnedInto(k, now)
		}
		if ok {
			vs = append(vs, v)
		}
	}
	if len(vs) == 0 {
		return
	}
	for i := range vs {
		a.routeVersion(&vs[i], false)
	}
}

// versionPhrase reads the phrase closed by the version noun at token k:
// a determiner, at most four words among which one year (earlier than the
// article, now) and perhaps a company ("the 2022 O version", "a
// short-lived 1991 O revival"), then the noun, then "of X" or nothing; a
// title after the noun ("the 1994 remake, Y") is a version under another
// name and no concern here.
func (a *article) versionPhrase(k int, now string) (version, bool) {
	s := &a.sents[a.sentOf(k)]
	year, det := "", -1
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		t := &a.toks[j]
		if t.kind == kNum && isYear(t.text) {
			if year != "" {
				return version{}, false
			}
			year = t.text
			continue
		}
		if t.lower == "the" || t.lower == "a" || t.lower == "an" || t.lower == "its" || t.lower == "his" || t.lower == "her" || t.lower == "their" {
			det = j
			break
		}
		if t.kind != kWord && t.kind != kPoss && t.kind != kDash {
			return version{}, false
		}
	}
	if det < 0 || year == "" || year >= now {
		return version{}, false
	}
	ms, me := a.sentMentions(int(a.sentOf(k)))
	var base, x int = -1, -1
	if k+2 < s.b && a.toks[k+1].lower == "of" {
		if mi := a.mentionAt(ms, me, k+2); mi >= 0 && a.ments[mi].ent >= 0 && a.ments[mi].typ == kg.Film {
			x, base = mi, a.find(int(a.ments[mi].ent))
		} else {
			return version{}, false // a version of something else
		}
	} else if k+1 < s.b && a.toks[k+1].cap && a.toks[k+1].kind == kWord || k+2 < s.b && a.toks[k+1].text == "," && a.toks[k+2].cap {
		return version{}, false
	}
	// a title between the year and the noun: "the 2019 X remake"
	for mi := ms; mi < me && x < 0; mi++ {
		if m := &a.ments[mi]; int(m.a) > det && int(m.b) <= k && m.typ == kg.Film && m.ent >= 0 {
			x, base = mi, a.find(int(m.ent))
		}
	}
	if base < 0 {
		base = a.find(int(a.subjectFilm))
	}
	if a.ents[base].typ != kg.Film || a.ownYear(base) == year {
		return version{}, false
	}
	series := a.toks[k].lower == "revival" || a.seriesBase(base)
	for j := det + 1; j < k; j++ {
		series = series || seriesNouns[a.toks[j].lower]
	}
	if x < 0 && a.toks[k].lower != "version" && a.toks[k].lower != "revival" {
		return version{}, false // "the 2015 remake": of what, the franchise's first film or the article's?
	}
	return a.newVersion(base, x, det, k, year, series, a.companyIn(ms, me, det+1, k), false)
}

// turnedInto reads "turned X into a sitcom in 1961" ("turned it into a
// series in 1955") at the verb at token k: X a film of the article (or
// "it", the article's own), the new kind (turnedIntoNouns), and a year
// earlier than the article's in the phrase or just after it.
func (a *article) turnedInto(k int, now string) (version, bool) {
	si := int(a.sentOf(k))
	s := &a.sents[si]
	into := false // (the cheap test first: "into" shortly after)
	for j := k + 2; j < s.b && j <= k+9 && !into; j++ {
		into = a.toks[j].lower == "into"
	}
	if !into || k+1 >= s.b || a.toks[k+1].lower != "it" && !a.toks[k+1].cap {
		return version{}, false
	}
	ms, me := a.sentMentions(si)
	x, base, j := -1, -1, k+1
	if j < s.b && a.toks[j].lower == "it" {
		base, j = a.find(int(a.subjectFilm)), j+1
	} else if mi := a.mentionAt(ms, me, j); mi >= 0 && a.ments[mi].ent >= 0 && a.ments[mi].typ == kg.Film {
		x, base, j = mi, a.find(int(a.ments[mi].ent)), int(a.ments[mi].b)
	} else {
		return version{}, false
	}
	if j+2 >= s.b || a.toks[j].lower != "into" || a.toks[j+1].lower != "a" && a.toks[j+1].lower != "an" {
		return version{}, false
	}
	year, noun := "", -1
	for n := j + 2; n < s.b && n <= j+5; n++ {
		t := &a.toks[n]
		if t.kind == kNum && isYear(t.text) {
			year = t.text
			continue
		}
		if t.kind != kWord || t.cap {
			break
		}
		if turnedIntoNouns[t.lower] {
			noun = n
			break
		}
	}
	if noun < 0 {
		return version{}, false
	}
	if year == "" && noun+2 < s.b && a.toks[noun+1].lower == "in" && a.toks[noun+2].kind == kNum && isYear(a.toks[noun+2].text) {
		year = a.toks[noun+2].text
	}
	if year == "" || year >= now || a.ents[base].typ != kg.Film || a.ownYear(base) == year {
		return version{}, false
	}
	series := seriesNouns[a.toks[noun].lower] || a.toks[noun].lower == "soap" || a.toks[noun].lower == "telenovela"
	if x < 0 && (series && a.seriesBase(base) || !series && !a.seriesBase(base)) {
		return version{}, false // "turned it into a series" in an article about a series
	}
	// (a film turned into a series is a work apart, dated or not)
	return a.newVersion(base, x, k, noun, year, series, a.companyIn(ms, me, k-3, k), x < 0)
}

// companyIn returns the last mention among ms..me-1 of a company that lies
// within tokens lo..hi-1 ("the 2022 O version"; "When O turned X into"),
// or -1.
func (a *article) companyIn(ms, me, lo, hi int) int {
	org := -1
	for mi := ms; mi < me; mi++ {
		m := &a.ments[mi]
		if int(m.a) >= lo && int(m.b) <= hi && m.ent >= 0 && a.ents[a.find(int(m.ent))].typ == kg.Organisation {
			org = mi
		}
	}
	return org
}

// newVersion makes the version of film entity base that the phrase from
// token lo to the noun at token noun dates year, when something says it
// is a work apart: base keeps another name once mention x moves to the
// version, or (x < 0: the phrase gives no name) base is dated itself
// ("X (1950)") or the phrase says the version is apart (the film turned
// into a series) and a credit hangs on the phrase.
func (a *article) newVersion(base, x, lo, noun int, year string, series bool, org int, apart bool) (version, bool) {
	if x >= 0 && len(a.ents[base].mentions) < 2 {
		return version{}, false
	}
	if x < 0 {
		if !apart && a.ownYear(base) == "" {
			return version{}, false
		}
		v := version{base: base, ment: -1, sent: a.sentOf(noun), lo: lo, series: series}
		if !a.routeVersion(&v, true) {
			return version{}, false
		}
	}
	v := a.makeVersion(base, x, lo, noun, year, series)
	v.org = org
	return v, true
}

// seriesBase reports whether film entity e is named as a series (a
// series cue on one of its names, a feature-film cue on none).
func (a *article) seriesBase(e int) bool {
	series := false
	for _, mi := range a.ents[e].mentions {
		switch a.ments[mi].format {
		case kg.FormatFilm:
			return false
		case kg.FormatSeries:
			series = true
		}
	}
	return series
}

// makeVersion makes the version of film entity base dated year: mention x
// of base moves to it, or (x < 0) a mention of its own is made at the
// noun's token; the phrase runs from token lo.
func (a *article) makeVersion(base, x, lo, noun int, year string, series bool) version {
	kind := " film)"
	if series {
		kind = " series)"
	}
	name := a.versionTitle(base) + " (" + year + kind
	v := version{base: base, sent: a.sentOf(noun), lo: lo, series: series, org: -1}
	key := nameKey(name)
	same := -1 // the version made before (here or by sameNameRemade)
	for e := range a.ents {
		if a.ents[e].key == key && a.ents[e].typ == kg.Film && a.find(e) == e && len(a.ents[e].mentions) > 0 {
			same = e
			break
		}
	}
	if x < 0 {
		v.ment = a.sameNameMention(base, noun, name)
		if same >= 0 {
			a.moveMention(v.ment, same)
		}
		return v
	}
	m := &a.ments[x]
	m.text, m.key, m.the, m.theOpen = name, nameKey(name), false, false
	m.format = kg.FormatFilm
	if series {
		m.format = kg.FormatSeries
	}
	if same < 0 {
		same = a.newEnt(kg.Film, m.key)
	}
	a.moveMention(x, same)
	v.ment = x
	return v
}

// moveMention moves mention mi from its entity to local entity e.
func (a *article) moveMention(mi, e int) {
	if old := int(a.ments[mi].ent); old >= 0 {
		kept := a.ents[old].mentions[:0]
		for _, o := range a.ents[old].mentions {
			if o != mi {
				kept = append(kept, o)
			}
		}
		a.ents[old].mentions = kept
	}
	a.attach(mi, e)
}

// ownYear returns the year the article dates film entity e by: written in
// brackets after one of its names ("X (1950)") or just before it, with at
// most two lower-case words between ("O's 1939 musical X", "the 1950
// film X"); or "".
func (a *article) ownYear(e int) string {
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		b := int(m.b)
		if b+2 < len(a.toks) && a.toks[b].text == "(" && isYear(a.toks[b+1].text) && a.toks[b+2].text == ")" {
			return a.toks[b+1].text
		}
		k := int(m.a) - 1
		if m.the {
			k--
		}
		lo := max(int(a.sents[m.sent].a), k-2)
		for ; k >= lo && a.toks[k].kind == kWord && !a.toks[k].cap; k-- {
		}
		if k >= 0 && k >= lo && a.toks[k].kind == kNum && isYear(a.toks[k].text) && k < int(m.a)-1 {
			return a.toks[k].text
		}
	}
	return ""
}

// sentMentions returns the range of mentions of sentence si (mentions are
// made sentence by sentence; those added later lie past the range).
func (a *article) sentMentions(si int) (int, int) {
	lo := 0
	for lo < len(a.ments) && int(a.ments[lo].sent) < si {
		lo++
	}
	hi := lo
	for hi < len(a.ments) && int(a.ments[hi].sent) == si {
		hi++
	}
	return lo, hi
}

// routeVersion gives version v the credits of its phrase: in its
// sentence, those of a person named after the phrase opens that go to
// the work v is a version of (its name or the article's anaphor); in the
// sentences after it in its paragraph that speak of it ("the series",
// "the remake") and name no film, those of the anaphor.
// With dry set it changes nothing and reports whether there is a credit
// to give.
func (a *article) routeVersion(v *version, dry bool) bool {
	to := arg{m: int32(v.ment), of: -1, abs: true}
	subj := a.find(int(a.subjectFilm))
	last := v.sent
	for si := int(v.sent) + 1; si < len(a.sents) && a.toks[a.sents[si].a].nl < 2; si++ {
		if !a.speaksOfVersion(si, v.series) {
			break
		}
		last = int32(si)
	}
	n := len(a.claims)
	for i := 0; i < n; i++ {
		c := &a.claims[i]
		if !dry && c.rel == kg.Portrayed && c.sent == v.sent && a.afterPhrase(c, v) && !a.castIn(c) {
			// "with P as C" after the phrase: P is in the cast of the version
			a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: c.subj, obj: to, char: c.obj, sent: c.sent, asOf: c.asOf})
			continue
		}
		if c.sent < v.sent || c.sent > last || c.rel == "" || !filmAnaphorRel(c.rel) && c.rel != kg.AppearsIn {
			continue
		}
		switch {
		case c.obj.m >= 0:
			if int(c.obj.m) == v.ment && v.ment >= 0 {
				continue
			}
			e := a.ments[c.obj.m].ent
			if e < 0 || a.find(int(e)) != v.base || c.sent != v.sent || !a.afterPhrase(c, v) {
				continue
			}
		case c.obj.ana == anaFilm || c.obj.ana == anaSeries || c.obj.ana == anaOriginal:
			if v.base != subj || c.sent == v.sent && !a.afterPhrase(c, v) {
				continue
			}
		default:
			continue
		}
		if dry {
			return true
		}
		c.obj = to
	}
	if !dry && v.org >= 0 {
		a.claims = append(a.claims, pclaim{rel: kg.Distributed, subj: arg{m: int32(v.org), of: -1, abs: true}, obj: to, sent: v.sent})
	}
	return false
}

// afterPhrase reports whether the person (or character) claim c credits
// stands after the start of version v's phrase.
// A person whose clause goes back to the other work ("P, who had played
// C in the movie, returned too") stays with it.
func (a *article) afterPhrase(c *pclaim, v *version) bool {
	if c.subj.m < 0 || int(a.ments[c.subj.m].a) <= v.lo {
		return false
	}
	m := &a.ments[c.subj.m]
	hi := int(a.sents[m.sent].b)
	k := int(m.b)
	if k+1 < hi && a.toks[k].text == "," && (a.toks[k+1].lower == "who" || a.toks[k+1].lower == "whose") {
		k += 2
	}
	for ; k+1 < hi && k <= int(m.b)+16; k++ {
		t := &a.toks[k]
		if t.text == "," || t.text == ";" {
			break
		}
		if t.lower == "the" {
			w := a.toks[k+1].lower
			if w == "original" || v.series && (w == "film" || w == "movie") || !v.series && (w == "series" || w == "show" || w == "sitcom") {
				return false
			}
		}
	}
	return true
}

// speaksOfVersion reports whether sentence si goes on about a version
// (series tells its kind): it names no film and speaks of "the remake",
// "the series", "the sitcom", "the revival", "the new version".
func (a *article) speaksOfVersion(si int, series bool) bool {
	s := &a.sents[si]
	ms, me := a.sentMentions(si)
	for mi := ms; mi < me; mi++ {
		if a.ments[mi].typ == kg.Film {
			return false
		}
	}
	for k := s.a; k+1 < s.b; k++ {
		if a.toks[k].lower != "the" {
			continue
		}
		w := a.toks[k+1].lower
		if w == "new" || w == "short-lived" {
			w = a.toks[min(k+2, s.b-1)].lower
		}
		if series && (seriesNouns[w] || w == "revival" || w == "soap") || !series && (w == "remake" || w == "version") {
			return true
		}
	}
	return false
}

// castIn reports whether a cast claim of the person of claim c's subject
// stands in c's sentence.
func (a *article) castIn(c *pclaim) bool {
	for i := range a.claims {
		o := &a.claims[i]
		if o.rel == kg.ActedIn && o.sent == c.sent && o.subj.m == c.subj.m {
			return true
		}
	}
	return false
}

// versionTitle returns the title of film entity e to name its versions
// by: its most frequent form (baseTitle), with "The" when a mention wrote
// it so inside a sentence ("The X (1963 film)").
func (a *article) versionTitle(e int) string {
	t := a.baseTitle(e)
	if t == "" || len(t) > 4 && t[:4] == "The " {
		return t
	}
	for _, mi := range a.ents[e].mentions {
		if m := &a.ments[mi]; m.the && m.text == t {
			return "The " + t
		}
	}
	return t
}
