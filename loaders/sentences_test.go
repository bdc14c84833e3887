package loaders

import (
	"testing"
)

// TestSplitSentencesNameSuffix checks that a full stop after "Jr."/"Sr."
// ends the sentence only when a capitalised function word opens the next
// one, and that the other abbreviations keep the sentence together.
func TestSplitSentencesNameSuffix(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"suffix then new sentence", "The drama stars Tomas Brell Jr. The film opens in June.",
			[]string{"The drama stars Tomas Brell Jr.", "The film opens in June."}},
		{"suffix then pronoun", "The lead is Ana Vell Sr. She trained for months.",
			[]string{"The lead is Ana Vell Sr.", "She trained for months."}},
		{"suffix inside the sentence", "Tomas Brell Jr. plays the boxer.",
			[]string{"Tomas Brell Jr. plays the boxer."}},
		{"suffix then a name", "It stars Tomas Brell Jr. Ana Vell joins him.",
			[]string{"It stars Tomas Brell Jr. Ana Vell joins him."}},
		{"title abbreviation", "It stars Dr. The Great Zarko.",
			[]string{"It stars Dr. The Great Zarko."}},
		{"military rank abbreviations", "Maj. Ida Roan leads the unit with Cpl. Ben Oduya and Adm. Rhea Sollis.",
			[]string{"Maj. Ida Roan leads the unit with Cpl. Ben Oduya and Adm. Rhea Sollis."}},
		{"police and naval rank abbreviations", "He plays Det. Sam Kerrow opposite Cmdr. Lia Voss and Pvt. Noor Hale.",
			[]string{"He plays Det. Sam Kerrow opposite Cmdr. Lia Voss and Pvt. Noor Hale."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentences(t, tt.text, tt.want)
		})
	}
}

// TestBulletCastLines checks that the lines of a bulleted cast list, "- A as
// C", are read as sentences that credit the article's film, not skipped as
// headings, and that a bulleted line without "as" stays a heading.
func TestBulletCastLines(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September.\n\nReturning from the first film:\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"hyphen bullets", "- Dana Frell as Pip Marlow\n- Omar Reyes as Moss Tully, a deputy\n",
			[]string{"ACTED_IN dana frell -> iron creek as pip marlow", "ACTED_IN omar reyes -> iron creek as moss tully"}, nil},
		{"dot bullets", "\u2022 Lin Chao as Tully Vance\n\u2022 Ezra Pell as Bolt\n",
			[]string{"ACTED_IN lin chao -> iron creek as tully vance", "ACTED_IN ezra pell -> iron creek as bolt"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
	t.Run("bullet without as stays a heading", func(t *testing.T) {
		text := "- Behind the Scenes With Dana Frell"
		toks := tokenize(text, 0, nil)
		if !isTitleCase(toks) {
			t.Errorf("isTitleCase(%q) = false, want true", text)
		}
		text = "- Dana Frell as Pip Marlow"
		if toks = tokenize(text, 0, nil); isTitleCase(toks) {
			t.Errorf("isTitleCase(%q) = true, want false", text)
		}
	})
}

// checkSentences splits text into sentences and fails t unless they are
// exactly want, in order.
func checkSentences(t *testing.T, text string, want []string) {
	t.Helper()
	toks := tokenize(text, 0, nil)
	var got []string
	for _, s := range splitSentences(text, toks, nil) {
		got = append(got, text[s.start:s.end])
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Errorf("sentence %d = %q, want %q", k, got[k], want[k])
		}
	}
}
