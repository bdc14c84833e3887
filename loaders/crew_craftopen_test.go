package loaders

import (
	"strings"
	"testing"
)

// TestCraftOpening checks craftBy on a bare craft noun opening the
// sentence ("Editing is by P") and on the crew job word that keeps
// charParen from reading a crew member's brackets as a part, on invented
// sentences: every wanted line must be among the article's claims and no
// unwanted one.
func TestCraftOpening(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Wraps Its Shoot\n\nMarrow Flats, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"editing is by", "Editing is by Tomas Hallbeck.",
			[]string{"WORKED_ON tomas hallbeck -> marrow flats"}, []string{"ACTED_IN tomas hallbeck -> marrow flats"}},
		{"cinematography is by, two people", "Cinematography is by Ines Kurvola and Bram Ostade.",
			[]string{"WORKED_ON ines kurvola -> marrow flats", "WORKED_ON bram ostade -> marrow flats"}, nil},
		{"music was by", "Music was by Odile Fenwarth, who scored the director's debut.",
			[]string{"WORKED_ON odile fenwarth -> marrow flats"}, nil},
		{"the editing is by (unchanged)", "The editing is by Tomas Hallbeck.",
			[]string{"WORKED_ON tomas hallbeck -> marrow flats"}, nil},
		{"craft noun not opening the sentence", "Much of its charm is by Tomas Hallbeck, a painter.",
			nil, []string{"WORKED_ON tomas hallbeck -> marrow flats"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}

// TestCrewParenNotPart checks that a crew job word right before "P (F)"
// keeps charParen from reading F as P's part, on invented sentences.
func TestCrewParenNotPart(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Wraps Its Shoot\n\nMarrow Flats, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"director with two titles", "Director Wenna Colbeck (The Quiet Orchard, Salt Days) keeps things brisk.",
			nil, []string{"ACTED_IN wenna colbeck -> marrow flats as quiet orchard", "ACTED_IN quiet orchard -> marrow flats as wenna colbeck"}},
		{"cinematographer returns", "Cinematographer Tomas Hallbeck (Low Tidewater) returns.",
			nil, []string{"ACTED_IN tomas hallbeck -> marrow flats as low tidewater", "ACTED_IN low tidewater -> marrow flats as tomas hallbeck"}},
		{"editor and composer", "Editor Ines Kurvola (Glass Ferry) and composer Bram Ostade (Night Porridge) are back.",
			nil, []string{"ACTED_IN ines kurvola -> marrow flats as glass ferry", "ACTED_IN bram ostade -> marrow flats as night porridge"}},
		{"cast pair still read", "Ines Kurvola (Wrenna Hale) and Bram Ostade (Odo Fenn) are also back.",
			[]string{"ACTED_IN ines kurvola -> marrow flats as wrenna hale", "ACTED_IN bram ostade -> marrow flats as odo fenn"}, nil},
		{"a character who composes, then her player", "Marrow Flats follows the composer Wrenna Hale (Ines Kurvola), a lighthouse keeper.",
			[]string{"ACTED_IN ines kurvola -> marrow flats as wrenna hale"}, nil},
		{"character then player still read", "The film follows Wrenna Hale (Ines Kurvola), a lighthouse keeper.",
			[]string{"ACTED_IN ines kurvola -> marrow flats as wrenna hale"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}

// TestCraftByLine checks that a capitalised crew credit closed by a full
// stop is a sentence, and the same words with no full stop a heading.
func TestCraftByLine(t *testing.T) {
	cases := []struct {
		name, line string
		heading    bool
	}{
		{"credit sentence", "Editing is by Tomas Hallbeck.", false},
		{"comes from", "Cinematography comes from Ines Kurvola.", false},
		{"heading, no full stop", "Editing is by Tomas Hallbeck", true},
		{"other opening noun", "Praise is by Tomas Hallbeck.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(" date 2026-05-01\nMarrow Flats\n\n"+c.line+"\n", "")
			for _, s := range a.sents {
				if strings.HasPrefix(a.text[a.toks[s.a].start:], c.line) {
					if s.titleCase != c.heading {
						t.Errorf("%q: titleCase %v, want %v", c.line, s.titleCase, c.heading)
					}
					return
				}
			}
			t.Errorf("%q: no sentence found", c.line)
		})
	}
}
