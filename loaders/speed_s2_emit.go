package loaders

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// countForms returns the distinct displayed forms of the mentions ms of
// one entity (in first-seen order, with their counts, first offsets and
// first sources) and appends each mention's source to *srcs. It looks a
// form up among the few found so far by scanning them, and only builds a
// map when an entity has many forms (the map per entity, and a source slice
// per form, were a fifth of the bytes emitLocal allocated). The forms are
// appended to the article's a.formBuf, after the other entities' (from
// which emitLocal copies them all to one array of their exact length:
// growing an array per entity was one object in twelve), and the slice
// returned is a.formBuf's, good until the next call.
func (a *article) countForms(ms []int, srcs *[]kg.Source) []formCount {
	const scanMax = 8
	forms := a.formBuf[len(a.formBuf):] // (this entity's, after the others')
	var byForm map[string]int
	for _, mi := range ms {
		d := a.display(mi)
		src := a.mentionSource(mi)
		start := int(a.ments[mi].start)
		k := -1
		if byForm != nil {
			if i, ok := byForm[d]; ok {
				k = i
			}
		} else {
			for i := range forms {
				if forms[i].form == d {
					k = i
					break
				}
			}
		}
		if k < 0 {
			k = len(forms)
			forms = append(forms, formCount{form: d, fold: foldOf(d, a.ments[mi].key), first: start, src: src})
			if byForm != nil {
				byForm[d] = k
			} else if len(forms) > scanMax {
				byForm = make(map[string]int, 2*len(forms))
				for i := range forms {
					byForm[forms[i].form] = i
				}
			}
		}
		f := &forms[k]
		f.count++
		if start < f.first {
			f.first = start
		}
		*srcs = append(*srcs, src)
	}
	a.formBuf = append(a.formBuf, forms...) // (in place unless forms outgrew a.formBuf)
	return a.formBuf[len(a.formBuf)-len(forms):]
}

// keepForms gives each entity of ents its forms, ents[k]'s being
// a.formBuf[at[k]:at[k+1]], cut from one array of their exact length
// (each capped at its own, so that an append copies).
func (a *article) keepForms(ents []outEnt, at []int32) {
	all := make([]formCount, len(a.formBuf)) // (sized exactly: kept until the end)
	copy(all, a.formBuf)
	clear(a.formBuf)
	a.formBuf = a.formBuf[:0]
	for k := range ents {
		if from, to := at[k], at[k+1]; from < to {
			ents[k].forms = all[from:to:to]
		}
	}
}

// emitBufs are emitArticle's working arrays (the claims before
// dedupeClaims copies the kept ones out, the entities before they are
// copied to an array of their exact size), handed from one article to the
// next on the same goroutine through emitBufPool.
type emitBufs struct {
	claims []kg.Claim
	ents   []kg.EntityFact
	dedupe dedupeScratch // dedupeClaims' (speed_s21_dedupe.go)
	// emitArticle's cluster → entity index map, cleared for each article
	// (making it anew for every article was one object in twenty-five)
	present map[int]int
}

// presentMap returns b's empty cluster → entity index map.
func (b *emitBufs) presentMap() map[int]int {
	if b.present == nil {
		b.present = map[int]int{}
	}
	clear(b.present)
	return b.present
}

var emitBufPool = sync.Pool{New: func() any { return new(emitBufs) }}

// claimBuf returns an empty claim slice of capacity at least n.
func (b *emitBufs) claimBuf(n int) []kg.Claim {
	if cap(b.claims) < n {
		b.claims = make([]kg.Claim, 0, n)
	}
	return b.claims[:0]
}

// put clears the used part of the arrays (so that they hold no article's
// strings; the rest was cleared before) and returns b to the pool, unless
// they grew huge on one large article.
func (b *emitBufs) put() {
	clear(b.claims)
	clear(b.ents)
	if cap(b.claims) > 1<<16 || cap(b.ents) > 1<<16 {
		return
	}
	b.claims, b.ents = b.claims[:0], b.ents[:0]
	emitBufPool.Put(b)
}

// claimKeyCompare orders two claims by relation, subject, object,
// property, value and qualifier key (qa, qb), as dedupeClaims sorts them,
// without building a slice of pairs per comparison.
func claimKeyCompare(a, b *kg.Claim, qa, qb string) int {
	if a.Relation != b.Relation {
		return strings.Compare(string(a.Relation), string(b.Relation))
	}
	if a.Subject != b.Subject {
		return strings.Compare(a.Subject, b.Subject)
	}
	if a.Object != b.Object {
		return strings.Compare(a.Object, b.Object)
	}
	if a.Property != b.Property {
		return strings.Compare(a.Property, b.Property)
	}
	if a.Value != b.Value {
		return strings.Compare(a.Value, b.Value)
	}
	return strings.Compare(qa, qb)
}

// mergeAliasesFold is mergeAliases with the name already folded
// (nameFold is foldKey(name)); with few aliases and forms it keeps the
// folded forms seen in a small array instead of a map.
func mergeAliasesFold(aliases []string, forms []formCount, nameFold string) []string {
	const small = 16
	if len(aliases)+len(forms) >= small {
		seen := map[string]bool{nameFold: true}
		for _, a := range aliases {
			seen[foldKey(a)] = true
		}
		for _, f := range forms {
			if k := f.fold; !seen[k] {
				seen[k] = true
				aliases = append(aliases, f.form)
			}
		}
		sort.Strings(aliases)
		return aliases
	}
	var buf [small + 1]string
	seen := append(buf[:0], nameFold)
	for _, a := range aliases {
		seen = append(seen, foldKey(a))
	}
	for _, f := range forms {
		if !slices.Contains(seen, f.fold) {
			seen = append(seen, f.fold)
			aliases = append(aliases, f.form)
		}
	}
	sort.Strings(aliases)
	return aliases
}

// ownMentions returns the mentions of a local entity for its entity fact:
// the slice itself, not a copy, since every caller of emitArticle drops
// the local result once emitted (nil when empty, as a copy would be).
func ownMentions(ms []kg.Source) []kg.Source {
	if len(ms) == 0 {
		return nil
	}
	return ms
}

// compareEntityFacts orders entity facts by id, then type.
func compareEntityFacts(a, b kg.EntityFact) int {
	if a.ID != b.ID {
		return strings.Compare(a.ID, b.ID)
	}
	return strings.Compare(string(a.Type), string(b.Type))
}

// foldOf is foldKey(d), given as key when key is that same text (a
// mention's key mostly is its folded text): no new string then. For ASCII
// text foldKey is this lower-casing with white space runs made one space
// (and none at the ends) and a backquote made an apostrophe; text already
// so folded is returned as is.
func foldOf(d, key string) string {
	var buf [64]byte
	if len(d) > len(buf) {
		return foldKey(d)
	}
	for i := 0; i < len(d); i++ {
		if d[i] >= 0x80 {
			return foldKey(d)
		}
	}
	if b := appendFoldASCII(buf[:0], d); string(b) == key {
		return key
	}
	return foldKey(d)
}
