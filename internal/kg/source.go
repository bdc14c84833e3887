package kg

import "sort"

// Source is one piece of evidence: a sentence of a loaded article.
// Start and End are byte offsets into the article's original text (the file
// as read, after the optional date line is kept in place), End exclusive.
type Source struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote"`
	Date     string `json:"date,omitempty"` // the article's date, when it has one
}

// Less orders sources by article, sentence, start, end, quote.
func (s Source) Less(o Source) bool {
	if s.Article != o.Article {
		return s.Article < o.Article
	}
	if s.Sentence != o.Sentence {
		return s.Sentence < o.Sentence
	}
	if s.Start != o.Start {
		return s.Start < o.Start
	}
	if s.End != o.End {
		return s.End < o.End
	}
	return s.Quote < o.Quote
}

// SortSources sorts sources in place and removes exact duplicates; it
// returns the shortened slice (never nil).
func SortSources(src []Source) []Source {
	if len(src) == 0 {
		return []Source{}
	}
	if !sortedSources(src) {
		sort.Slice(src, func(i, j int) bool { return src[i].Less(src[j]) })
	}
	out := src[:1]
	for _, s := range src[1:] {
		if s != out[len(out)-1] {
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
