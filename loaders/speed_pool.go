package loaders

import "sync"

// articleBufs are the token and mention arrays of one article, handed on to
// the next article once extractOne is done with the first (they were a
// fifth of the bytes allocated, and large, so zeroed and scanned anew for
// every article).
type articleBufs struct {
	toks  []token
	ments []mention
	seen  map[string]bool // gazette's keys seen (cleared for each article)
	heads map[string]bool // headingWords' words (cleared for each article)
	items []item          // the sentences' items (patterns, crewBlock: emptied for each sentence)
	// the claims' array: appended to from empty by each article (growing
	// it anew for every article was a tenth of the bytes allocated)
	claims []pclaim
	// clauseFallback's done map and array (article.done, article.doneBuf)
	done    map[string][]pclaim
	doneBuf []pclaim
}

var articleBufPool = sync.Pool{New: func() any { return new(articleBufs) }}

// bufToks gives an empty token slice of capacity exactly n, as make would
// (so appends reallocate where they did), on a recycled array when one is
// large enough.
func (a *article) bufToks(n int) []token {
	if a.bufs == nil {
		a.bufs = articleBufPool.Get().(*articleBufs)
	}
	if cap(a.bufs.toks) < n {
		a.bufs.toks = make([]token, 0, n)
	}
	return a.bufs.toks[:0:n]
}

// bufMents is bufToks for mentions.
func (a *article) bufMents(n int) []mention {
	if a.bufs == nil {
		a.bufs = articleBufPool.Get().(*articleBufs)
	}
	if cap(a.bufs.ments) < n {
		a.bufs.ments = make([]mention, 0, n)
	}
	return a.bufs.ments[:0:n]
}

// recycle hands the article's arrays on; a must not be used after.
func (a *article) recycle() {
	if a.bufs == nil {
		return
	}
	a.bufs.claims = a.claims[:0]
	a.bufs.done, a.bufs.doneBuf = a.done, a.doneBuf[:0]
	a.bufs.items = a.items[:0]
	a.toks, a.ments, a.claims, a.done, a.doneBuf, a.items = nil, nil, nil, nil, nil, nil
	articleBufPool.Put(a.bufs)
	a.bufs = nil
}

// bufClaims gives an empty claim slice on the recycled array, if any.
func (a *article) bufClaims() []pclaim {
	if a.bufs == nil {
		a.bufs = articleBufPool.Get().(*articleBufs)
	}
	// (clauseFallback's done map is cleared before each use)
	a.done, a.doneBuf = a.bufs.done, a.bufs.doneBuf[:0]
	a.items = a.bufs.items[:0]
	return a.bufs.claims[:0]
}
