package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// whoseParts claims the part named after ", whose" behind an actor, maybe
// after up to three plain describing words: "Jennifer Colt, whose Tamsin
// Ruddock died at the end of season two", "P, whose wolf mogul Jimmy Grackle
// was the villain" make the part a character the actor played in the
// article's production.
// The actor is typed a person or is an untyped personal name opening with
// a given name; the part is untyped or weakly a person and opens with a
// given name (or a cue typed it a character, or "character"/"role" comes
// right before it), and is no owner ("whose X's"). It returns nothing; it
// types both and appends the claims.
func (a *article) whoseParts() {
	if !a.saysAny(whoseWords) {
		return // (no "whose": no part named after it)
	}
	for k := 1; k < len(a.ments); k++ {
		c, p := &a.ments[k], &a.ments[k-1]
		b := a.whoseDescribed(int(c.a))
		if c.sent != p.sent || b-2 != int(p.b) || a.toks[b-1].lower != "whose" || a.toks[b-2].text != "," {
			continue
		}
		if e := int(c.b); e < len(a.toks) && (a.toks[e].kind == kPoss || a.toks[e].lower == "and" || a.toks[e].text == "(") {
			continue // "whose X's", "whose characters C and D", "whose brother C (Q)"
		}
		if pa := int(p.a); k >= 2 && pa > 0 && a.toks[pa-1].lower == "and" && int(a.ments[k-2].b) == pa-1 && a.ments[k-2].sent == p.sent {
			continue // "A and B, whose characters ...": whose part is whose is unclear
		}
		actor := p.typ == kg.Person || p.typ == "" && p.personShaped() && givenFirst(firstWord(p.text))
		named := b < int(c.a) && (a.toks[c.a-1].lower == "character" || a.toks[c.a-1].lower == "role") // "whose character Wendover"
		part := c.typ == kg.Character || weakOrNone(c) && (c.personShaped() && givenFirst(firstWord(c.text)) || named && castableName(c))
		if !actor || !part {
			continue
		}
		p.setType(kg.Person, 3)
		if c.typ != kg.Character {
			c.typ, c.strength = kg.Character, 2
		}
		actorArg, partArg := arg{m: int32(k - 1), of: -1, abs: true}, arg{m: int32(k), of: -1, abs: true}
		if a.pastPartClause(int(c.b)) {
			// "whose C was the last movie's villain": an earlier film's part
			a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: actorArg, obj: partArg, char: noArg, sent: c.sent})
			if a.returnAfterWhose(int(c.b)) {
				// "P, whose C stole the second movie, is in talks to come back"
				a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: actorArg, obj: anaArg(anaFilm), char: partArg, sent: c.sent})
			}
			continue
		}
		a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: actorArg, obj: anaArg(anaFilm), char: partArg, sent: c.sent})
	}
}

// whoseDescribed returns the token where the plain lower-case describing
// words before the name at token b begin ("wolf mogul" in "whose wolf mogul
// C"): at most three, none a function word, a verb or a kin noun ("whose
// brother C" names a relative); b itself when a word before b is not such
// a word or there are more.
func (a *article) whoseDescribed(b int) int {
	t := b
	for n := 0; n < 4 && t > 0; n++ {
		if tk := &a.toks[t-1]; tk.lower == "whose" {
			return t
		} else if tk.kind != kWord || tk.cap || !isWordLike(tk.lower) || tokIn(tk, commonWords) || tokIn(tk, notDescribing) || tokIn(tk, kinNouns) || n == 3 {
			return b
		}
		t--
	}
	return b
}

// pastPartClause reports whether the words from token t to the next comma
// or the sentence's end (at most twelve) speak of an earlier film: an
// earlier-film adjective before a film noun ("the last movie's villain",
// "the first film"; not "the first season" of the series at hand).
func (a *article) pastPartClause(t int) bool {
	for e := min(t+12, len(a.toks)); t < e; t++ {
		w := a.toks[t].lower
		if w == "," || w == "." || w == ";" {
			return false
		}
		if earlierAdj[w] && t+1 < e && yearFilmNouns[a.toks[t+1].lower] {
			return true
		}
	}
	return false
}

// returnAfterWhose reports whether the main clause after the whose-clause
// that goes on at token t says the actor comes back: past the clause's
// closing comma, a return word (returnWords, or "come back") within twelve
// tokens before the sentence ends, and no denial ("not", "n't", "never",
// "no") on the way.
func (a *article) returnAfterWhose(t int) bool {
	e := min(t+12, len(a.toks))
	for t < e && a.toks[t].text != "," {
		if w := a.toks[t].lower; w == "." || w == ";" {
			return false
		}
		t++
	}
	t++
	for e = min(t+12, len(a.toks)); t < e; t++ {
		w := a.toks[t].lower
		if w == "." || w == ";" || w == "," || w == "not" || w == "never" || w == "no" || strings.HasSuffix(w, "n't") {
			return false
		}
		if returnWords[w] {
			return true
		}
	}
	return false
}
