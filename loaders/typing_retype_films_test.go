package loaders

import "testing"

// TestRetypeCreditedOrgTitles checks retypeCreditedOrgTitles: a name built
// like a company's or a group's is a film, everywhere in the article, when
// one of its mentions stands where only a production fits (episodes of X,
// the miniseries X, a year in brackets, starred in X, listed with a film);
// a company's name of two words, an owner before its possessive and a
// name never seen in a production's place stay organisations.
func TestRetypeCreditedOrgTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"episodes of",
			"News\n\nKit Moss wrote two episodes of Crew of Brothers.\n\nCrew of Brothers ran for ten weeks.",
			[]string{"crew of brothers=Film"}, nil},
		{"the miniseries",
			"News\n\nThey went on to produce the miniseries Harbor & Order and a feature.",
			[]string{"harbor & order=Film"}, nil},
		{"a year in brackets",
			"News\n\nShe was praised in Salt Hollow Squad (2004) by critics.",
			[]string{"salt hollow squad=Film"}, nil},
		{"the score for",
			"News\n\nDana Frell wrote the score for The Gray Network last year.",
			[]string{"gray network=Film"}, nil},
		{"a company of two words",
			"News\n\nThe cast of Harbor Pictures gathered in May.",
			nil, []string{"harbor pictures=Film"}},
		{"an owner's possessive",
			"News\n\nShe joined the cast of Crew of Brothers' new feature.",
			nil, []string{"crew of brothers=Film"}},
		{"no production's place",
			"News\n\nCrew of Brothers hired a new chief in May.",
			nil, []string{"crew of brothers=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestRetypeInWhichTitles checks retypeInWhichTitles: a name before ", in
// which he played", "in which she had a small role" or "in which he was"
// and a name is a film; a place a clause does not credit and a personal
// name stay what they were.
func TestRetypeInWhichTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"in which he played",
			"News\n\nThe year brought Dana Frell's Gray Tides, in which he played a sheriff.",
			[]string{"gray tides=Film"}, nil},
		{"in which she had a role",
			"News\n\nIt opened above Salt Hollow, in which she had a small, unbilled role.",
			[]string{"salt hollow=Film"}, nil},
		{"in which he was a name",
			"News\n\nThen came Harbor Lights, in which he was Mara Voss's brother.",
			[]string{"harbor lights=Film"}, nil},
		{"a place",
			"News\n\nHe moved to Gray Harbor, in which he grew up.",
			nil, []string{"gray harbor=Film"}},
		{"a personal name",
			"News\n\nShe met Anna Moss, in which she played no part.",
			nil, []string{"anna moss=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
