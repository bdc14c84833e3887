package loaders

import "strings"

// colonBaseTitle reports whether the one-word run at token i, a surname of
// a person met before and then a colon, is the base of a title and its
// subtitle ("Harry Vell ... its spin-off Vell: Reckoning") rather than a
// speaker's label or a name before a quote: the article writes the word
// alone in quotes ("'Vell'", a headline's title), or writes it before a
// colon and a capitalised word at least twice ("Vell: The Dawn", "Vell:
// The Last War"), or a sequel noun or a production noun stands right
// before it ("its spin-off Vell: Reckoning", "a prequel, Vell: Origins").
// Not at the start of a line (a transcript's label).
// Called only when the surname guard fires, so the text scan is rare.
func (a *article) colonBaseTitle(i int) bool {
	t := &a.toks[i]
	if t.kind != kWord || t.nl > 0 || i == 0 || len(t.text) < 3 || t.allCaps {
		return false
	}
	p := i - 1
	if a.toks[p].text == "," && p > 0 {
		p--
	}
	if a.toks[p].kind == kWord && !a.toks[p].cap && colonBaseCues[a.toks[p].lower] {
		return true // "its spin-off Vell: Reckoning", "a prequel, Vell: Origins"
	}
	w := t.text
	for _, q := range [...][2]string{{"'", "'"}, {"\u2018", "\u2019"}, {"\"", "\""}, {"\u201c", "\u201d"}} {
		if strings.Contains(a.text, q[0]+w+q[1]) {
			return true
		}
	}
	n := 0
	pat := w + ": "
	for rest := a.text; ; {
		k := strings.Index(rest, pat)
		if k < 0 {
			break
		}
		rest = rest[k+len(pat):]
		if len(rest) > 0 && rest[0] >= 'A' && rest[0] <= 'Z' && (k == 0 || rest[0] != 'I' || len(rest) > 1 && rest[1] != ' ') {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// colonBaseCues name a work right before its title ("the spin-off X: Y").
var colonBaseCues = setOf("spin-off", "spinoff", "sequel", "prequel", "reboot", "revival", "series", "film", "movie", "show",
	"miniseries", "documentary", "feature")
