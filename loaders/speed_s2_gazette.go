package loaders

// headingWords returns the lower-case words of the heading sentences
// heads: a gazette candidate whose first word is none of them can match
// nowhere, so gazette skips it.
func (a *article) headingWords(heads []int) map[string]bool {
	var ws map[string]bool
	if a.bufs != nil {
		// (one map handed on from article to article, as gazette's seen)
		if a.bufs.heads == nil {
			a.bufs.heads = map[string]bool{}
		}
		ws = a.bufs.heads
		clear(ws)
	} else {
		ws = map[string]bool{}
	}
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

// noHeadStart reports, for some texts, that the first token of
// tokenize(text) that is not a quotation mark (firstUnquoted) is no key of
// headWords, without tokenising: an all-ASCII text whose first byte after
// white space is a letter or digit that opens no heading word (headFirst:
// headFirstBytes), or a letter opening a word of letters and digits only
// (scanWord, as tokenize reads it) whose lower-cased form is no heading
// word. False when it cannot tell.
func noHeadStart(text string, headWords map[string]bool, headFirst *[256]bool) bool {
	c, ok := asciiLead(text)
	if !ok {
		return false
	}
	if !headFirst[c] {
		return true
	}
	if c < 'a' || c > 'z' {
		return false
	}
	p := 0
	for text[p] == ' ' || text[p] == '\t' || text[p] == '\n' || text[p] == '\r' || text[p] == '\f' || text[p] == '\v' {
		p++
	}
	w := text[p:scanWord(text, p)]
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := lowerASCIIByte(w[i])
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false // (letters and digits only: tokenize may cut a word at a hyphen or a dot)
		}
		buf[i] = c
	}
	return !headWords[string(buf[:len(w)])]
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
