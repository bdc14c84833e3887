package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// A learned credit classifier beside the rules (an experiment; see
// learn_model.go for the model and loaders/internal/trainpairs for how it
// is trained and cross-validated). Candidates are the (person, film) pairs
// of one article that share a sentence, and each person with the article's
// subject film; features are hashed lower-case words, punctuation shapes,
// distances and what the rules already said. No capitalised token, name or
// title ever becomes a feature: a capitalised word is the shape "<C>".

// learnTypes are the credit types the classifier scores, in model order.
// The last, APPEARS_IN, is scored for (character, film) pairs, the others
// for (person, film) pairs.
var learnTypes = [...]kg.RelType{kg.ActedIn, kg.Directed, kg.Produced, kg.Wrote, kg.WorkedOn, kg.AppearsIn}

const learnAppears = 5 // index of APPEARS_IN in learnTypes

const (
	learnNT      = len(learnTypes)
	learnNH      = 2 * learnNT // heads: add type t; learnNT+t: drop a rule credit of type t
	learnBits    = 18
	learnDim     = 1 << learnBits
	learnMaxSent = 4  // co-occurrence sentences read per pair
	learnSentBag = 40 // sentence words read for the bag features
)

// pairCand is one candidate (person, film) pair of an article.
type pairCand struct {
	p, f  int32    // local entities (localResult.ents): person or character, film
	sent  int32    // the sentence cited: the closest co-occurrence, or -1
	dist  int32    // tokens between the two mentions in that sentence
	rules uint8    // bit t: the rules emitted learnTypes[t] for the pair
	rchar uint8    // bit t: some such claim names a character
	feats []uint32 // hashed features (indexes below learnDim)
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
)

