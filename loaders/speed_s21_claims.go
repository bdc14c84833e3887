package loaders

import (
	"sync"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// lclaimScratch is the array emitLocal, titleRoleChars and learnCredits
// append an article's local claims to, handed from one article to the next
// through lclaimPool. Growing r.claims anew for every article (sized
// len(a.claims)+8, then doubled by the cue properties) was a sixth of the
// bytes allocated; the claims are copied out at their exact length once
// the article is done (keepClaims).
type lclaimScratch struct {
	claims []lclaim
}

var lclaimPool = sync.Pool{New: func() any { return new(lclaimScratch) }}

// scratchClaims returns an empty claim slice on a recycled array of
// capacity at least n, and the scratch to hand back to keepClaims.
func scratchClaims(n int) ([]lclaim, *lclaimScratch) {
	b := lclaimPool.Get().(*lclaimScratch)
	if cap(b.claims) < n {
		b.claims = make([]lclaim, 0, n)
	}
	return b.claims[:0], b
}

// keepClaims returns cs copied to an array of its exact length (non-nil,
// as emitLocal's was) and hands b on, with cs's array when it grew past
// b's, its used part cleared so that it keeps no article's strings alive
// (the few claims learnCredits dropped past len(cs) stay until the next
// article overwrites them). cs must be b's array or one grown from it by
// append; neither may be used after.
func keepClaims(cs []lclaim, b *lclaimScratch) []lclaim {
	out := make([]lclaim, len(cs))
	copy(out, cs)
	if cap(cs) > cap(b.claims) {
		b.claims = cs
	}
	clear(cs)
	b.claims = b.claims[:0]
	if cap(b.claims) > 1<<11 {
		return out // (grown huge on one large article: not kept)
	}
	lclaimPool.Put(b)
	return out
}

// cutSources returns an empty slice of capacity n cut from the front of
// all, and the rest of all: the mention sources of an article's entities
// share one array (one allocation per article instead of one per entity),
// each entity's slice capped at its own length, so that an append past it
// copies rather than writes into the next entity's sources.
func cutSources(all []kg.Source, n int) (cut, rest []kg.Source) {
	return all[:0:n], all[n:]
}
