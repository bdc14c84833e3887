package loaders

import (
	"slices"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// localResult is what one article contributes before cross-article
// resolution: its entities (local indexes) and claims between them.
type localResult struct {
	art    kg.Article
	ents   []outEnt
	claims []lclaim
	warn   []Reject
}

// outEnt is an entity of one article.
type outEnt struct {
	typ          kg.NodeType
	key          string
	forms        []formCount
	mentions     []kg.Source
	rules        map[string]string
	conditional  bool
	hypothetical bool // a film named only as one that may never exist ("Will there be an X 3?"): no PART_OF
}

type formCount struct {
	form  string
	fold  string
	count int
	first int       // offset of the first mention
	src   kg.Source // the source of the form's first mention, which explains a merge
}

// lclaim is a claim of one article between local entities.
type lclaim struct {
	rel        kg.RelType
	subj, obj  int32
	subjCharOf int32 // >=0: the subject is the character played by this person
	char       int32 // ACTED_IN: character entity, or -1
	charOf     int32 // ACTED_IN: the character is the one this person plays, or -1
	role, job  string
	prop       *lprop // a property claim's (nil for a relationship)
	src        kg.Source
}

// lprop is what a property claim states: on its own, because property
// claims are few and the relationships, which are most, have no need of
// its four strings (kept for every claim of every article until the
// facts are emitted, they made lclaim a third larger).
type lprop struct {
	prop, val string
	precision string
	asOf      string
}

// allowed lists, per relationship, the subject and object types.
var allowed = map[kg.RelType][2][]kg.NodeType{
	kg.ActedIn:     {{kg.Person}, {kg.Film}},
	kg.Portrayed:   {{kg.Person}, {kg.Character}},
	kg.AppearsIn:   {{kg.Character}, {kg.Film}},
	kg.Directed:    {{kg.Person}, {kg.Film}},
	kg.Wrote:       {{kg.Person}, {kg.Film}},
	kg.Produced:    {{kg.Person, kg.Organisation}, {kg.Film}},
	kg.Distributed: {{kg.Organisation}, {kg.Film}},
	kg.WorkedOn:    {{kg.Person}, {kg.Film}},
	kg.MemberOf:    {{kg.Character, kg.Person}, {kg.Organisation}},
	kg.PartOf:      {{kg.Film}, {kg.Franchise}},
	kg.SpinOffOf:   {{kg.Film}, {kg.Film, kg.Franchise}},
	kg.SequelOf:    {{kg.Film}, {kg.Film, kg.Franchise}},
	kg.PrequelOf:   {{kg.Film}, {kg.Film, kg.Franchise}},
}

func typeIn(t kg.NodeType, ts []kg.NodeType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// filmFormat reports whether a mention of local entity e carries the
// feature-film format cue.
func (a *article) filmFormat(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if a.ments[mi].format == kg.FormatFilm {
			return true
		}
	}
	return false
}

// emitLocal turns the resolved article into a localResult.
func (a *article) emitLocal() *localResult {
	r := &localResult{art: a.in.Article, warn: a.warn}
	r.claims, a.lclaims = scratchClaims(len(a.claims) + 8) // (copied out at their length once run is done: keepClaims)
	idx := make([]int32, len(a.ents))
	roots, nments := 0, 0
	for e := range a.ents {
		if a.find(e) == e && len(a.ents[e].mentions) > 0 {
			roots++
			nments += len(a.ents[e].mentions)
		}
	}
	r.ents = make([]outEnt, 0, roots)   // (sized once)
	msrcs := make([]kg.Source, nments)  // every entity's mention sources, one slice each (cutSources)
	formAt := make([]int32, 0, roots+1) // where each entity's forms start in a.formBuf (keepForms)
	a.formBuf = a.bufForms(nments)      // (an entity has no more forms than mentions)
	for e := range a.ents {
		idx[e] = -1
		if a.find(e) != e || len(a.ents[e].mentions) == 0 {
			continue
		}
		le := &a.ents[e]
		oe := outEnt{typ: le.typ, key: le.key, conditional: le.conditional, rules: le.rules}
		oe.mentions, msrcs = cutSources(msrcs, len(le.mentions))
		formAt = append(formAt, int32(len(a.formBuf)))
		forms := a.countForms(le.mentions, &oe.mentions)
		if len(forms) > 1 {
			// (the forms are distinct: any sort gives this order; this
			// one allocates nothing)
			slices.SortFunc(forms, func(x, y formCount) int { return strings.Compare(x.form, y.form) })
		}
		oe.mentions = kg.SortSources(oe.mentions)
		// the key of the entity is the key of its most frequent form
		idx[e] = int32(len(r.ents))
		r.ents = append(r.ents, oe)
	}
	a.keepForms(r.ents, append(formAt, int32(len(a.formBuf))))
	ent := func(x arg) int32 {
		switch {
		case x.m >= 0:
			if e := a.ments[x.m].ent; e >= 0 {
				return idx[e]
			}
		case x.ana == anaFilm && a.subjectFilm >= 0:
			return idx[a.find(int(a.subjectFilm))]
		case x.ana == anaSeries:
			if a.seriesFilm >= 0 {
				return idx[a.find(int(a.seriesFilm))]
			}
			if a.subjectFilm >= 0 && !a.filmFormat(a.find(int(a.subjectFilm))) {
				// "the series" when no title has a series cue: the
				// article's subject, unless a cue says it is a feature film
				return idx[a.find(int(a.subjectFilm))]
			}
		case x.ana == anaFranchise && a.franchise >= 0:
			return idx[a.find(int(a.franchise))]
		case x.ana == anaOriginal:
			if e := a.originalFilm(); e >= 0 {
				return idx[e]
			}
		}
		return -1
	}
	// characters each person plays in this article
	// (by person: 0 for none, 1 + the character for one, -1 for several)
	plays := make([]int32, len(r.ents))
	for _, c := range a.claims {
		if c.rel == kg.ActedIn && c.char.m >= 0 {
			p, ch := ent(c.subj), ent(c.char)
			if p >= 0 && ch >= 0 && r.ents[ch].typ == kg.Character {
				if plays[p] == 0 {
					plays[p] = ch + 1
				} else if plays[p] != ch+1 {
					plays[p] = -1
				}
			}
		}
	}
	charOfLocal := func(p int32) int32 {
		if p < 0 || plays[p] <= 0 {
			return -1
		}
		return plays[p] - 1
	}
	para := a.paragraphFilms()
	subj := int32(-1)
	if a.subjectFilm >= 0 {
		subj = idx[a.find(int(a.subjectFilm))]
	}
	var every []lclaim // credits of "all three films": one per film of the franchise
	hypo := map[int32]bool{}
	for e := range a.ents {
		if a.find(e) == e && a.ents[e].typ == kg.Film && idx[e] >= 0 && a.hypotheticalFilm(e) {
			hypo[idx[e]] = true
			r.ents[idx[e]].hypothetical = true
		}
	}
	series := a.seriesSourceOf() // "the film" in an article about a series (anaphor_seriesfilm.go)
	a.seriesFilmReprises(series)
	for _, c := range a.claims {
		if series.on && c.obj.m < 0 && c.obj.ana == anaFilm && a.seriesFilmCredit(&c) {
			c.obj = series.film() // the source film, or none (the part stays): never the series
		}
		src := a.source(c.sent)
		if c.obj.ana == anaSeries && c.obj.m < 0 && a.seriesFilm >= 0 && a.subjectFilm >= 0 && a.find(int(a.seriesFilm)) != a.find(int(a.subjectFilm)) {
			// "the series" in a paragraph that names the article's subject
			// and not the title with a series cue: the subject
			if fs := para(int(c.sent)); fs[a.find(int(a.subjectFilm))] && !fs[a.find(int(a.seriesFilm))] {
				c.obj = arg{m: -1, ana: anaFilm, of: -1, abs: true}
			}
		}
		if c.rel == "" {
			s := ent(c.subj)
			if s < 0 || r.ents[s].typ != kg.Film {
				continue
			}
			val := c.val
			if c.prop == kg.PropAlsoKnownAs {
				if c.obj.m < 0 {
					continue
				}
				val = a.display(int(c.obj.m))
			}
			if val == "" {
				continue
			}
			p := a.newProp(lprop{prop: c.prop, val: val, precision: c.precision, asOf: c.asOf})
			r.claims = append(r.claims, lclaim{subj: s, obj: -1, subjCharOf: -1, char: -1, charOf: -1, prop: p, src: src})
			continue
		}
		lc := lclaim{rel: c.rel, subj: -1, obj: ent(c.obj), subjCharOf: -1, char: -1, charOf: -1, role: c.role, job: c.job, src: src}
		if c.subj.ana == anaCharOf {
			p := ent(mArg(int(c.subj.of)))
			if p < 0 || r.ents[p].typ != kg.Person {
				continue
			}
			if ch := charOfLocal(p); ch >= 0 {
				lc.subj = ch
			} else {
				lc.subjCharOf = p
			}
		} else {
			lc.subj = ent(c.subj)
			if lc.subj < 0 {
				continue
			}
		}
		if lc.obj < 0 && lc.rel == kg.ActedIn && lc.subj >= 0 && c.obj.m < 0 && c.char.m >= 0 && c.char.ana != anaCharOf {
			// "P plays C" with no film the article resolves "the film"
			// to: who plays C still holds
			if ch := ent(c.char); ch >= 0 && r.ents[ch].typ == kg.Character {
				lc.rel, lc.obj = kg.Portrayed, ch
			}
		}
		if c.obj.ana == anaAllFilms && lc.subj >= 0 {
			lc.char = int32(c.obj.n) // (the count, until allFilmsClaims reads it)
			if a.subjectFilm >= 0 && para(int(c.sent))[a.find(int(a.subjectFilm))] {
				lc.charOf = 1 // (the subject film is named in the paragraph: allFilmsClaims' fallback)
			}
			every = append(every, lc)
			continue
		}
		if lc.obj < 0 && c.obj.ana == anaFranchise && c.obj.n == 1 && c.obj.m < 0 && filmLinkRel(lc.rel) && subj >= 0 && !continuationKey(r.ents[subj].key) {
			// a spin-off or prequel with no parent named and no franchise:
			// the article's own show or film, unless its title says it
			// continues another ("X: Subtitle", "X 2")
			lc.obj = subj
		}
		if lc.obj < 0 || lc.obj == lc.subj {
			continue
		}
		if c.char.valid() && lc.rel != kg.Portrayed {
			if c.char.ana == anaCharOf {
				p := ent(mArg(int(c.char.of)))
				if p >= 0 {
					if ch := charOfLocal(p); ch >= 0 {
						lc.char = ch
					} else {
						lc.charOf = p
					}
				}
			} else if ch := ent(c.char); ch >= 0 && r.ents[ch].typ == kg.Character {
				lc.char = ch
			}
		}
		if lc.rel == kg.ActedIn && lc.obj == subj && c.subj.m >= 0 && a.withdrawnMention(&a.ments[c.subj.m]) {
			// "P is not expected to return": no credit in the production
			// the article is about, from any rule; who played C stays
			if lc.char < 0 {
				continue
			}
			lc.rel, lc.obj, lc.char = kg.Portrayed, lc.char, -1
		}
		if filmLinkRel(lc.rel) && (hypo[lc.obj] || lc.subj >= 0 && hypo[lc.subj]) || lc.rel == kg.PartOf && lc.subj >= 0 && hypo[lc.subj] {
			continue // "a possible X 4", "Will there be an X 3?": no film to link
		}
		rule := allowed[lc.rel]
		if lc.subj >= 0 && !typeIn(r.ents[lc.subj].typ, rule[0]) || !typeIn(r.ents[lc.obj].typ, rule[1]) {
			continue
		}
		r.claims = append(r.claims, lc)
	}
	// a spin-off, sequel or prequel of X where X names a film and its
	// franchise: the film is the parent, the franchise holds the child
	r.claims = filmParents(r.ents, r.claims)
	// "X 2" and "X" in one article: the numbered film is the sequel
	r.claims = append(r.claims, a.numberedSequelLinks(idx)...)
	if len(every) > 0 {
		r.claims = append(r.claims, allFilmsClaims(r, every, hypo, subj)...)
	}
	// fixed properties from cues: format, world, kind
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.ent < 0 || idx[m.ent] < 0 {
			continue
		}
		e := idx[m.ent]
		src := a.source(m.sent)
		add := func(prop, val string) {
			r.claims = append(r.claims, lclaim{subj: e, obj: -1, subjCharOf: -1, char: -1, charOf: -1, prop: a.newProp(lprop{prop: prop, val: val}), src: src})
		}
		switch r.ents[e].typ {
		case kg.Film:
			if m.format != "" {
				add(kg.PropFormat, m.format)
			}
		case kg.Organisation:
			if m.world != "" {
				add(kg.PropWorld, m.world)
			}
			if m.kind != "" {
				add(kg.PropKind, m.kind)
			}
		}
	}
	return r
}

