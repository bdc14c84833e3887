package loaders

import (
	"testing"
)

// TestParagraphOpenerFilm checks that a paragraph whose opening sentence is
// about another film than the article's subject, named anywhere in it
// (openerFilm), hands that film to the credits of its later sentences that
// name no film; and that it does not when the film is named in passing, as
// someone's credit or as another production's origin, or when the opener
// names the subject too.
func TestParagraphOpenerFilm(t *testing.T) {
	lede := "TV Ratings: 'Night Lantern' Rules Tuesday as 'Tin Harbour' Climbs\n\n" +
		"Lumio's new drama Night Lantern drew 7.1 million viewers on Tuesday. Ada Brenn stars as Inspector Lyle Marr.\n\n"
	tail := "\n\nNight Lantern airs again next Tuesday."
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "a film named after an opening phrase leads its paragraph",
			text: lede + "Over on Brightwave, the Mara Quint comedy-drama Tin Harbour was the night's biggest gainer. " +
				"The second season opener pulled 5.4 million. Quint plays Tess, a nurse who moves back home. " +
				"Dan Rolle co-stars as Sergeant Vane." + tail,
			want: []string{"ACTED_IN mara quint -> tin harbour (tess)", "ACTED_IN dan rolle -> tin harbour (sergeant vane)"},
			not:  []string{"ACTED_IN mara quint -> night lantern (tess)", "ACTED_IN dan rolle -> night lantern (sergeant vane)"},
		},
		{
			name: "a film named as a person's credit leads nothing",
			text: lede + "Mara Quint, who starred in Tin Harbour, joins the cast this week. " +
				"Dan Rolle co-stars as Sergeant Vane." + tail,
			want: []string{"ACTED_IN dan rolle -> night lantern (sergeant vane)"},
			not:  []string{"ACTED_IN dan rolle -> tin harbour (sergeant vane)"},
		},
		{
			name: "a film named as the subject's origin leads nothing",
			text: lede + "A follow-up to Brightwave's Tin Harbour, the new season sends the crew north. " +
				"Dan Rolle co-stars as Sergeant Vane." + tail,
			not: []string{"ACTED_IN dan rolle -> tin harbour (sergeant vane)"},
		},
		{
			name: "an opener naming the subject too leads nothing",
			text: lede + "If you finish Night Lantern, try Tin Harbour on Brightwave. " +
				"Dan Rolle co-stars as Sergeant Vane." + tail,
			not: []string{"ACTED_IN dan rolle -> tin harbour (sergeant vane)"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestOpenerFilmReads checks which film openerFilm reads off a paragraph's
// opening sentence (the fourth of the text), and namesFilmBut, which ends
// the paragraph's lead at a sentence naming another film.
func TestOpenerFilmReads(t *testing.T) {
	lede := "Night Lantern Leads the Week\n\nLumio's new drama Night Lantern drew 7.1 million viewers on Tuesday. Ada Brenn stars as Inspector Lyle Marr.\n\n"
	cases := []struct{ name, opener, want string }{
		{"after an opening phrase", "Further down the chart, Brightwave's comedy Tin Harbour (2024) took in $6.9 million.", "tin harbour"},
		{"a credit in passing", "Mara Quint, who starred in Tin Harbour (2024), joins the cast.", "-"},
		{"a credit in brackets", "Mara Quint (Tin Harbour) joins the cast.", "-"},
		{"the subject named too", "If you finish Night Lantern, try the 2024 film Tin Harbour.", "-"},
		{"a person opens the sentence", "Mara Quint joins Brightwave's comedy Tin Harbour (2024) next week.", "-"},
		{"an earlier film of the subject", "A follow-up to Brightwave's Tin Harbour (2024), the season sends the crew north.", "-"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, lede+c.opener+" Dan Rolle co-stars as Sergeant Vane.\n\nNight Lantern airs next week.")
			subj := a.find(int(a.subjectFilm))
			got := "-"
			if mi := a.openerFilm(3, subj); mi >= 0 {
				got = a.ments[mi].key
			}
			if got != c.want {
				t.Errorf("opener film %q, want %q", got, c.want)
			}
			if a.namesFilmBut(4, subj) {
				t.Errorf("namesFilmBut: the credit sentence names no film")
			}
			if !a.namesFilmBut(1, -1) {
				t.Errorf("namesFilmBut: the second sentence names the subject")
			}
		})
	}
}
