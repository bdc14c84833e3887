package loaders

import (
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A person or character named in full comes back under a shorter name of
// two words or more, or the full name carries a title the short form does
// not: the mention-level short-form step (resolveLocal, step 2) only reads
// one-word short forms of untitled names. mergeLongerNames joins the rest.

// untitledNameKey is the folded name key k without the titles, honorifics
// and styles that open it ("dr. ben song" → "ben song", "lady agnes
// pembrook" → "agnes pembrook"), as long as two words are left; any other
// key is returned as it is. "Don" stays: a given name as often as a
// title ("Don Michael Tate" is no title and "Michael Tate").
func untitledNameKey(k string) string {
	for {
		w, rest, ok := strings.Cut(k, " ")
		if !ok || strings.IndexByte(rest, ' ') < 0 {
			return k
		}
		w = strings.TrimSuffix(w, ".")
		if !nameTitles[w] && !styleTitles[w] && !surnameHonorifics[w] || w == "don" {
			return k
		}
		k = rest
	}
}

// longerNameOf reports whether the folded name short (two words or more,
// titles dropped) names the person or character of the longer folded name
// long (titles dropped): its last words ("ledoux vane" of "mara ledoux
// vane", "van der berg" of "pieter van der berg"), its given names
// without the surname when every word of short is a given name ("anna
// maria" of "anna maria kessler"), or its first and last words without a
// middle name or initial ("tomas brandt" of "tomas j. brandt").
func longerNameOf(short, long string) bool {
	if len(long) <= len(short)+1 {
		return false
	}
	if n := len(long) - len(short); long[n-1] == ' ' && long[n:] == short {
		return true
	}
	sf, sl, ok := strings.Cut(short, " ")
	if !ok {
		return false
	}
	if long[len(short)] == ' ' && long[:len(short)] == short && strings.IndexByte(long[len(short)+1:], ' ') < 0 {
		// the given names: every word of short one ("anna maria")
		for w := range strings.FieldsSeq(short) {
			if !isGivenName(w) {
				return false
			}
		}
		return true
	}
	if strings.IndexByte(sl, ' ') >= 0 {
		return false
	}
	lf, rest, _ := strings.Cut(long, " ")
	mid, ll, ok := strings.Cut(rest, " ")
	return ok && lf == sf && ll == sl && mid != "" && strings.IndexByte(ll, ' ') < 0
}

// mergeLongerNames joins a person or character entity whose name is of two
// words or more (titles dropped: "Mr Fiennes Tiffin" is "Fiennes Tiffin")
// to the one longer entity of its type that it is a form of
// (longerNameOf): "Ledoux Vane" to "Mara Ledoux Vane", "Anna Maria" to
// "Anna Maria Kessler", "Tomas Brandt" to "Tomas J. Brandt". Two longer
// names it fits ("Lloyd Marsh" beside "Ada Lloyd Marsh" and "Ben Lloyd
// Marsh": a family) keep it apart, as do two characters each played by
// someone else.
func (a *article) mergeLongerNames(byKey map[kg.NodeType]map[string]int) {
	for _, t := range [2]kg.NodeType{kg.Person, kg.Character} {
		ents := byKey[t]
		if len(ents) < 2 {
			continue
		}
		keys := make([]string, 0, len(ents))
		for k := range ents {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			e := ents[k]
			short := untitledNameKey(k)
			if strings.IndexByte(short, ' ') < 0 {
				continue
			}
			cand, n := -1, 0
			for _, k2 := range keys {
				e2 := ents[k2]
				if len(k2) <= len(short) || a.find(e2) == a.find(e) || !longerNameOf(short, untitledNameKey(k2)) {
					continue
				}
				if cand < 0 || a.find(e2) != a.find(cand) {
					n++
				}
				cand = e2
			}
			if n != 1 {
				continue
			}
			if t == kg.Character {
				if mi := a.firstMention(e); mi >= 0 && a.otherActors(mi, a.find(cand)) {
					continue
				}
			}
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// titledShortForm reports whether the folded one-word key short is the
// first or last word of the folded name long once the titles opening long
// are dropped ("ben" of "dr. ben song", "agnes" of "lady agnes pembrook"):
// the short forms shortFormOf does not see.
func titledShortForm(short, long string) bool {
	u := untitledNameKey(long)
	return len(u) < len(long) && shortFormOf(short, u)
}

// connectorTail reports whether the folded film title short, of two words
// or more, is the end of the folded title long after a part that joins two
// names or a name and a phrase with "and", "&" or a comma ("crypt of
// ashes" of "lady vane and the crypt of ashes", "face the tide" of "ada &
// bo face the tide", "shrank the dog" of "honey, i shrank the dog"): the
// distinctive part of the title, which articles use alone. Titles whose
// head is a single word or a word and "of the" ("beneath the planet of
// the apes") are other films.
func connectorTail(short, long string) bool {
	if len(long) <= len(short)+1 || strings.IndexByte(short, ' ') < 0 {
		return false
	}
	n := len(long) - len(short)
	if long[n-1] != ' ' || long[n:] != short {
		return false
	}
	head := long[:n-1]
	return strings.Contains(head, " and ") || strings.HasSuffix(head, " and") || strings.Contains(head, " & ") || strings.IndexByte(head, ',') > 0
}

// laterForm reports whether film entity short is first named after film
// entity long: a short form the article uses once it has given the full
// title.
func (a *article) laterForm(short, long int) bool {
	s, l := a.firstMention(short), a.firstMention(long)
	return s >= 0 && l >= 0 && a.ments[l].start < a.ments[s].start
}
