package loaders

import "testing"

// TestCompanyContexts checks typeCompanyContexts' shapes: an outlet after
// "streaming on" or "a drama for", a one-word outlet describing a format
// before a title, a company's possessive before what a studio owns, the
// subject of a company verb with "its"; and names it leaves alone.
func TestCompanyContexts(t *testing.T) {
	cases := []struct {
		name         string
		text         string
		want, notEnt []string
	}{
		{"outlet after a verb and 'on'", "News\n\nAll eight episodes arrive on Lumen Plus on 4 March.", []string{"Organisation:lumen plus"}, nil},
		{"outlet after a drama and 'for'", "News\n\nHarbour Nights, an eight-part drama for Corvid, stars Ivo Brandt.", []string{"Organisation:corvid"}, nil},
		{"outlet before a format and a title", "News\n\nShe voiced Grandad Otter in the Brightwave animated series Thimbleby Copse.", []string{"Organisation:brightwave"}, nil},
		{"possessive before a studio's noun", "News\n\nThirty years on, Kestrel's long-delayed sequel Glass Tide II finally arrives.", []string{"Organisation:kestrel"}, nil},
		{"subject of a company verb with 'its'", "News\n\nNorthlight, meanwhile, has pulled its untitled horror film from April.", []string{"Organisation:northlight"}, nil},
		{"after a dateline", "News\n\nLOS ANGELES, March 18, 2025 — Corvid today announced a third season.", []string{"Organisation:corvid"}, nil},
		{"after a short lead", "News\n\nThis month Kestrel removed the film from its calendar.", []string{"Organisation:kestrel"}, nil},
		{"a spokesperson of an outlet", "News\n\nA Corvid spokesperson declined to comment on the casting.", []string{"Organisation:corvid"}, nil},
		{"a studio's release", "News\n\nHarbour Nights, a Kestrel release, opens in May.", []string{"Organisation:kestrel"}, nil},
		{"an outlet handles distribution", "News\n\nThe film was made in Wales, and Corvid handles distribution everywhere else.", []string{"Organisation:corvid"}, nil},
		{"a company dated the picture", "News\n\nKestrel has dated the picture for summer 2027.", []string{"Organisation:kestrel"}, nil},
		{"a person dated no picture", "News\n\nIvo Brandt has dated the picture for summer 2027.", nil, []string{"Organisation:ivo brandt"}},
		{"a banner", "News\n\nShe produces under her Tallow banner.", []string{"Organisation:tallow"}, nil},
		{"a person's sequel to her own film", "News\n\nAda Quist's sequel to her 2019 film opens in May.", nil, []string{"Organisation:ada quist"}},
		{"a debut on a film", "News\n\nAfter a bruising debut on Nightjar for Kestrel Films, he went home.", nil, []string{"Organisation:nightjar"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notEnt)
		})
	}
}

// TestHyphenAdjective checks which hyphenated capitalised words read as
// describing words (no company, no person) and which stay names.
func TestHyphenAdjective(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Paris-set", true}, {"Oscar-winning", true}, {"Disney-owned", true}, {"Cold War-era", false},
		{"Tae-sik", false}, {"Ji-hoon", false}, {"Moth-Man", false}, {"Jean-Marc Picot", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := hyphenAdjective(c.name); got != c.want {
				t.Errorf("hyphenAdjective(%q) = %v, want %v", c.name, got, c.want)
			}
		})
	}
}

// TestStudioNames checks that a major studio of the closed studioNames
// list is a company wherever it stands (a sentence's subject, a genre's
// modifier, a possessive) and that a near name is not.
func TestStudioNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"subject of a sentence", "News\n\nParamount pushed Glass Tide 3 to March.", []string{"Organisation:paramount"}, nil},
		{"before a genre noun", "News\n\nShe had a small part in the Pixar comedy Paper Moon.", []string{"Organisation:pixar"}, nil},
		{"a possessive in a chart", "News\n\nLionsgate's action thriller Deadwater took $7 million.", []string{"Organisation:lionsgate"}, nil},
		{"a studio beside its streamer: two companies", "News\n\nDisney moved Glass Tide 3 to Disney+ in May.", []string{"Organisation:disney+", "Organisation:disney"}, nil},
		{"a person of the same first word", "News\n\nWalt Disney opened the park in 1955.", nil, []string{"Organisation:walt disney"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