// paragraphFilms returns a function giving, for sentence si, the root
// film entities named in its paragraph up to and including si (nil when
// none).
func (a *article) paragraphFilms() func(si int) map[int]bool {
	start := make([]int, len(a.sents))
	for si := range a.sents {
		if si > 0 && a.toks[a.sents[si].a].nl < 2 && !a.sents[si-1].titleCase {
			start[si] = start[si-1]
		} else {
			start[si] = si
		}
	}
	return func(si int) map[int]bool {
		var out map[int]bool
		for mi := range a.ments {
			m := &a.ments[mi]
			if int(m.sent) < start[si] || int(m.sent) > si || m.ent < 0 {
				continue
			}
			if e := a.find(int(m.ent)); a.ents[e].typ == kg.Film {
				if out == nil {
					out = map[int]bool{}
				}
				out[e] = true
			}
		}
		return out
	}
}

// filmParents retargets each SPIN_OFF_OF, SEQUEL_OF or PREQUEL_OF claim
// whose parent is a franchise to the article's film of the same name
// (the franchise "X" and the show "X": "a spin-off of X" continues the
// show), adding PART_OF from the child to the franchise.
func filmParents(ents []outEnt, claims []lclaim) []lclaim {
	n := len(claims)
	for i := 0; i < n; i++ {
		c := &claims[i]
		if c.rel != kg.SpinOffOf && c.rel != kg.SequelOf && c.rel != kg.PrequelOf || c.obj < 0 || c.subj < 0 || ents[c.obj].typ != kg.Franchise {
			continue
		}
		key := ents[c.obj].key
		for f := range ents {
			if ents[f].typ == kg.Film && ents[f].key == key && int32(f) != c.subj {
				part := *c
				part.rel = kg.PartOf
				c.obj = int32(f)
				claims = append(claims, part)
				c = &claims[i] // (append may have moved the array)
				break
			}
		}
	}
	return claims
}