// fhash hashes a feature family, a small variant and a word (FNV-1a).
func fhash(fam, variant uint32, w string) uint32 {
	h := uint32(2166136261)
	h = (h ^ fam) * 16777619
	h = (h ^ variant) * 16777619
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h & (learnDim - 1)
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
func learnSubjType(t int) kg.NodeType {
	if t == learnAppears {
		return kg.Character
	}
	return kg.Person
}

func bucket(n int, edges ...int) uint32 {
	for i, e := range edges {
		if n <= e {
			return uint32(i)
		}
	}
	return uint32(len(edges))
}

// learnCandidates returns the candidate pairs of the article, with their
// features, after the rules have produced r.
func (a *article) learnCandidates(r *localResult) []pairCand {
	if len(r.ents) == 0 {
		return nil
	}
	// local entity of a.ents -> index in r.ents (as emitLocal numbers them)
	idx := make([]int32, len(a.ents))
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
	pairs := map[pk]int32{}
	var cands []pairCand
	hasChar := make([]bool, len(r.ents))
	for i := range r.claims {
		c := &r.claims[i]
		if c.subj < 0 || c.obj < 0 {
			continue
		}
		if c.rel == kg.Portrayed || c.rel == kg.ActedIn && c.char >= 0 {
			hasChar[c.subj] = true
			if c.rel == kg.Portrayed {
				hasChar[c.obj] = true
			} else {
				hasChar[c.char] = true
			}
		}
		for t, lt := range learnTypes {
			subj, rel := c.subj, c.rel
			if t == learnAppears && c.rel == kg.ActedIn && c.char >= 0 {
				subj, rel = c.char, kg.AppearsIn // (resolution adds it)
			}
			if rel == lt && r.ents[subj].typ == learnSubjType(t) && r.ents[c.obj].typ == kg.Film {
				k := pk{subj, c.obj}
				ci, ok := pairs[k]
				if !ok {
					ci = int32(len(cands))
					pairs[k] = ci
					cands = append(cands, pairCand{p: subj, f: c.obj, sent: -1})
				}
				cands[ci].rules |= 1 << t
				if c.char >= 0 || c.charOf >= 0 || c.rel != rel {
					cands[ci].rchar |= 1 << t
				}
			}
		}
	}
	ruled := len(cands) // candidates so far exist only because of rules
	// per person, per type: films the rules credit; per film, per type:
	// persons the rules credit
	perPerson := make([][learnNT]int16, len(r.ents))
	perFilm := make([][learnNT]int16, len(r.ents))
	for _, c := range cands {
		for t := 0; t < learnNT; t++ {
			if c.rules&(1<<t) != 0 {
				perPerson[c.p][t]++
				perFilm[c.f][t]++
			}
		}
	}
	// token -> mention type, mentions per sentence
	tokMent := make([]uint8, len(a.toks))
	perSent := make([]int32, len(a.sents)+1)
	for mi := range a.ments {
		m := &a.ments[mi]
		e := entOf(m)
		if e < 0 {
			continue
		}
		v := uint8(3)
		switch r.ents[e].typ {
		case kg.Person:
			v = 1
		case kg.Film:
			v = 2
		case kg.Character:
			v = 4
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
	order := make([]int32, perSent[len(perSent)-1])
	fill := make([]int32, len(a.sents))
	for mi := range a.ments {
		m := &a.ments[mi]
		if entOf(m) < 0 {
			continue
		}
		order[perSent[m.sent]+fill[m.sent]] = int32(mi)
		fill[m.sent]++
	}
	subj := int32(-1)
	if a.subjectFilm >= 0 {
		subj = idx[a.find(int(a.subjectFilm))]
	}
	inHead := make([]bool, len(r.ents))
	format := make([]uint8, len(r.ents))
	for mi := range a.ments {
		m := &a.ments[mi]
		e := entOf(m)
		if e >= 0 && a.sents[m.sent].start < a.body {
			inHead[e] = true
		}
		if e >= 0 && m.format != "" {
			if m.format == kg.FormatFilm {
				format[e] |= 1
			} else {
				format[e] |= 2
			}
		}
	}
	seen := make([]uint8, len(cands), len(cands)+16) // co-occurrence sentences read per candidate
	add := func(c *pairCand, fam, v uint32, w string) {
		c.feats = append(c.feats, fhash(fam, v, w))
	}
	for si := range a.sents {
		ms := order[perSent[si]:perSent[si+1]]
		if len(ms) < 2 {
			continue
		}
		films, persons := 0, 0
		for _, mi := range ms {
			switch r.ents[entOf(&a.ments[mi])].typ {
			case kg.Person, kg.Character:
				persons++
			case kg.Film:
				films++
			}
		}
		if films == 0 || persons == 0 {
			continue
		}
		s := &a.sents[si]
		for _, pm := range ms {
			mp := &a.ments[pm]
			p := entOf(mp)
			if r.ents[p].typ != kg.Person && r.ents[p].typ != kg.Character {
				continue
			}
			// the nearest film mention to this person mention
			nearest, nd := int32(-1), int32(1<<30)
			for _, fm := range ms {
				mf := &a.ments[fm]
				if r.ents[entOf(mf)].typ != kg.Film {
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
				f := entOf(mf)
				if r.ents[f].typ != kg.Film || f == p {
					continue
				}
				k := pk{p, f}
				ci, ok := pairs[k]
				if !ok {
					ci = int32(len(cands))
					pairs[k] = ci
					cands = append(cands, pairCand{p: p, f: f, sent: -1})
					seen = append(seen, 0)
				}
				if seen[ci] >= learnMaxSent {
					continue
				}
				seen[ci]++
				c := &cands[ci]
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
				add(c, fDist, ord, string(rune('a'+bucket(int(dist), 0, 1, 2, 3, 5, 8, 12, 20))))
				fb, pb := 0, 0
				for k := lo; k < hi; k++ {
					if tokMent[k] == 2 && (k == lo || tokMent[k-1] != 2) {
						fb++
					}
					if tokMent[k] == 1 && (k == lo || tokMent[k-1] != 1) {
						pb++
					}
				}
				add(c, fFilmsBetween, ord, string(rune('a'+bucket(fb, 0, 1))))
				add(c, fPersonsBetween, ord, string(rune('a'+bucket(pb, 0, 1))))
				if dist <= 12 {
					h := uint32(2166136261)
					for k := lo; k < hi; k++ {
						w := a.learnWord(int(k), tokMent)
						add(c, fBetween, ord, w)
						if dist <= 6 {
							for i := 0; i < len(w); i++ {
								h = (h ^ uint32(w[i])) * 16777619
							}
							h = (h ^ ' ') * 16777619
						}
					}
					if dist <= 6 {
						add(c, fBetweenSeq, ord*1000003+h, "")
					}
				} else {
					for k := lo; k < lo+4; k++ {
						add(c, fBetweenLeft, ord, a.learnWord(int(k), tokMent))
					}
					for k := hi - 4; k < hi; k++ {
						add(c, fBetweenRight, ord, a.learnWord(int(k), tokMent))
					}
				}
				for j := int32(1); j <= 3; j++ {
					if k := first.a - j; k >= int32(s.a) {
						add(c, fLeft, ord*8+uint32(j), a.learnWord(int(k), tokMent))
					}
					if k := last.b - 1 + j; k < int32(s.b) {
						add(c, fRight, ord*8+uint32(j), a.learnWord(int(k), tokMent))
					}
				}
				for j := int32(1); j <= 2; j++ {
					if k := mp.a - j; k >= int32(s.a) {
						add(c, fPersonL, uint32(j), a.learnWord(int(k), tokMent))
					}
					if k := mp.b - 1 + j; k < int32(s.b) {
						add(c, fPersonR, uint32(j), a.learnWord(int(k), tokMent))
					}
					if k := mf.a - j; k >= int32(s.a) {
						add(c, fFilmL, uint32(j), a.learnWord(int(k), tokMent))
					}
					if k := mf.b - 1 + j; k < int32(s.b) {
						add(c, fFilmR, uint32(j), a.learnWord(int(k), tokMent))
					}
				}
				add(c, fFilmsInSent, 0, string(rune('a'+bucket(films, 1, 2, 4))))
				add(c, fPersonsInSent, 0, string(rune('a'+bucket(persons, 1, 2, 4))))
				if nearest == fm {
					add(c, fNearest, 0, "")
				}
				if seen[ci] == 1 {
					for k, nb := s.a, 0; k < s.b && nb < learnSentBag; k++ {
						if a.toks[k].kind == kWord && tokMent[k] == 0 && !a.toks[k].cap && len(a.toks[k].lower) > 2 {
							add(c, fSentBag, 0, a.toks[k].lower)
							nb++
						}
					}
				}
			}
		}
	}
	// each person with the article's subject film
	if subj >= 0 && r.ents[subj].typ == kg.Film {
		for e := range r.ents {
			if r.ents[e].typ != kg.Person && r.ents[e].typ != kg.Character {
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
				cands = append(cands, pairCand{p: int32(e), f: subj, sent: -1})
				seen = append(seen, 0)
			}
			c := &cands[ci]
			add(c, fSubjOnly, 0, "")
			read := 0
			for mi := range a.ments {
				m := &a.ments[mi]
				if read >= 3 || entOf(m) != int32(e) {
					continue
				}
				s := &a.sents[m.sent]
				if c.sent < 0 {
					c.sent, c.dist = m.sent, 1<<20
				}
				read++
				for j := int32(1); j <= 2; j++ {
					if k := m.a - j; k >= int32(s.a) {
						add(c, fSubjOnlyL, uint32(j), a.learnWord(int(k), tokMent))
					}
					if k := m.b - 1 + j; k < int32(s.b) {
						add(c, fSubjOnlyR, uint32(j), a.learnWord(int(k), tokMent))
					}
				}
				fs := 0
				for _, oi := range order[perSent[m.sent]:perSent[m.sent+1]] {
					if r.ents[entOf(&a.ments[oi])].typ == kg.Film {
						fs++
					}
				}
				add(c, fSubjOnlyFilms, 0, string(rune('a'+bucket(fs, 0, 1))))
				if read == 1 {
					for k, nb := s.a, 0; k < s.b && nb < learnSentBag; k++ {
						if a.toks[k].kind == kWord && tokMent[k] == 0 && !a.toks[k].cap && len(a.toks[k].lower) > 2 {
							add(c, fSubjOnlyBag, 0, a.toks[k].lower)
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
		add(c, fBias, uint32(r.ents[c.p].typ[0]), "")
		if c.f == subj {
			add(c, fSubject, 0, "")
		}
		if inHead[c.f] {
			add(c, fFilmHead, 0, "")
		}
		if inHead[c.p] {
			add(c, fPersonHead, 0, "")
		}
		add(c, fSentences, 0, string(rune('a'+bucket(int(seen[i]), 0, 1, 2))))
		if c.rules == 0 {
			add(c, fNoRule, 0, "")
		}
		for t := 0; t < learnNT; t++ {
			if c.rules&(1<<t) != 0 {
				add(c, fRule, uint32(t), "")
			}
			other := perPerson[c.p][t]
			if c.rules&(1<<t) != 0 {
				other--
			}
			if other > 0 {
				add(c, fRuleOther, uint32(t), "")
			}
			others := perFilm[c.f][t]
			if c.rules&(1<<t) != 0 {
				others--
			}
			if others > 0 {
				add(c, fFilmRule, uint32(t), string(rune('a'+bucket(int(others), 1, 3))))
			}
		}
		add(c, fFilmFormat, uint32(format[c.f]), "")
		if hasChar[c.p] {
			add(c, fHasChar, 0, "")
		}
		add(c, fPersonMents, 0, string(rune('a'+bucket(len(r.ents[c.p].mentions), 1, 2, 4, 8))))
		add(c, fFilmMents, 0, string(rune('a'+bucket(len(r.ents[c.f].mentions), 1, 2, 4, 8))))
	}
	return cands
}
