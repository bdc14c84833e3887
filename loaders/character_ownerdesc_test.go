package loaders

import "testing"

// TestDescribedActorOwner checks that actorOwnedParts reads "P's
// <describing words>(,) C" as P's part C when P is a full name no cue
// typed strongly and no claim credits (describedActorOwner), and the
// guards against a maker's work. Invented sentences and names.
func TestDescribedActorOwner(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an adjective before a titled part", "Harrow Vale is a 2014 thriller. Antal Bertin's bullish Father Labrec is the best thing in it.",
			[]string{"PORTRAYED antal bertin -> father labrec"}, nil},
		{"a job noun and a comma", "Harrow Vale is a 2014 thriller. Paulo Newell's architect, Doug Robbart, has a memorable exchange with him in the stairwell.",
			[]string{"PORTRAYED paulo newell -> doug robbart"}, nil},
		{"guard: a work's adjective", "Harrow Vale is a 2014 thriller. Rounding out the top five, Tomas Vell's animated Deep Water earned $9 million.",
			nil, []string{"PORTRAYED tomas vell -> deep water"}},
		{"guard: of in the description", "Harrow Vale is a 2014 thriller. Fans of Lyman Frank Bowe's land of Ozma, or of the Greta Mayer novel that reimagined it, will not leave disappointed.",
			nil, []string{"PORTRAYED lyman frank bowe -> ozma"}},
		{"guard: a plural relation", "Harrow Vale is a 2014 thriller. The company run by Jon Carrow's sons Simon and Stefan Carrow is again the lead producer.",
			nil, []string{"PORTRAYED jon carrow -> simon"}},
		{"guard: the owner is a part", "Harrow Vale is a 2014 thriller. A few months later he turned up in Jon Woolf's Face Time as Dieter Hasslan's bodyguard Lasse, trading shots with Jon Travers in the hangar sequence.",
			nil, []string{"PORTRAYED dieter hasslan -> lasse", "Person:dieter hasslan"}},
		{"guard: a plural before the comma", "Harrow Vale is a 2014 thriller. When a child dies and the villagers doubt Mami Ekko's powers, Zanwe and her sister must act.",
			nil, []string{"PORTRAYED mami ekko -> zanwe"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