// originalFilm returns the root film entity the subject film's title
// continues ("the padrone" for "the padrone part ii", "buffoon" for
// "buffoon: folie a trois", "slasherman" for "slasherman 3"), else -1.
func (a *article) originalFilm() int {
	if a.subjectFilm < 0 {
		return -1
	}
	subj := a.find(int(a.subjectFilm))
	key := a.ents[subj].key
	best := -1
	for e := range a.ents {
		if a.find(e) != e || e == subj || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 {
			continue
		}
		k := a.ents[e].key
		if len(k) < 3 || len(k) >= len(key) || !strings.HasPrefix(key, k) {
			continue
		}
		if rest := key[len(k):]; rest[0] != ' ' && rest[0] != ':' {
			continue
		}
		if best < 0 || len(k) < len(a.ents[best].key) {
			best = e
		}
	}
	if best < 0 {
		return a.originalFallback()
	}
	return best
}

// withdrawnMention reports whether the article says the person of
// mention m will not be back in the production it is about
// (the last word of the name among withdrawnNames, read once per article).
func (a *article) withdrawnMention(m *mention) bool {
	if m.words < 1 {
		return false
	}
	if a.withdrawn == nil {
		a.withdrawn = a.withdrawnNames()
	}
	// (looked up without lower-casing into a new string)
	return len(a.withdrawn) > 0 && inLower(a.withdrawn, lastWord(m.text))
}
