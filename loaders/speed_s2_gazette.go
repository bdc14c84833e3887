package loaders

// headingWords returns the lower-case words of the heading sentences
// heads: a gazette candidate whose first word is none of them can match
// nowhere, so gazette skips it.
func (a *article) headingWords(heads []int) map[string]bool {
	ws := map[string]bool{}
	for _, si := range heads {
		s := &a.sents[si]
		for i := s.a; i < s.b; i++ {
			ws[a.toks[i].lower] = true
		}
	}
	return ws
}

// firstUnquoted returns the lower form of the first token of toks that is
// not a quotation mark, or "" when there is none.
func firstUnquoted(toks []token) string {
	for i := range toks {
		if toks[i].kind != kQuote {
			return toks[i].lower
		}
	}
	return ""
}

// headFirstBytes marks the first bytes, ASCII lower-cased, of the words ws.
func headFirstBytes(ws map[string]bool) (first [256]bool) {
	for w := range ws {
		if w != "" {
			first[lowerASCIIByte(w[0])] = true
		}
	}
	return first
}

// asciiLead returns, lower-cased, the first byte after white space of an
// all-ASCII text when it is a letter or a digit: the first byte, in either
// case, of the lower form of the text's first token (tokenize: a word or a
// number starts there, and an ASCII token's lower form is its text or its
// text lower-cased). ok is false for any other text.
func asciiLead(text string) (c byte, ok bool) {
	p := -1
	for i := 0; i < len(text); i++ {
		b := text[i]
		if b >= 0x80 {
			return 0, false
		}
		if p < 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' {
			p = i
		}
	}
	if p < 0 {
		return 0, false
	}
	c = lowerASCIIByte(text[p])
	if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
		return 0, false
	}
	return c, true
}

func lowerASCIIByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
