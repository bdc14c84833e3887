package kg

import (
	"cmp"
	"sort"
	"strings"
)

// MethodLearned is Source.Method of a source that the learned credit
// classifier found: the sentence where a person and a film meet, which no
// rule read as a credit; the model guessed the credit from the words around
// them. A rule's source has an empty Method.
const MethodLearned = "learned"

// Source is one piece of evidence: a sentence of a loaded article.
// Start and End are byte offsets into the article's original text (the file
// as read, after the optional date line is kept in place), End exclusive.
//
// Method and Confidence extend the spec's interchange contract: how the
// fact was found in the sentence ("" for a rule: the text states it in a
// pattern the extractor reads; MethodLearned for a model's guess) and, for
// a learned source, the model's probability that the credit is right. Both
// are omitted when empty, so a rule's source is written as before.
type Source struct {
	Article    string  `json:"article"`
	Sentence   int     `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Quote      string  `json:"quote"`
	Date       string  `json:"date,omitempty"`       // the article's date, when it has one
	Method     string  `json:"method,omitempty"`     // "" (a rule) or MethodLearned
	Confidence float64 `json:"confidence,omitempty"` // a learned source's probability, 0..1
}

// Learned reports whether the source is a model's guess (MethodLearned).
func (s Source) Learned() bool { return s.Method == MethodLearned }

// LearnedOnly reports whether every source of src is learned (and there is
// at least one): a fact no rule states, only the model guessed. A fact with
// one rule source among learned ones is stated.
func LearnedOnly(src []Source) bool {
	for _, s := range src {
		if !s.Learned() {
			return false
		}
	}
	return len(src) > 0
}

// samePlace reports whether two sources cite the same span of the same
// sentence (they may differ in Method and Confidence).
func samePlace(a, b Source) bool {
	return a.Article == b.Article && a.Sentence == b.Sentence && a.Start == b.Start && a.End == b.End &&
		a.Quote == b.Quote && a.Date == b.Date
}

// Less orders sources by article, sentence, start, end, quote, then a
// rule's before a learned one (then by confidence, date), so that the order
// is total.
func (s Source) Less(o Source) bool {
	return cmp.Or(
		strings.Compare(s.Article, o.Article),
		cmp.Compare(s.Sentence, o.Sentence),
		cmp.Compare(s.Start, o.Start),
		cmp.Compare(s.End, o.End),
		strings.Compare(s.Quote, o.Quote),
		strings.Compare(s.Method, o.Method),
		cmp.Compare(s.Confidence, o.Confidence),
		strings.Compare(s.Date, o.Date),
	) < 0
}

// SortSources sorts sources in place and removes exact duplicates, and a
// learned source citing the same span as a rule's (the rule states what the
// model guessed: the fact is stated there); it returns the shortened slice
// (never nil).
func SortSources(src []Source) []Source {
	if len(src) == 0 {
		return []Source{}
	}
	if !sortedSources(src) {
		sort.Slice(src, func(i, j int) bool { return src[i].Less(src[j]) })
	}
	out := src[:1]
	for _, s := range src[1:] {
		if p := out[len(out)-1]; s != p && !(s.Learned() && samePlace(s, p)) {
			out = append(out, s)
		}
	}
	return out
}

// sortedSources reports whether every source of src is after the one
// before it or equal to it in every field, so that sorting would give src
// itself (most lists arrive sorted).
func sortedSources(src []Source) bool {
	for i := 1; i < len(src); i++ {
		if !src[i-1].Less(src[i]) && src[i-1] != src[i] {
			return false
		}
	}
	return true
}
