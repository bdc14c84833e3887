package loaders

import (
	"sync"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A learned credit classifier beside the rules (an experiment; see
// learn_model.go for the model and loaders/internal/trainpairs for how it
// is trained and cross-validated). Candidates are the pairs of one
// article that share a sentence, (person or character, film),
// (person, character), (organisation, film) and (character, organisation),
// and each person, character or organisation with the article's subject
// film; features are hashed
// lower-case words, punctuation shapes, distances and what the rules
// already said. No capitalised token, name or
// title ever becomes a feature: a capitalised word is the shape "<C>".

// learnTypes are the credit types the classifier scores, in model order,
// each for the kind of pair learnTypeKind gives: the first five for
// (person, film) pairs, APPEARS_IN for (character, film) pairs,
// PORTRAYED for (person, character) pairs, PRODUCED and DISTRIBUTED
// for (organisation, film) pairs, MEMBER_OF for (character, organisation)
// pairs.
var learnTypes = [...]kg.RelType{kg.ActedIn, kg.Directed, kg.Produced, kg.Wrote, kg.WorkedOn, kg.AppearsIn,
	kg.Portrayed, kg.Produced, kg.Distributed, kg.MemberOf}

// the kinds of candidate pairs (subject, object)
const (
	kindPersonFilm uint8 = iota
	kindCharFilm
	kindPersonChar
	kindOrgFilm
	kindCharOrg
	learnKinds
)

// learnKindTypes are the subject and object types of each kind.
var learnKindTypes = [learnKinds][2]kg.NodeType{{kg.Person, kg.Film}, {kg.Character, kg.Film}, {kg.Person, kg.Character},
	{kg.Organisation, kg.Film}, {kg.Character, kg.Organisation}}

// learnTypeKind is the kind of pair each of learnTypes is scored for.
var learnTypeKind = [...]uint8{kindPersonFilm, kindPersonFilm, kindPersonFilm, kindPersonFilm, kindPersonFilm,
	kindCharFilm, kindPersonChar, kindOrgFilm, kindOrgFilm, kindCharOrg}

// learnKindHeads are, per kind of pair, the add heads [lo, hi) scoring it
// (learnTypes are ordered by kind).
var learnKindHeads = [learnKinds][2]int{{0, 5}, {5, 6}, {6, 7}, {7, 9}, {9, 10}}

// learnObjTypes are the object types of the kinds, each once.
var learnObjTypes = [...]kg.NodeType{kg.Film, kg.Character, kg.Organisation}

// learnKind is the kind of the pair (subject type, object type), or
// learnKinds when no type is scored for it.
func learnKind(s, o kg.NodeType) uint8 {
	for k, st := range learnKindTypes {
		if st[0] == s && st[1] == o {
			return uint8(k)
		}
	}
	return learnKinds
}

const (
	learnNT      = len(learnTypes)
	learnNH      = 2 * learnNT // heads: add type t; learnNT+t: drop a rule credit of type t
	learnBits    = 16
	learnDim     = 1 << learnBits
	learnMaxSent = 4  // co-occurrence sentences read per pair
	learnSentBag = 16 // sentence words read for the bag features
)

// pairCand is one candidate (person, film) pair of an article.
type pairCand struct {
	p, f  int32          // local entities (localResult.ents): person or character, film
	sent  int32          // the sentence cited: the closest co-occurrence, or -1
	dist  int32          // tokens between the two mentions in that sentence
	rules uint16         // bit t: the rules emitted learnTypes[t] for the pair
	rchar uint16         // bit t: some such claim names a character
	feats []uint32       // hashed features (indexes below learnDim), when recorded
	acc   [learnNH]int32 // else the sums of their quantised weights per head
	dead  bool           // no action possible: not scored
	kind  uint8          // kindPersonFilm...
}

// feature family prefixes (hash seeds)
const (
	fBias uint32 = iota + 1
	fBetween
	fBetweenSeq
	fBetweenLeft
	fBetweenRight
	fLeft
	fRight
	fPersonL
	fPersonR
	fFilmL
	fFilmR
	fDist
	fFilmsBetween
	fPersonsBetween
	fFilmsInSent
	fPersonsInSent
	fNearest
	fSentBag
	fSubject
	fFilmHead
	fPersonHead
	fSentences
	fRule
	fRuleOther
	fHasChar
	fSubjOnly
	fSubjOnlyL
	fSubjOnlyR
	fSubjOnlyFilms
	fSubjOnlyBag
	fPersonMents
	fFilmMents
	fNoRule
	fFilmFormat
	fFilmRule
	fCharsBetween
)

// fhash hashes a feature family, a small variant and a word's hash.
func fhash(fam, variant, wh uint32) uint32 {
	h := fam*0x9e3779b1 ^ (variant+1)*0x85ebca77 ^ wh*0xc2b2ae3d
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h & (learnDim - 1)
}

// strHash hashes a word (FNV-1a).
func strHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h | 1
}

// learnWord is the word a token contributes: its lower-case text, or a
// shape for a capitalised word, a number or a mention ("<P>", "<F>", "<E>").
func (a *article) learnWord(k int, tokMent []uint8) string {
	switch tokMent[k] {
	case 1:
		return "<P>"
	case 2:
		return "<F>"
	case 3:
		return "<E>"
	case 4:
		return "<H>"
	}
	t := &a.toks[k]
	switch {
	case t.kind == kNum:
		return "<N>"
	case t.kind == kWord && (t.cap || t.allCaps):
		return "<C>"
	case t.kind == kQuote:
		return "\""
	}
	return t.lower
}

// learnSubjType is the subject type of learnTypes[t].
func learnSubjType(t int) kg.NodeType { return learnKindTypes[learnTypeKind[t]][0] }

// learnObjType is the object type of learnTypes[t].
func learnObjType(t int) kg.NodeType { return learnKindTypes[learnTypeKind[t]][1] }

func bucket(n int, edges ...int) uint32 {
	for i, e := range edges {
		if n <= e {
			return uint32(i)
		}
	}
	return uint32(len(edges))
}

// learnEntInfo is what learnCandidates knows of an entity of r.
type learnEntInfo struct {
	perType [learnNT]int16 // person: films the rules credit it with per type; film: persons
	hasChar bool           // person or character: the rules cast it
	inHead  bool
	format  uint8 // film: 1 a feature-film cue, 2 a series cue
	nFirst  uint8
	first   [3]int32 // its first mentions (in a.ments order)
}

// learnBufs are learnCandidates' arrays, reused from article to article
// through learnPool while the classifier is on.
type learnBufs struct {
	idx, perSent, order []int32
	tokMent, seen       []uint8
	wh                  []uint32 // per token: the hash of its learnWord, 0 until asked
	me                  []int32  // per mention: its entity in r.ents, -1 when none
	mt                  []uint8  // per mention: its entity's type, a learnTypeCode
	info                []learnEntInfo
	cands               []pairCand
	pairs               any // map[pk]int32 (pk is learnCandidates' own)
}

var learnPool = sync.Pool{New: func() any { return new(learnBufs) }}

// learnGrow returns (*s)[:n] cleared, growing *s when it is too short.
func learnGrow[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n, n+n/4+16)
	}
	*s = (*s)[:n]
	clear(*s)
	return *s
}

