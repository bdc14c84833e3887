package loaders

// typeHeadlineAgeTitles types as films the untyped body names that a
// headline writes right before "at" and an age ("Quiet Harbor at 30: ...",
// "\"Cold Open\": Quiet Harbor at 25") or before "review" ("Quiet
// Harbor review: ..."), as anniversary pieces and reviews lead with their
// production (headlineAgeRun); the matching is typeHeadRunTitles'.
func (a *article) typeHeadlineAgeTitles() {
	start, n, _ := a.headlineAgeRun()
	a.typeHeadRunTitles(start, n, false) // (a body name opening a sentence drops its "The")
}

// headlineAgeRun returns where the run of capitalised words and numbers
// before "at" and an age (a number from 5 to 150 closing the headline or
// followed by a colon, a dash or "and") or before "review" (closing the
// headline or followed by a colon or a dash) starts in the headline
// (after a leading "The"), its length in tokens (0 when there is none)
// and whether "The" led it. The run (at most six tokens) must open the
// headline or follow a quote, or a colon after a quote ("'Cold Open':
// Quiet Harbor at 25"): "Marta Lind, Actor, Dies at 81" has no run, and
// after another colon the run may be a subtitle or a part ("Lanternfolk:
// The Hollow Man review").
func (a *article) headlineAgeRun() (start, n int, the bool) {
	if len(a.sents) < 2 {
		return 0, 0, false
	}
	h := &a.sents[0]
	for k := h.a + 1; k < h.b; k++ {
		t := &a.toks[k]
		if t.kind != kWord || t.cap || t.lower != "at" && t.lower != "review" {
			continue
		}
		e := k + 1 // the token after the cue
		if t.lower == "at" {
			if e >= h.b || a.toks[e].kind != kNum || !headlineAge(a.toks[e].text) {
				continue
			}
			e++
		}
		if e < h.b && a.toks[e].text != ":" && a.toks[e].kind != kDash && !(t.lower == "at" && a.toks[e].lower == "and") {
			continue
		}
		b := k
		for b > h.a && k-b < 6 && (a.toks[b-1].kind == kWord && a.toks[b-1].cap || a.toks[b-1].kind == kNum) {
			b--
		}
		if b == k || b > h.a && a.toks[b-1].kind != kQuote && !(a.toks[b-1].text == ":" && b-2 >= h.a && a.toks[b-2].kind == kQuote) {
			return 0, 0, false
		}
		the = a.toks[b].lower == "the"
		if the {
			b++
		}
		if b == k {
			return 0, 0, false
		}
		return b, k - b, the
	}
	return 0, 0, false
}

// headlineAge reports whether the number s is an age an anniversary
// headline gives a production (5 to 150).
func headlineAge(s string) bool {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 2 {
			return false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v >= 5 && v <= 150
}
