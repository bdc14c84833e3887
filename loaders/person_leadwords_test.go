package loaders

import "testing"

// TestLeadWords checks trimLeadWords on invented sentences: a describer
// noun, an age, a nationality or "Joining" opening a sentence is no part of
// the name after it; an ambiguous job word before a name that has no given
// name, and a nationality before a word that is no given name, stay.
func TestLeadWords(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"describer noun, no given name after", "Wrestler Brontus Kaleb plays the bouncer in the sequel Iron Tavern 2.",
			[]string{"Person:brontus kaleb"}, []string{"Person:wrestler brontus kaleb"}},
		{"plural describer", "Pianists Orvel Dranik and Sabine Quorr joined the crew of Iron Tavern 2 in March.",
			[]string{"Person:orvel dranik"}, []string{"Person:pianists orvel dranik"}},
		{"age", "Nineteen-year-old Tavi Mornell stars as the prince in Iron Tavern 2.",
			[]string{"Person:tavi mornell"}, []string{"Person:nineteen-year-old tavi mornell"}},
		{"two-word nationality inside the sentence", "The sequel Iron Tavern 2 was directed by New Zealander Hamish Brolt.",
			[]string{"Person:hamish brolt"}, []string{"Person:new zealander hamish brolt"}},
		{"guard: ambiguous job word, no given name", "Host Quarry Bells airs on Fridays.",
			nil, []string{"Person:quarry bells"}},
		{"guard: nationality before a company word", "Danish Film Institute backed the sequel Iron Tavern 2.",
			nil, []string{"Organisation:film institute", "Person:film institute"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestLeadWordsMentions checks the mentions trimLeadWords leaves, on
// invented sentences: "Joining" before the surname of a personal name of
// the article is dropped, and before a word that is nobody's surname it
// stays.
func TestLeadWordsMentions(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not string
	}{
		{"joining before a surname", "Talia Vorsk returns as the innkeeper in Iron Tavern 2. Joining Vorsk is Pell Drane as her brother.",
			"Vorsk", "Joining Vorsk"},
		{"guard: joining before no surname", "Talia Vorsk returns as the innkeeper in Iron Tavern 2. Joining Forces opens in May.",
			"Joining Forces", "Forces"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runDated("News\n\n"+c.text+"\n", "")
			seen := map[string]bool{}
			for mi := range a.ments {
				seen[a.ments[mi].text] = true
			}
			if !seen[c.want] || seen[c.not] {
				t.Errorf("mentions %v: want %q, not %q", seen, c.want, c.not)
			}
		})
	}
}
