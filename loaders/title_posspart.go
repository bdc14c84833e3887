package loaders

// partAsAfter are words that, right before "as", show the name after "as"
// is a part someone plays ("returns as Tam Voss", "back as Voss").
var partAsAfter = setOf("returns", "returned", "return", "returning", "back", "again", "cast", "stars", "starred", "starring", "reprises", "reprised")

// partWord reports whether the one-word name w (lower case) is, somewhere in
// the article, a part someone plays, alone or as a word of a longer name:
// after a verb of playing ("playing Voss", "voiced Tam Voss"), after "as"
// that follows a person's name or a return verb ("Ann Lyle as Voss",
// "returns as Tam Voss"), or before ", voiced by" or ", played by" ("Tam
// Voss, voiced by P"). A possessive on such a name opens a title named for
// the character ("Voss's Game", title_poss.go) rather than an owner.
func (a *article) partWord(w string) bool {
	toks := a.toks
	for si := range a.sents {
		s := &a.sents[si]
		for x := s.a; x < s.b; x++ {
			t := &toks[x]
			if t.kind != kWord || !t.cap || t.lower != w {
				continue
			}
			// the start of the name: w or one capitalised word before it
			st := x
			if x-1 > s.a && toks[x-1].kind == kWord && toks[x-1].cap {
				st = x - 1
			}
			for _, p := range [2]int{x - 1, st - 1} {
				if p < s.a {
					continue
				}
				q := &toks[p]
				if q.kind != kWord || q.cap {
					continue
				}
				if describedPartVerbs[q.lower] {
					return true
				}
				if q.lower == "as" && p-1 >= s.a && (toks[p-1].kind == kWord && toks[p-1].cap && toks[p-1].lower != "as" || partAsAfter[toks[p-1].lower]) {
					return true
				}
			}
			// the end of the name: w or one capitalised word after it
			e := x + 1
			if e < s.b && toks[e].kind == kWord && toks[e].cap {
				e++
			}
			if e+2 < s.b && toks[e].text == "," && castPassiveVerbs[toks[e+1].lower] && toks[e+2].lower == "by" {
				return true
			}
		}
	}
	return false
}

// personNameAt reports whether a person's name opens at token i of sentence
// s: a given name and a capitalised word after it ("Ann Lyle").
func personNameAt(toks []token, s *sentence, i int) bool {
	return i+1 < s.b && toks[i].kind == kWord && toks[i].cap && isGivenName(toks[i].lower) &&
		toks[i+1].kind == kWord && toks[i+1].cap
}
