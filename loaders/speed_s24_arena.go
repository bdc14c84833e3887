package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// strArena hands out the short strings one article builds (lower-cased
// name words, mention texts and keys) cut from shared blocks: one
// allocation per block instead of one per string (they were a fifth of the
// objects extraction allocated). A strings.Builder only ever appends, so a
// string cut from its String() never changes when more is written after
// it. Each article owns its arenas (no goroutine shares one); a block stays
// alive while any string cut from it does, so an arena is used for one
// article only, and strings that outlive the article (the mention texts
// kept as forms) are not mixed with ones that mostly do not (the tokens').
type strArena struct {
	b strings.Builder
}

// arenaFirst is the size of an arena's first block, each next block
// twice the last up to arenaBlock (most articles need a few hundred
// bytes; a long one should not make hundreds of blocks); a string longer
// than a quarter of arenaFirst gets a block of its own.
const (
	arenaFirst = 256
	arenaBlock = 2048
)

// builder returns a builder with room for n more bytes and the offset at
// which they will start: the caller writes exactly n bytes to it and cuts
// the string with cut. A nil arena gives a new builder (as an allocation
// per string would).
func (s *strArena) builder(n int) (*strings.Builder, int) {
	if s == nil || n > arenaFirst/4 {
		b := new(strings.Builder)
		b.Grow(n)
		return b, 0
	}
	if s.b.Cap()-s.b.Len() < n {
		size := min(2*s.b.Cap(), arenaBlock)
		if size < arenaFirst {
			size = arenaFirst
		}
		s.b = strings.Builder{}
		s.b.Grow(size)
	}
	return &s.b, s.b.Len()
}

// cut returns what was written to b since start.
func cut(b *strings.Builder, start int) string {
	return b.String()[start:]
}

// bytes returns p as a string cut from the arena.
func (s *strArena) bytes(p []byte) string {
	b, start := s.builder(len(p))
	b.Write(p)
	return cut(b, start)
}

// mentionBlock is how many entities' first mention lists mentionList cuts
// from one array.
const mentionBlock = 32

// mentionList returns an empty mention list of capacity 4 for a new entity,
// cut from a block shared by the article's entities: most entities have at
// most four mentions, which attach appended to lists grown one by one (one
// object in twenty extraction allocated). Each list is capped at its own
// four, so an append past them copies rather than writes into the next
// list. The blocks are the article's own (never reused by another), as
// the mention lists die with it.
func (a *article) mentionList() []int {
	if len(a.mentBlock) < 4 {
		a.mentBlock = make([]int, 4*mentionBlock)
	}
	l := a.mentBlock[:0:4]
	a.mentBlock = a.mentBlock[4:]
	return l
}

// sourceBlock returns the array emitArticle cuts the one-source slices of
// an article's claims from (cutSource): one per local claim, whose
// derived claims (PORTRAYED, APPEARS_IN, PART_OF) share its slice. One
// allocation per article instead of one per claim; the array lives as
// long as the article's claims, which dedupeClaims keeps nearly all of.
// Claims found with no local claim behind them (a film titled after a
// franchise) still make their own.
func sourceBlock(cs []lclaim) []kg.Source {
	return make([]kg.Source, 0, len(cs))
}

// cutSource appends s to block and returns it as a slice of length and
// capacity one (so that an append to it copies rather than writes into the
// next claim's source), and the block.
func cutSource(block []kg.Source, s kg.Source) (one, rest []kg.Source) {
	if len(block) == cap(block) {
		return []kg.Source{s}, block // (not reached: one per local claim)
	}
	n := len(block)
	block = append(block, s)
	return block[n : n+1 : n+1], block
}

// propBlock is how many property claims newProp cuts from one array at
// most: the first holds 4 (most articles state a few), each next twice as
// many as the last.
const propBlock = 16

// newProp returns a pointer to a copy of p cut from the article's current
// block of property claims (one allocation per block instead of one per
// claim). Blocks are never reused: the claims live on in the article's
// local result.
func (a *article) newProp(p lprop) *lprop {
	if len(a.props) == cap(a.props) {
		a.props = make([]lprop, 0, min(max(2*cap(a.props), 4), propBlock))
	}
	a.props = append(a.props, p)
	return &a.props[len(a.props)-1]
}
