package loaders

import "testing"

// TestPossessiveCastTitle checks that a "The"-led title after a person's
// possessive is that person's work, not a part they play ("Ana Weir's The
// Long Orbit"), while "P's C" still names a part.
func TestPossessiveCastTitle(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"guard: a The-led title after a possessive", "Lee Gold stars in the adaptation of Ana Weirling's novel. Dru Godd, who adapted Weirling's The Long Orbit for Rod Scotto, wrote the script.",
			nil, []string{"PORTRAYED ana weirling -> the long orbit", "PORTRAYED ana weirling -> long orbit"}},
		{"a part after a possessive", "Tom Lister's Captain Dray steals every scene.",
			[]string{"ACTED_IN tom lister -> iron creek as captain dray"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestPersonOfArticle checks that "X himself" and "the X films" leave a
// person of the article a person: no character, no franchise; a name no
// person bears stays a character or a franchise.
func TestPersonOfArticle(t *testing.T) {
	cases := []struct {
		name         string
		text         string
		want, notEnt []string
	}{
		{"a surname himself", "News\n\nDavid Strand directed it. Strand himself appears as Morton Pell.", []string{"Person:david strand"}, []string{"Character:strand"}},
		{"a character himself", "News\n\nVader himself appears in the final scene.", []string{"Character:vader"}, nil},
		{"a person's films", "News\n\n\"I am back,\" said actor Jason Tennabrook. If you have finished the Jason Tennabrook films, there is good news.", []string{"Person:jason tennabrook"}, []string{"Franchise:jason tennabrook"}},
		{"a person's possessive before a film", "News\n\nDirector Dana Pellworth returns. Her 2020 film Quillo won. The cinematographer has since won an Oscar for Pellworth's Quillo.", nil, []string{"Organisation:pellworth"}},
		{"a company's possessive before a franchise", "News\n\nIt is the final chapter of Kestrel's Glass Tide franchise.", []string{"Organisation:kestrel"}, nil},
		{"a character's films", "News\n\nChad Wexley directed all four Orrin Quarne films.", []string{"Franchise:orrin quarne"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notEnt)
		})
	}
}
