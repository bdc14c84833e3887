package loaders

import "strings"

// Passes that look for a rare word anywhere in the article (a version noun,
// a follow-up noun, "sequel", a verb of leaving or a negation, "box", a
// month or weekday) used to walk every token of the article each, testing
// each token against their set. cueTokens finds, in one walk, the tokens
// any of them can start at; each pass then tests only those tokens, in
// order, with its own test unchanged. A token's word, kind and capital
// never change once tokenize has made it, so the positions found on first
// use hold for the whole extraction.

// rareCueWords is every word such a pass starts at: versionCues
// (sameNameVersions), apposedNewerWords, which holds "sequel"
// (apposedNewerLinks, sequelNamedLinks), leftWords and the negations
// withdrawnNames looks for after a name ("no", "not", "never"; words
// ending in "n't" are tested apart), "box" (saysBoxOffice), loneNonNames
// (addCastCalendarParts), and the words without which three passes over
// the mentions find nothing (saysAny): whoseWords (whoseParts), voiceNouns
// (typeVoiceOfParts) and playedByVerbs (farPlayedByParts). It is made
// while the package's variables are initialised, after the sets it copies,
// so it is registered and tokIn answers it from a word's row.
var rareCueWords = func() map[string]bool {
	s := setOf("box", "no", "not", "never")
	for _, v := range []map[string]bool{versionCues, apposedNewerWords, leftWords, loneNonNames, whoseWords, voiceNouns, playedByVerbs} {
		for w := range v {
			s[w] = true
		}
	}
	return s
}()

// whoseWords is "whose", as a set (whoseParts' gate).
var whoseWords = setOf("whose")

// voiceNouns are the nouns of "the voice of C" (typeVoiceOfParts' gate).
var voiceNouns = setOf("voice", "voices")

// isRareCue reports whether token t is one cueTokens keeps.
func isRareCue(t *token) bool {
	return tokIn(t, rareCueWords) || strings.HasSuffix(t.lower, "n't")
}

// tokenLists are the positions, in order, of the article's tokens some
// passes start at, found in one walk over the tokens on first use
// (article.tokenLists). They are kept in articleBufs2, arrays and all,
// and handed on with it (recycle2 marks them not found).
type tokenLists struct {
	found bool
	cues  []int32 // words in rareCueWords or ending in "n't" (cueTokens)
	nums  []int32 // numbers (kind kNum): addYearTitles' years
	opens []int32 // opening quotation marks: quotedAfterPossessive's quotes
}

// tokenLists returns the article's token lists, found on the first call.
func (a *article) tokenLists() *tokenLists {
	l := &a.getBufs2().tokLists
	if l.found {
		return l
	}
	l.found = true
	cues, nums, opens := l.cues[:0], l.nums[:0], l.opens[:0]
	for k := range a.toks {
		t := &a.toks[k]
		if t.kind == kNum {
			nums = append(nums, int32(k))
		} else if t.kind == kQuote && t.open {
			opens = append(opens, int32(k))
		}
		if isRareCue(t) {
			cues = append(cues, int32(k))
		}
	}
	l.cues, l.nums, l.opens = cues, nums, opens
	return l
}

// cueTokens returns the positions, in order, of the article's tokens in
// rareCueWords or ending in "n't".
func (a *article) cueTokens() []int32 {
	return a.tokenLists().cues
}

// sentenceOf advances si, a sentence index walked forward with the token
// positions i given in order, to the sentence holding token i; it returns
// len(a.sents) when i is past the last sentence. The sentence returned
// may start after i (a token between sentences).
func (a *article) sentenceOf(si, i int) int {
	for si < len(a.sents) && a.sents[si].b <= i {
		si++
	}
	return si
}

// withdrawnCue reports whether token t may be the word withdrawnNames reads
// after a name and its auxiliaries: a verb of leaving or a negation ("no"
// of "no longer").
func withdrawnCue(t *token) bool {
	w := t.lower
	return tokIn(t, leftWords) || w == "no" || w == "not" || w == "never" || strings.HasSuffix(w, "n't")
}

// saysAny reports whether some token of the article is in set, a set whose
// words are all in rareCueWords: a pass that does nothing unless one of
// its words stands in the article returns at once when none does, without
// walking the mentions.
func (a *article) saysAny(set map[string]bool) bool {
	for _, c := range a.cueTokens() {
		if tokIn(&a.toks[c], set) {
			return true
		}
	}
	return false
}
