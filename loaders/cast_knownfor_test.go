package loaders

import "testing"

// TestKnownForCredits checks knownForCredits and coordCredits: a career
// cue gives the person before it each film of the list after it, and a
// cast credit spreads to the films coordinated with its film; appositives,
// negations and possessives give none.
func TestKnownForCredits(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"last seen in a company's title and the film",
			"News\n\nMarta Lindqvist joins the cast. Lindqvist was last seen in Hulu's Frost Harbor and the film Copper Lanterns.",
			[]string{"ACTED_IN marta lindqvist -> frost harbor", "ACTED_IN marta lindqvist -> copper lanterns"}, nil},
		{"who most recently headlined two films",
			"News\n\nDev Okonjo signed on Tuesday. Okonjo, who most recently headlined Starfall 2 and Night Ferry, is repped by UTA.",
			[]string{"ACTED_IN dev okonjo -> starfall 2", "ACTED_IN dev okonjo -> night ferry"}, nil},
		{"best known for starring in a described title",
			"News\n\nLiv Brandt joins the series. Brandt, best known for starring in Netflix's Danish crime thriller Kaldt, is repped by CAA.",
			[]string{"ACTED_IN liv brandt -> kaldt"}, nil},
		{"co-created and starred in",
			"News\n\nOwen Marsh returns. Marsh most recently co-created and starred in Apple TV+'s Ebbtide.",
			[]string{"ACTED_IN owen marsh -> ebbtide"}, nil},
		{"an appositive's name is not the subject",
			"News\n\nPia Roux, an Oscar nominee for Quiet Harbour, most recently starred in Glass Fields 2.",
			nil, []string{"ACTED_IN quiet harbour -> glass fields 2"}},
		{"a negation gives no credit",
			"News\n\nKai Brenner has never starred in Iron Coast 3.",
			nil, []string{"ACTED_IN kai brenner -> iron coast 3"}},
		{"a maker known for a film is not its actor",
			"News\n\nIvo Danner, best known for Ember Road 2, is directing the sequel.",
			nil, []string{"ACTED_IN ivo danner -> ember road 2"}},
		{"whose credits include",
			"News\n\nTess Arden, whose screen credits include the BBC's Salt Lines and Kestrel 2, is repped by UTA.",
			[]string{"ACTED_IN tess arden -> salt lines", "ACTED_IN tess arden -> kestrel 2"}, nil},
		{"a director's credits are not acting",
			"News\n\nThe film is directed by Ivo Danner. Danner, whose later credits include Ember Road 2, has a knack for texture.",
			nil, []string{"ACTED_IN ivo danner -> ember road 2"}},
		{"directing credits",
			"News\n\nIvo Danner, whose directing credits include Ember Road 2, is back.",
			nil, []string{"ACTED_IN ivo danner -> ember road 2"}},
		{"most recently appeared in",
			"News\n\nNell Ardo, who most recently appeared in Amazon's sci-fi series The Lattice, joins the cast.",
			[]string{"ACTED_IN nell ardo -> lattice"}, nil},
		{"a credit spreads over coordinated films",
			"News\n\nRena Vos played Ada Quill in Moonwake 2 and Moonwake 3.",
			[]string{"ACTED_IN rena vos -> moonwake 2 (ada quill)", "ACTED_IN rena vos -> moonwake 3 (ada quill)"}, nil},
		{"a comma list with no closing and spreads nowhere",
			"News\n\nRena Vos played Ada Quill in Moonwake 2, Moonwake 3 took the weekend.",
			[]string{"ACTED_IN rena vos -> moonwake 2 (ada quill)"}, []string{"ACTED_IN rena vos -> moonwake 3 (ada quill)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