// learnCandidates returns the candidate pairs of the article, with their
// features, after the rules have produced r.
// Its arrays are b's (nil: new ones); the result lives in b until b is
// used again. With rec, each candidate records its features; else m scores them as
// they come (acc), and nothing is recorded.
func (a *article) learnCandidates(r *localResult, m *learnModel, rec bool, b *learnBufs) []pairCand {
	if len(r.ents) == 0 || m == nil && !rec {
		return nil
	}
	// local entity of a.ents -> index in r.ents (as emitLocal numbers them)
	if b == nil {
		b = new(learnBufs)
	}
	idx := learnGrow(&b.idx, len(a.ents))
	n := int32(0)
	for e := range a.ents {
		idx[e] = -1
		if a.find(e) == e && len(a.ents[e].mentions) > 0 {
			idx[e] = n
			n++
		}
	}
	if int(n) != len(r.ents) {
		return nil
	}
	entOf := func(m *mention) int32 {
		if m.ent < 0 {
			return -1
		}
		return idx[a.find(int(m.ent))]
	}
	// what the rules said
	type pk struct{ p, f int32 }
	if b.pairs == nil {
		b.pairs = map[pk]int32{}
	}
	pairs := b.pairs.(map[pk]int32)
	clear(pairs)
	cands := b.cands[:0]
	info := learnGrow(&b.info, len(r.ents))
	for i := range r.claims {
		c := &r.claims[i]
		if c.subj < 0 || c.obj < 0 {
			continue
		}
		if c.rel == kg.Portrayed || c.rel == kg.ActedIn && c.char >= 0 {
			info[c.subj].hasChar = true
			if c.rel == kg.Portrayed {
				info[c.obj].hasChar = true
			} else {
				info[c.char].hasChar = true
			}
		}
		for t, lt := range learnTypes {
			subj, obj, rel := c.subj, c.obj, c.rel
			if c.rel == kg.ActedIn && c.char >= 0 { // (resolution adds them)
				switch learnTypeKind[t] {
				case kindCharFilm:
					subj, rel = c.char, kg.AppearsIn
				case kindPersonChar:
					obj, rel = c.char, kg.Portrayed
				}
			}
			if rel == lt && r.ents[subj].typ == learnSubjType(t) && r.ents[obj].typ == learnObjType(t) {
				k := pk{subj, obj}
				ci, ok := pairs[k]
				if !ok {
					ci = int32(len(cands))
					pairs[k] = ci
					cands = append(cands, pairCand{p: subj, f: obj, sent: -1, kind: learnTypeKind[t]})
				}
				cands[ci].rules |= 1 << t
				if c.char >= 0 || c.charOf >= 0 || c.rel != rel {
					cands[ci].rchar |= 1 << t
				}
			}
		}
	}
	ruled := len(cands)        // candidates so far exist only because of rules
	var dropLive [learnNT]bool // drop heads that can fire
	anyDropLive := false
	if m != nil {
		dropLive, anyDropLive = m.liveDrops()
	}
	// a pair the rules credited can only lose a credit the model may drop
	// (one without a character, of a type it drops at all): the others are
	// not scored
	for i := range cands {
		c := &cands[i]
		c.dead = !rec
		for t := 0; t < learnNT && c.dead; t++ {
			if c.rules&(1<<t) != 0 && c.rchar&(1<<t) == 0 && dropLive[t] {
				c.dead = false
			}
		}
	}
	// per person, per type: films the rules credit; per film, per type:
	// persons the rules credit
	for _, c := range cands {
		for t := 0; t < learnNT; t++ {
			if c.rules&(1<<t) != 0 {
				info[c.p].perType[t]++
				info[c.f].perType[t]++
			}
		}
	}
	// per mention: its entity and that entity's type, once
	me := learnGrow(&b.me, len(a.ments))
	mt := learnGrow(&b.mt, len(a.ments))
	for mi := range a.ments {
		e := entOf(&a.ments[mi])
		me[mi] = e
		if e >= 0 {
			mt[mi] = learnTypeCode(r.ents[e].typ)
		}
	}
	// token -> mention type, mentions per sentence
	tokMent := learnGrow(&b.tokMent, len(a.toks))
	perSent := learnGrow(&b.perSent, 2*len(a.sents)+1)
	fill := perSent[len(a.sents)+1:]
	perSent = perSent[:len(a.sents)+1]
	for mi := range a.ments {
		m := &a.ments[mi]
		if me[mi] < 0 {
			continue
		}
		v := mt[mi] // (1 person, 2 film, 4 character, 3 any other)
		if v == ltcOrg {
			v = ltcOther
		}
		for k := m.a; k < m.b && int(k) < len(tokMent); k++ {
			if k >= 0 {
				tokMent[k] = v
			}
		}
		perSent[m.sent+1]++
	}
	for i := 1; i < len(perSent); i++ {
		perSent[i] += perSent[i-1]
	}
	order := learnGrow(&b.order, int(perSent[len(perSent)-1]))
	for mi := range a.ments {
		m := &a.ments[mi]
		if me[mi] < 0 {
			continue
		}
		order[perSent[m.sent]+fill[m.sent]] = int32(mi)
		fill[m.sent]++
	}
	subj := int32(-1)
	if a.subjectFilm >= 0 {
		subj = idx[a.find(int(a.subjectFilm))]
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		e := me[mi]
		if e >= 0 && a.sents[m.sent].start < a.body {
			info[e].inHead = true
		}
		if e >= 0 && info[e].nFirst < 3 {
			info[e].first[info[e].nFirst] = int32(mi)
			info[e].nFirst++
		}
		if e >= 0 && m.format != "" {
			if m.format == kg.FormatFilm {
				info[e].format |= 1
			} else {
				info[e].format |= 2
			}
		}
	}
	seen := learnGrow(&b.seen, len(cands)) // co-occurrence sentences read per candidate
	// the hash of token k's learnWord, once per token (strHash is never 0:
	// 0 is a token not hashed yet)
	whs := learnGrow(&b.wh, len(a.toks))
	wh := func(k int) uint32 {
		if h := whs[k]; h != 0 {
			return h
		}
		h := strHash(a.learnWord(k, tokMent))
		whs[k] = h
		return h
	}
	nh := learnNT // (the drop heads only when the model drops)
	if anyDropLive {
		nh = learnNH
	}
	stride := 0 // weights per feature in m.w: learnNT, or learnNH when it drops
	if m != nil {
		stride = len(m.w) / learnDim
	}
	add := func(c *pairCand, fam, v, w uint32) {
		h := fhash(fam, v, w)
		if rec {
			c.feats = append(c.feats, h)
			return
		}
		row := m.w[int(h)*stride : int(h)*stride+nh]
		kh := learnKindHeads[c.kind] // (the other heads never read c.acc)
		for t := kh[0]; t < kh[1]; t++ {
			c.acc[t] += int32(row[t])
		}
		if nh > learnNT {
			for t := learnNT + kh[0]; t < learnNT+kh[1]; t++ {
				c.acc[t] += int32(row[t])
			}
		}
	}
	for si := range a.sents {
		ms := order[perSent[si]:perSent[si+1]]
		if len(ms) < 2 {
			continue
		}
		films, people, chars, orgs := 0, 0, 0, 0
		for _, mi := range ms {
			switch mt[mi] {
			case ltcPerson:
				people++
			case ltcChar:
				chars++
			case ltcOrg:
				orgs++
			case ltcFilm:
				films++
			}
		}
		persons := people + chars
		objs := [len(learnObjTypes)]int{films, chars, orgs} // per learnObjTypes
		s := &a.sents[si]
		for _, pm := range ms {
			mp := &a.ments[pm]
			p := me[pm]
			pt := r.ents[p].typ
			if pt != kg.Person && pt != kg.Character && pt != kg.Organisation {
				continue
			}
			// the objects of the kinds whose subject type is pt
			for oi, ot := range learnObjTypes {
				kind := learnKindCodes[mt[pm]][learnObjCodes[oi]] // (learnKind(pt, ot): mt[pm] is pt's code)
				if kind == learnKinds || objs[oi] == 0 {
					continue
				}
				oc := learnObjCodes[oi]
				// the nearest object mention to this person mention
				nearest, nd := int32(-1), int32(1<<30)
				for _, fm := range ms {
					mf := &a.ments[fm]
					if fm == pm || mt[fm] != oc {
						continue
					}
					d := mf.a - mp.b
					if mf.b <= mp.a {
						d = mp.a - mf.b
					}
					if d < nd {
						nearest, nd = fm, d
					}
				}
				for _, fm := range ms {
					mf := &a.ments[fm]
					f := me[fm]
					if mt[fm] != oc || f == p {
						continue
					}
					k := pk{p, f}
					ci, ok := pairs[k]
					if !ok {
						ci = int32(len(cands))
						pairs[k] = ci
						cands = append(cands, pairCand{p: p, f: f, sent: -1, kind: kind})
						seen = append(seen, 0)
					}
					if seen[ci] >= learnMaxSent {
						continue
					}
					seen[ci]++
					c := &cands[ci]
					if c.dead {
						continue
					}
					// order and span between
					ord := uint32(1) // person first
					lo, hi := mp.b, mf.a
					first, last := mp, mf
					if mf.b <= mp.a {
						ord, lo, hi, first, last = 2, mf.b, mp.a, mf, mp
					} else if mf.a < mp.b {
						continue // overlapping mentions
					}
					dist := hi - lo
					if c.sent < 0 || dist < c.dist {
						c.sent, c.dist = int32(si), dist
					}
					add(c, fDist, ord, bucket(int(dist), 0, 1, 2, 3, 5, 8, 12, 20))
					fb, pb := 0, 0
					for k := lo; k < hi; k++ {
						if tokMent[k] == 2 && (k == lo || tokMent[k-1] != 2) {
							fb++
						}
						if tokMent[k] == 1 && (k == lo || tokMent[k-1] != 1) {
							pb++
						}
					}
					add(c, fFilmsBetween, ord, bucket(fb, 0, 1))
					add(c, fPersonsBetween, ord, bucket(pb, 0, 1))
					if ot == kg.Character {
						hb := 0
						for k := lo; k < hi; k++ {
							if tokMent[k] == 4 && (k == lo || tokMent[k-1] != 4) {
								hb++
							}
						}
						add(c, fCharsBetween, ord, bucket(hb, 0, 1))
					}
					if dist <= 12 {
						seq := uint32(2166136261)
						for k := lo; k < hi; k++ {
							w := wh(int(k))
							add(c, fBetween, ord, w)
							seq = (seq ^ w) * 16777619
						}
						if dist <= 6 {
							add(c, fBetweenSeq, ord, seq)
						}
					} else {
						for k := lo; k < lo+4; k++ {
							add(c, fBetweenLeft, ord, wh(int(k)))
						}
						for k := hi - 4; k < hi; k++ {
							add(c, fBetweenRight, ord, wh(int(k)))
						}
					}
					for j := int32(1); j <= 3; j++ {
						if k := first.a - j; k >= int32(s.a) {
							add(c, fLeft, ord*8+uint32(j), wh(int(k)))
						}
						if k := last.b - 1 + j; k < int32(s.b) {
							add(c, fRight, ord*8+uint32(j), wh(int(k)))
						}
					}
					for j := int32(1); j <= 2; j++ {
						if k := mp.a - j; k >= int32(s.a) {
							add(c, fPersonL, uint32(j), wh(int(k)))
						}
						if k := mp.b - 1 + j; k < int32(s.b) {
							add(c, fPersonR, uint32(j), wh(int(k)))
						}
						if k := mf.a - j; k >= int32(s.a) {
							add(c, fFilmL, uint32(j), wh(int(k)))
						}
						if k := mf.b - 1 + j; k < int32(s.b) {
							add(c, fFilmR, uint32(j), wh(int(k)))
						}
					}
					add(c, fFilmsInSent, 0, bucket(films, 1, 2, 4))
					add(c, fPersonsInSent, 0, bucket(persons, 1, 2, 4))
					if nearest == fm {
						add(c, fNearest, 0, 0)
					}
					if seen[ci] == 1 {
						for k, nb := s.a, 0; k < s.b && nb < learnSentBag; k++ {
							if a.toks[k].kind == kWord && tokMent[k] == 0 && !a.toks[k].cap && len(a.toks[k].lower) > 2 {
								add(c, fSentBag, 0, wh(int(k)))
								nb++
							}
						}
					}
				}
			}
		}
	}
	// each person with the article's subject film
	if subj >= 0 && r.ents[subj].typ == kg.Film {
		for e := range r.ents {
			kind := learnKindCodes[learnTypeCode(r.ents[e].typ)][ltcFilm] // (learnKind(typ, kg.Film))
			if kind == learnKinds {
				continue
			}
			k := pk{int32(e), subj}
			if ci, ok := pairs[k]; ok && (int(ci) >= ruled || seen[ci] > 0) {
				continue // co-occurs in some sentence
			}
			ci, ok := pairs[k]
			if !ok {
				ci = int32(len(cands))
				pairs[k] = ci
				cands = append(cands, pairCand{p: int32(e), f: subj, sent: -1, kind: kind})
				seen = append(seen, 0)
			}
			c := &cands[ci]
			if c.dead {
				continue
			}
			add(c, fSubjOnly, 0, 0)
			for read, mi := range info[e].first[:info[e].nFirst] {
				m := &a.ments[mi]
				s := &a.sents[m.sent]
				if c.sent < 0 {
					c.sent, c.dist = m.sent, 1<<20
				}
				for j := int32(1); j <= 2; j++ {
					if k := m.a - j; k >= int32(s.a) {
						add(c, fSubjOnlyL, uint32(j), wh(int(k)))
					}
					if k := m.b - 1 + j; k < int32(s.b) {
						add(c, fSubjOnlyR, uint32(j), wh(int(k)))
					}
				}
				fs := 0
				for _, oi := range order[perSent[m.sent]:perSent[m.sent+1]] {
					if mt[oi] == ltcFilm {
						fs++
					}
				}
				add(c, fSubjOnlyFilms, 0, bucket(fs, 0, 1))
				if read == 0 {
					for k, nb := s.a, 0; k < s.b && nb < learnSentBag; k++ {
						if a.toks[k].kind == kWord && tokMent[k] == 0 && !a.toks[k].cap && len(a.toks[k].lower) > 2 {
							add(c, fSubjOnlyBag, 0, wh(int(k)))
							nb++
						}
					}
				}
			}
		}
	}
	// pair-level features
	for i := range cands {
		c := &cands[i]
		if c.dead {
			continue
		}
		add(c, fBias, uint32(r.ents[c.p].typ[0]), 0)
		if c.f == subj {
			add(c, fSubject, 0, 0)
		}
		if info[c.f].inHead {
			add(c, fFilmHead, 0, 0)
		}
		if info[c.p].inHead {
			add(c, fPersonHead, 0, 0)
		}
		add(c, fSentences, 0, bucket(int(seen[i]), 0, 1, 2))
		if c.rules == 0 {
			add(c, fNoRule, 0, 0)
		}
		for t := 0; t < learnNT; t++ {
			if c.rules&(1<<t) != 0 {
				add(c, fRule, uint32(t), 0)
			}
			other := info[c.p].perType[t]
			if c.rules&(1<<t) != 0 {
				other--
			}
			if other > 0 {
				add(c, fRuleOther, uint32(t), 0)
			}
			others := info[c.f].perType[t]
			if c.rules&(1<<t) != 0 {
				others--
			}
			if others > 0 {
				add(c, fFilmRule, uint32(t), bucket(int(others), 1, 3))
			}
		}
		add(c, fFilmFormat, uint32(info[c.f].format), 0)
		if info[c.p].hasChar {
			add(c, fHasChar, 0, 0)
		}
		add(c, fPersonMents, 0, bucket(len(r.ents[c.p].mentions), 1, 2, 4, 8))
		add(c, fFilmMents, 0, bucket(len(r.ents[c.f].mentions), 1, 2, 4, 8))
	}
	b.cands, b.seen = cands, seen
	return cands
}
