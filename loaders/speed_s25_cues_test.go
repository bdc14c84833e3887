package loaders

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// cueTestTexts are invented articles with the words the cue passes start
// at, in and out of their shapes.
var cueTestTexts = []string{
	"Perrin Vasquez is not expected to return. Odile Marsh has exited the project.",
	"The Salt Ledger, a prequel to Tides of Marrow, opens in May. Its sequel, Tides of Marrow 2, follows.",
	"Keane won't be back for the sequel. Marsh is no longer involved, and Vasquez will, however, never reprise the part.",
	"The 1991 remake was turned into a sitcom in 1994. Its box office was poor; the box-office tally came on Monday.",
	"Perrin Vasquez returns as June, and Odile Marsh appears as the Monday girl. MARCH OF THE LEDGER.",
	"Vasquez Reportedly Also Had Dropped Out\n\nVasquez reportedly also had dropped out of the spin-off, a revival of the show.",
	"No. Not now. Never. Box.",
	"The earlier prequel 1897 opened; 1897 now carries the load. Season two of 1911 aired in 1912.",
	"Marsh's \"Tides\" opens. Perrin Vasquez's \"The Salt Ledger\" opens. Marsh's new film, 'Tides', and \"Marrow\" follow.",
	"Perrin Vasquez, whose Captain Ledger stole the film, returns. Marsh is the voice of Tides, played by Keane.",
	"",
}

// cueTestWords are the words randomCueText draws from.
var cueTestWords = []string{"Perrin", "Vasquez", "Marsh", "is", "was", "will", "has", "also", "however", "reportedly", ",", "now",
	"not", "never", "no", "longer", "won't", "isn't", "exited", "quit", "return", "back", "reprise", "the", "a", "its",
	"sequel", "prequel", "spin-off", "remake", "version", "turned", "into", "box", "office", "May", "June", "Monday",
	"as", "season", "Season", ".", "\n\n", "2019", "1897", "of", "'s", "\"", "'", "Ledger", "whose", "voice", "Voices", "played", "by"}

// randomCueText joins n words drawn from cueTestWords.
func randomCueText(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(cueTestWords[r.Intn(len(cueTestWords))])
		b.WriteByte(' ')
	}
	return b.String()
}

// cueTestArticles are the articles of cueTestTexts and of random texts.
func cueTestArticles() []*article {
	r := rand.New(rand.NewSource(25))
	texts := slices.Clone(cueTestTexts)
	for _, n := range []int{3, 10, 40, 200} {
		for i := 0; i < 30; i++ {
			texts = append(texts, randomCueText(r, n))
		}
	}
	var out []*article
	for _, text := range texts {
		in := Input{Text: text}
		in.Article.ID = "t"
		out = append(out, newArticle(&in))
	}
	return out
}

// TestRareCueWordsHoldTheirSets checks that rareCueWords holds every word
// each cue pass starts at.
func TestRareCueWordsHoldTheirSets(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  map[string]bool
	}{
		{"versionCues", versionCues},
		{"apposedNewerWords", apposedNewerWords},
		{"leftWords", leftWords},
		{"loneNonNames", loneNonNames},
		{"negations and box", setOf("no", "not", "never", "box", "sequel")},
		{"whoseWords", whoseWords},
		{"voiceNouns", voiceNouns},
		{"playedByVerbs", playedByVerbs},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for w := range tc.set {
				if !rareCueWords[w] {
					t.Errorf("rareCueWords lacks %q", w)
				}
			}
		})
	}
}

