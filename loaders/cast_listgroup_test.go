package loaders

import "testing"

// TestListAsGroup checks cast lists whose part is unnamed after "as"
// ("with A and B as members of the guild") and the "as" phrases that are
// no part, on invented sentences.
func TestListAsGroup(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"with and members", "It stars Karl Meyer as a ferryman, with Lena Frey and Jonas Ekberg as members of the secret guild that hunts him.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}, nil},
		{"cast a list as a group", "The studio cast Lena Frey, Jonas Ekberg and Anna Roos as the three sisters who run the mill.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"star as", "Lena Frey and Anna Roos star as a mother and daughter who inherit a ranch.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"among the suspects", "The film opens in a storm, with Lena Frey, Jonas Ekberg and Anna Roos among the suspects.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"crew after among", "The show is made by Neon, with Lena Frey and Jonas Ekberg among the producers.",
			nil, []string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}},
		{"crew after as", "The studio signed the deal with Lena Frey and Jonas Ekberg as executive producers of the show.",
			nil, []string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}},
		{"as well", "The film premiered in Venice, with Lena Frey and Jonas Ekberg as well as the mayor in attendance.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
		{"one name", "The film opens with Lena Frey as a lonely ferry captain.",
			nil, []string{"ACTED_IN jonas ekberg -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestListPredicate checks cast lists that a cast predicate follows ("A,
// B and C had recurring roles", "A and B are also on hand") and lists
// whose predicate is no cast, on invented sentences.
func TestListPredicate(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"recurring roles", "Lena Frey, Jonas Ekberg and Anna Roos had recurring roles.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"on hand", "Lena Frey and Jonas Ekberg are also on hand.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}, nil},
		{"in the mix", "Lena Frey and Jonas Ekberg are also in the mix, though the trailer hides them.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}, nil},
		{"fill out", "Karl Meyer plays the sheriff, while Lena Frey, Jonas Ekberg and Anna Roos fill out a deep bench.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"return in their parts", "Lena Frey and Jonas Ekberg also return in their old parts.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}, nil},
		{"join in roles", "Lena Frey, Jonas Ekberg and Anna Roos join Meyer in undisclosed roles.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"new to the world", "Lena Frey and Jonas Ekberg are new to the world.",
			[]string{"ACTED_IN lena frey -> iron creek"}, nil},
		{"a one-word name after a part", "Anna Roos is Tess Varga, and Quendry, Lena Frey and Jonas Ekberg all appear in roles the studio is keeping secret.",
			[]string{"ACTED_IN quendry -> iron creek", "ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}, nil},
		{"crew noun before", "Producers Lena Frey and Jonas Ekberg had recurring roles in the deal.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
		{"no cast predicate", "Lena Frey and Jonas Ekberg have homes in Oslo.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
		{"a list inside a clause", "The deal with Lena Frey and Jonas Ekberg had roles for both.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestCastNounList checks lists that a cast noun governs ("The supporting
// cast is strong too: A, B, C", "an ensemble that included A, B and C")
// and lists no cast noun governs, on invented sentences.
func TestCastNounList(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"colon after the cast noun", "The supporting cast is strong too: Lena Frey, Jonas Ekberg, Anna Roos.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"ensemble that included", "Karl Meyer anchors an ensemble that included Lena Frey, Jonas Ekberg and Anna Roos.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN anna roos -> iron creek"}, nil},
		{"cast members like", "The film introduced new cast members like Lena Frey and Jonas Ekberg.",
			[]string{"ACTED_IN lena frey -> iron creek", "ACTED_IN jonas ekberg -> iron creek"}, nil},
		{"one-word names with full names", "The voice cast includes Quendry, Lena Frey and Jonas Ekberg.",
			[]string{"ACTED_IN quendry -> iron creek", "ACTED_IN lena frey -> iron creek"}, nil},
		{"no cast noun", "The guest list included Lena Frey, Jonas Ekberg and Anna Roos.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
		{"crew talk", "The crew includes Lena Frey, Jonas Ekberg and Anna Roos.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestSingleBack checks one actor who "is back" and the shows, characters
// and crew who are back, on invented sentences.
func TestSingleBack(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"is back", "Lena Frey is back.", []string{"ACTED_IN lena frey -> iron creek"}, nil},
		{"is also back with more", "Karl Meyer is also back, yes, for four episodes.", []string{"ACTED_IN karl meyer -> iron creek"}, nil},
		{"a show is back", "Quay Eleven is back.", nil, []string{"ACTED_IN quay eleven -> iron creek"}},
		{"back behind the camera", "Lena Frey is back behind the camera.", nil, []string{"ACTED_IN lena frey -> iron creek"}},
		{"the director is back", "The director Lena Frey is back.", nil, []string{"ACTED_IN lena frey -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
