package loaders

import (
	"slices"
	"testing"
)

// TestClauseCharacterBefore checks "C was ..., and P played him": the
// character named earlier in the sentence is the part, on invented
// sentences.
func TestClauseCharacterBefore(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Moss Vane rides into town. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one name before the actor", "But Moss Vane was the kid in the middle of it, and Dana Frell played him in the first film.",
			[]string{"PORTRAYED dana frell -> moss vane"}, nil},
		{"two names before the actor", "But Moss Vane and Tilly Fox were at war, and Dana Frell played him.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"another person before the actor", "Omar Reyes met Moss Vane on set, and Dana Frell played him.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN dana frell -> iron creek as omar reyes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestOwnedPart checks "as C's partner, D": the part after an owner's
// possessive, on invented sentences.
func TestOwnedPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Omar Reyes stars as Moss Vane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after a performance noun", "Dana Frell has a great part as Moss Vane's partner, Ellie.",
			[]string{"ACTED_IN dana frell -> iron creek as ellie"}, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"after as", "Dana Frell stars as Moss Vane's partner, Ellie.",
			[]string{"ACTED_IN dana frell -> iron creek as ellie"}, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"no name after the noun", "Dana Frell has a great part as Moss Vane's partner.",
			[]string{"ACTED_IN dana frell -> iron creek"}, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestCastPairsDescribed checks paired parts with describing nouns and
// "turns up as" a part with no name, on invented sentences.
func TestCastPairsDescribed(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Moss Vane is back. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"described second part", "Dana Frell and Omar Reyes reprise their roles as Moss's father David and brother Harry.",
			[]string{"ACTED_IN dana frell -> iron creek as david", "ACTED_IN omar reyes -> iron creek as harry"},
			[]string{"ACTED_IN omar reyes -> iron creek as david"}},
		{"turns up as a part with no name", "Lin Chao plays the villain, and Ezra Pell turns up as a corrupt local sheriff.",
			[]string{"ACTED_IN ezra pell -> iron creek"}, nil},
		{"started out as a job", "Ezra Pell started out as a fashion model.",
			nil, []string{"ACTED_IN ezra pell -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestCreditBeforeAs checks "P (Show) co-stars as C" and a list of parts
// that stops at the next clause's subject, on invented sentences.
func TestCreditBeforeAs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bracketed show then as", "Dana Frell (The Ridge) co-stars as Moss Vane, Omar Reyes plays David, and Jo Lane is the youngest brother, Mike.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN dana frell -> ridge", "ACTED_IN omar reyes -> iron creek as david"},
			[]string{"ACTED_IN dana frell -> iron creek as ridge", "ACTED_IN omar reyes -> iron creek as jo lane"}},
		{"bracketed show then leads the cast as", "Dana Frell (Ledger) leads the cast as Tilly Fox, the estranged granddaughter of Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek as ledger"}},
		{"a mononymous actor in a list of pairs", "Joining them are Dana Frell as Tilly Fox and Zendra as Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox", "ACTED_IN zendra -> iron creek as moss vane"}, nil},
		{"a lone surname with no list", "Later, Zendra as Moss Vane is a surprise.",
			nil, []string{"ACTED_IN zendra -> iron creek as moss vane"}},
		{"bracketed part stays a part", "Dana Frell (Moss) and Omar Reyes (Tilly) are also back.",
			[]string{"ACTED_IN dana frell -> iron creek as moss"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestBothParts checks "P pulls double duty as both C and D" on invented
// sentences.
func TestBothParts(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one person, two parts", "Dana Frell pulls double duty as both Moss Vane and Tilly Fox.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"two people pair up", "Dana Frell and Omar Reyes return as both Moss Vane and Tilly Fox.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN omar reyes -> iron creek as tilly fox"},
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestCompleteSurnameOnce checks that a kin pair's first name takes the
// second's surname once, however many cast statements of the sentence
// read the pair ("play siblings A and B C").
func TestCompleteSurnameOnce(t *testing.T) {
	got := mentionKeys("Copperline adds two\n\nNetflix has cast Dana Vell and Rob Orsk in Copperline. Vell and Orsk play siblings Quilla and Tobin Hask, who run Hask Freight, a shipping firm.\n")
	if !slices.Contains(got, "quilla hask") || slices.Contains(got, "quilla hask hask") {
		t.Errorf("want quilla hask once in %v", got)
	}
}
