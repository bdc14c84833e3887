package loaders

// rankFigureWords open a chart line's figure in words rather than a sign:
// the rupee's abbreviation ("Rs 2.9 crore").
var rankFigureWords = setOf("rs", "rs.", "inr")

// rankedChartLine reports whether mention m, whose name opens at token b
// of sentence s, is the title of a numbered chart line: a rank ("4.")
// opens the line, alone in the sentence before or just before the name,
// and after the name, maybe past one bracketed group ("(Velo Studios)"),
// a dash and a figure follow: a currency sign or its abbreviation, or a
// number ("4. Harbour Nights – ₹2.2 crore", "5. Kestrel Rise (Orlo) -
// Rs 2.9 crore", "2. Dunmore Gate — 171,400"). A ranked list of people,
// which a dash and a figure seldom follow, is not read so.
func (a *article) rankedChartLine(s *sentence, m *mention, b int) bool {
	toks := a.toks
	if b == s.a+2 {
		if !rankNumber(&toks[s.a]) || toks[s.a+1].text != "." {
			return false
		}
	} else {
		if b != s.a || m.sent < 1 {
			return false
		}
		p := &a.sents[m.sent-1]
		if p.b != s.a || p.a != s.a-2 || !rankNumber(&toks[p.a]) || toks[p.a+1].text != "." {
			return false
		}
	}
	e := int(m.b)
	if e < s.b && toks[e].text == "(" {
		c := e + 1
		for c < s.b && c < e+24 && toks[c].text != ")" {
			c++
		}
		if c >= s.b || toks[c].text != ")" {
			return false
		}
		e = c + 1
	}
	if e+1 >= s.b || toks[e].kind != kDash {
		return false
	}
	f := &toks[e+1]
	return f.kind == kNum || chartCurrencies[f.text] || f.text == "₹" || f.kind == kWord && rankFigureWords[f.lower]
}

// rankNumber reports whether t is a chart's rank: a number of one or two
// digits.
func rankNumber(t *token) bool {
	return t.kind == kNum && len(t.text) <= 2 && t.text[0] >= '1' && t.text[0] <= '9'
}
