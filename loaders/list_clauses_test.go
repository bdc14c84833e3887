package loaders

import "testing"

// TestClauseListedParts checks alignedCastClaims on lists of two actors
// that follow another clause's ", and" (andJoined: the list starts after
// it), a past part verb before the parts (pastPartVerb), a demonym that
// opens the description after the parts (demonymMention), and two names
// joined by a comma and "and" that are two clauses, not a list
// (commaAnd). Invented sentences and names.
func TestClauseListedParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list after another clause's part, are their children", "Harrow Vale is a 2014 thriller. Tam Reed plays his estranged ex-wife, Edda Walsh, and Orla Peebly and Chad Hitter are their children, Clary and Mott.",
			[]string{"ACTED_IN orla peebly -> harrow vale (clary)", "ACTED_IN chad hitter -> harrow vale (mott)"},
			[]string{"ACTED_IN chad hitter -> harrow vale (clary)"}},
		{"a list after another clause's part, are the parts", "Harrow Vale is a 2014 thriller. Wenna Fergus plays the diva Carla Gissel, and Barry Jonas and Gareth Snow are Firlo and Andor, the new owners of the theatre.",
			[]string{"ACTED_IN barry jonas -> harrow vale (firlo)", "ACTED_IN gareth snow -> harrow vale (andor)"}, nil},
		{"played the parts", "Harrow Vale is a 2014 thriller. Anna Rees took over as Cady, Rena Rappell reprised her stage Rilla, and Aulo Cravan and Jaq Spiven played Jenna and Dory.",
			[]string{"ACTED_IN aulo cravan -> harrow vale (jenna)", "ACTED_IN jaq spiven -> harrow vale (dory)"},
			[]string{"ACTED_IN jaq spiven -> harrow vale (jenna)"}},
		{"a demonym after the parts", "Harrow Vale is a 2014 thriller. Hugo Stane-Burke and Art Parley round out the survivors as Bem and Olly, British brothers who help Blake through the rubble.",
			[]string{"ACTED_IN hugo stane-burke -> harrow vale (bem)", "ACTED_IN art parley -> harrow vale (olly)"},
			[]string{"ACTED_IN art parley -> harrow vale (bem)"}},
		{"guard: a comma and and join two clauses", "Harrow Vale is a 2014 thriller. It was directed by Jon Mallory, and Andy Rames, who played Lorens and Harmon in an earlier show, took the lead.",
			nil, []string{"ACTED_IN jon mallory -> harrow vale (lorens)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
