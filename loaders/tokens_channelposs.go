package loaders

// channelNumberPoss reports whether the apostrophe at byte i, right after
// the number num, is a possessive: a number of one or two digits after a
// capitalised word and followed by an s that ends the word, as in
// "KTV 2's" and "Kanal 9's".
func channelNumberPoss(word, num token, text string, i, n int) bool {
	if i+n >= len(text) || text[i+n] != 's' || isLetter(peekRune(text, i+n+1)) {
		return false
	}
	if num.kind != kNum || num.end != int32(i) || !num.space || word.kind != kWord || !word.cap || word.end >= num.start {
		return false
	}
	if len(num.text) > 2 {
		return false
	}
	for k := 0; k < len(num.text); k++ {
		if num.text[k] < '0' || num.text[k] > '9' {
			return false
		}
	}
	return true
}
