package loaders

import "testing"

// TestPartnerOwnedParts checks partnerOwner in actorOwnedParts: a name
// owned by a person's possessive after a partner noun and "of" or "for",
// after a scene noun and "with", or after the second owner of a pair, is
// that person's part even when a weak cue read it as the owner's film; a
// dated title, "in P's F", or a maker owner leave the film.
func TestPartnerOwnedParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"kin noun and of", "Audiences knew Rafe Talbot as Dorin, the younger brother of Marek Ostby's Valtor, a role he played for six years.",
			[]string{"Character:valtor", "PORTRAYED marek ostby -> valtor"}, []string{"Film:valtor", "DIRECTED marek ostby -> valtor"}},
		{"pair after of", "But it was the pairing of Lukas Verhoeven's Dravo Tenn and Daniel Marquand's Kesh Varo that gave the show its heart.",
			[]string{"Character:dravo tenn", "Character:kesh varo", "PORTRAYED lukas verhoeven -> dravo tenn", "PORTRAYED daniel marquand -> kesh varo"},
			[]string{"Film:dravo tenn", "Film:kesh varo"}},
		{"foil for", "The writers created Pell, a nervous clerk, as a foil for Jonah Wirth's Gorrick.",
			[]string{"Character:gorrick", "PORTRAYED jonah wirth -> gorrick"}, []string{"Film:gorrick"}},
		{"guard: in a maker's film", "She had a small part in Marek Ostby's Valtor before her breakthrough.",
			nil, []string{"Character:valtor"}},
		{"guard: dated title", "The cycle began with the brother of Marek Ostby's Valtor (2012) and went on from there.",
			nil, []string{"Character:valtor"}},
		{"guard: maker owner", "Marek Ostby directed Dark Harbour in 2010. The cast included the brother of Marek Ostby's Valtor.",
			nil, []string{"PORTRAYED marek ostby -> valtor"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
