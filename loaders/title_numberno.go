package loaders

// numberNoTitle reports whether the full stop at j of sentence s, after a
// capitalised "No" that follows the capitalised words of a run opened at
// i, is the abbreviation of a number that goes on the name ("Kestrel No.
// 9", "Room in Block No. 12"): not a rank opening a run ("No. 1 at the box
// office").
func numberNoTitle(toks []token, s *sentence, i, j int) bool {
	if j-1 <= i || j+1 >= s.b || toks[j].text != "." || toks[j].space || toks[j-1].text != "No" || toks[j+1].kind != kNum || len(toks[j+1].text) > 3 {
		return false
	}
	p := &toks[j-2]
	return p.kind == kWord && p.cap && !tokIn(p, commonWords) // (not "At No. 2")
}