// TestCueTokensSameAsSlow checks cueTokens against the walk over every
// token it replaces, for each pass's own first test: every token a pass
// would go on with is among the cue tokens.
func TestCueTokensSameAsSlow(t *testing.T) {
	arts := cueTestArticles()
	t.Run("positions", func(t *testing.T) {
		for _, a := range arts {
			var cues, nums, opens []int32
			for k := range a.toks {
				tk := &a.toks[k]
				if rareCueWords[tk.lower] || strings.HasSuffix(tk.lower, "n't") {
					cues = append(cues, int32(k))
				}
				if tk.kind == kNum {
					nums = append(nums, int32(k))
				}
				if tk.kind == kQuote && tk.open {
					opens = append(opens, int32(k))
				}
			}
			for pass := 0; pass < 2; pass++ { // (found, then as found)
				l := a.tokenLists()
				if !slices.Equal(l.cues, cues) || !slices.Equal(l.nums, nums) || !slices.Equal(l.opens, opens) {
					t.Errorf("%q: lists %v %v %v, want %v %v %v", a.text, l.cues, l.nums, l.opens, cues, nums, opens)
				}
			}
		}
	})
	t.Run("sentenceOf", func(t *testing.T) {
		for _, a := range arts {
			si := 0
			for i := range a.toks {
				si = a.sentenceOf(si, i)
				want := len(a.sents)
				for j := range a.sents {
					if a.sents[j].b > i {
						want = j
						break
					}
				}
				if si != want {
					t.Errorf("%q: token %d in sentence %d, want %d", a.text, i, si, want)
				}
			}
		}
	})
	for _, tc := range []struct {
		name string
		test func(t *token) bool
	}{
		{"sameNameVersions", func(t *token) bool { return t.kind == kWord && !t.cap && versionCues[t.lower] }},
		{"apposedNewerLinks", func(t *token) bool { return t.kind == kWord && !t.cap && apposedNewerWords[t.lower] }},
		{"sequelNamedLinks", func(t *token) bool { return t.lower == "sequel" }},
		{"saysBoxOffice", func(t *token) bool { return t.lower == "box" }},
		{"addCastCalendarParts", func(t *token) bool {
			return t.cap && t.kind == kWord && !t.allCaps && len(t.text) >= 3 && t.nl == 0 && loneNonNames[t.lower]
		}},
		{"withdrawnCue", withdrawnCue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, a := range arts {
				cues := a.cueTokens()
				for k := range a.toks {
					if tc.test(&a.toks[k]) && !slices.Contains(cues, int32(k)) {
						t.Errorf("%q: token %d %q is no cue token", a.text, k, a.toks[k].text)
					}
				}
			}
		})
	}
}

// slowWithdrawnNames is withdrawnNames as first written (every token of
// the article tried).
func slowWithdrawnNames(a *article) map[string]bool {
	out := map[string]bool{}
	for t := range a.toks {
		a.withdrawnAt(t, out)
	}
	return out
}

// slowSaysBoxOffice is saysBoxOffice as first written.
func slowSaysBoxOffice(a *article) bool {
	for i := 0; i+1 < len(a.toks); i++ {
		if a.toks[i].lower == "box" && a.toks[i+1].lower == "office" && int(a.toks[i].start) >= a.body {
			return true
		}
	}
	return false
}

// slowQuotedAfterPossessive is quotedAfterPossessive as first written
// (every token of the line read).
func slowQuotedAfterPossessive(a *article, si int) bool {
	s := &a.sents[si]
	for t := s.a; t < s.b; t++ {
		if a.toks[t].lower != "'s" {
			continue
		}
		for k := t + 1; k < s.b && k <= t+5; k++ {
			if a.toks[k].kind == kQuote && a.toks[k].open {
				return true
			}
		}
	}
	return false
}

// TestCuePassesSameAsSlow checks withdrawnNames (the four tokens before
// each cue tried), saysBoxOffice and quotedAfterPossessive (the opening
// quotation marks looked up first) against the walks they replace.
func TestCuePassesSameAsSlow(t *testing.T) {
	arts := cueTestArticles()
	t.Run("withdrawnNames", func(t *testing.T) {
		found := 0
		for _, a := range arts {
			got, want := a.withdrawnNames(), slowWithdrawnNames(a)
			if len(got) != len(want) {
				t.Errorf("%q: %v, want %v", a.text, got, want)
				continue
			}
			for w := range want {
				if !got[w] {
					t.Errorf("%q: %v, want %v", a.text, got, want)
				}
			}
			found += len(want)
		}
		if found == 0 {
			t.Error("no withdrawn name in the test texts")
		}
	})
	t.Run("saysBoxOffice", func(t *testing.T) {
		says := 0
		for _, a := range arts {
			if got, want := a.saysBoxOffice(), slowSaysBoxOffice(a); got != want {
				t.Errorf("%q: %v, want %v", a.text, got, want)
			} else if got {
				says++
			}
		}
		if says == 0 {
			t.Error("no box office in the test texts")
		}
	})
	t.Run("quotedAfterPossessive", func(t *testing.T) {
		quoted := 0
		for _, a := range arts {
			for si := range a.sents {
				if got, want := a.quotedAfterPossessive(si), slowQuotedAfterPossessive(a, si); got != want {
					t.Errorf("%q line %d: %v, want %v", a.text, si, got, want)
				} else if got {
					quoted++
				}
			}
		}
		if quoted == 0 {
			t.Error("no quoted name after a possessive in the test texts")
		}
	})
	t.Run("saysAny", func(t *testing.T) {
		for _, set := range []map[string]bool{whoseWords, voiceNouns, playedByVerbs} {
			says := 0
			for _, a := range arts {
				want := false
				for k := range a.toks {
					want = want || set[a.toks[k].lower]
				}
				if got := a.saysAny(set); got != want {
					t.Errorf("%q: saysAny(%v) %v, want %v", a.text, set, got, want)
				} else if got {
					says++
				}
			}
			if says == 0 {
				t.Errorf("no word of %v in the test texts", set)
			}
		}
	})
}
