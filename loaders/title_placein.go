package loaders

// placeInPreps are the prepositions that put a major place's name as the
// place where something happens ("a star in Lisbon", "a show at
// Glasgow", "a house near Oslo"), not the title a credit is in.
var placeInPreps = setOf("in", "at", "near", "outside", "across", "around")

// placeAfterPreposition reports whether the name at token i, whose key is
// key, is a major place of placeNames written right after a lower-case
// place preposition ("to win a third star in Lisbon"): such a name is
// never typed a production, whatever credit cue ("played X ... in Y")
// reads it so. A place named as a title has a kind noun, an owner or
// quotes before it instead ("the series Lisbon", "Kestrel's Lisbon").
func (a *article) placeAfterPreposition(s *sentence, i int, key string) bool {
	if i <= s.a {
		return false
	}
	p := &a.toks[i-1]
	return p.kind == kWord && !p.cap && tokIn(p, placeInPreps) && placeNames[key]
}
