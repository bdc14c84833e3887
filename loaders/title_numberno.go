package loaders

// numberNoTitle reports whether the full stop at j of sentence s, after a
// capitalised "No" that follows the capitalised words of a run opened at
// i, is the abbreviation of a number that goes on the name ("Kestrel No.
// 9", "Room in Block No. 12", "the last days of Beneath No. 4"): not a
// rank opening a run ("No. 1 at the box office", "At No. 2"). A function
// word before "No" counts only written capitalised inside a sentence,
// after a lower-case word or a comma, where it opens a title.
func numberNoTitle(toks []token, s *sentence, i, j int) bool {
	if j-1 <= i || j+1 >= s.b || toks[j].text != "." || toks[j].space || toks[j-1].text != "No" || toks[j+1].kind != kNum || len(toks[j+1].text) > 3 {
		return false
	}
	p := &toks[j-2]
	if p.kind != kWord || !p.cap {
		return false
	}
	if !tokIn(p, commonWords) {
		return true
	}
	// (not "At No. 2": a function word opening its sentence)
	if j-3 < s.a {
		return false
	}
	q := &toks[j-3]
	return q.kind == kWord && !q.cap || q.text == ","
}
