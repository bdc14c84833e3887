package loaders

import (
	"sync"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// articleBufs2 are more arrays of one article handed on to the next once
// extractOne is done with the first, as articleBufs are: the sentences
// and the local entities (whose growth was a twentieth of the bytes
// allocated).
type articleBufs2 struct {
	sents []sentence
	ents  []lent
	// resolveLocal's entity of each type and key (keyMaps), emptied when
	// handed on
	byKey map[kg.NodeType]map[string]int
	// countForms' array (article.formBuf; never outgrown, as an entity has
	// no more forms than mentions), cleared by keepForms
	forms []formCount
	// the article's token lists (speed_s25_cues.go)
	tokLists tokenLists
}

var articleBufPool2 = sync.Pool{New: func() any { return new(articleBufs2) }}

func (a *article) getBufs2() *articleBufs2 {
	if a.bufs2 == nil {
		a.bufs2 = articleBufPool2.Get().(*articleBufs2)
	}
	return a.bufs2
}

// bufSents gives an empty sentence slice of capacity exactly n, as make
// would, on a recycled array when one is large enough.
func (a *article) bufSents(n int) []sentence {
	b := a.getBufs2()
	if cap(b.sents) < n {
		b.sents = make([]sentence, 0, n)
	}
	return b.sents[:0:n]
}

// bufEnts gives an empty, non-nil entity slice on a recycled array (no
// pointer into a.ents is held across newEnt, so its capacity does not
// matter).
func (a *article) bufEnts() []lent {
	b := a.getBufs2()
	if b.ents == nil {
		b.ents = make([]lent, 0, 16)
	}
	return b.ents[:0]
}

// recycle2 hands the article's arrays on (the entities cleared, so that
// they keep no maps or strings alive); a must not be used after.
func (a *article) recycle2() {
	b := a.bufs2
	if b == nil {
		return
	}
	if cap(a.ents) >= cap(b.ents) {
		b.ents = a.ents
	}
	clear(b.ents)
	b.ents = b.ents[:0]
	for _, m := range b.byKey {
		clear(m)
	}
	a.sents, a.ents, a.formBuf = nil, nil, nil
	if cap(b.sents) > 1<<16 || cap(b.ents) > 1<<16 || cap(b.forms) > 1<<14 {
		b.sents, b.ents, b.forms = nil, nil, nil
	}
	b.tokLists.found = false
	if l := &b.tokLists; cap(l.cues) > 1<<16 || cap(l.nums) > 1<<16 || cap(l.opens) > 1<<16 {
		l.cues, l.nums, l.opens = nil, nil, nil
	}
	articleBufPool2.Put(b)
	a.bufs2 = nil
}

// keyMaps returns resolveLocal's map from type to key to entity, its
// per-type maps empty, recycled from an earlier article when there was one
// (making the maps anew for every article was one object in thirty). A
// type's map may be empty rather than missing: resolveLocal and the merges
// it calls read only lengths and keys, never whether a map exists.
func (a *article) keyMaps() map[kg.NodeType]map[string]int {
	b := a.getBufs2()
	if b.byKey == nil {
		b.byKey = map[kg.NodeType]map[string]int{}
	}
	return b.byKey
}

// bufForms gives an empty form slice of capacity at least n on the
// recycled array (countForms appends every entity's forms to it).
func (a *article) bufForms(n int) []formCount {
	b := a.getBufs2()
	if cap(b.forms) < n {
		b.forms = make([]formCount, 0, n)
	}
	return b.forms[:0]
}
