package loaders

import "testing"

// TestSequelBaseFilms checks sequelBaseFilms and typeMovieBases: a name
// read only as the base of "a X sequel" or "the X follow-up" is a film, one
// the article also calls a franchise stays one; a title ending in "Movie"
// types the name it is made from, but not that
// name before a production noun.
func TestSequelBaseFilms(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the base of a sequel is a film",
			"News\n\nTen years after Glass Orchard made Ada Quist a star, is there any chance of a Glass Orchard sequel? Quist directed Glass Orchard in Ohio.",
			[]string{"Film:glass orchard"}, []string{"Franchise:glass orchard"}},
		{"the base of a follow-up is a film",
			"News\n\nAnalysts expected the Night Courier follow-up to open softly. Kit Moss starred in Night Courier.",
			[]string{"Film:night courier"}, []string{"Franchise:night courier"}},
		{"a franchise named so keeps its type",
			"News\n\nThe Harbor Sentry franchise grows. Fans waited years for a Harbor Sentry sequel.",
			[]string{"Franchise:harbor sentry"}, []string{"Film:harbor sentry"}},
		{"a Movie title keeps its The and types its base",
			"News\n\nTwelve seasons in, Pickle Town is still a hit. The Pickle Town Movie came out in 2022.",
			[]string{"Film:pickle town", "Film:pickle town movie"}, nil},
		{"a base before a production noun is left alone",
			"News\n\nThis is the second Pickle Town feature since The Pickle Town Movie in 2007.",
			[]string{"Film:pickle town movie"}, []string{"Film:pickle town"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestJoinRepeatedPossessives checks joinRepeatedPossessives: a name, its
// possessive and a tail written so twice, the tail never alone, is one
// title; an owner and a work named alone elsewhere, a pair met once and a
// person's surname stay apart.
func TestJoinRepeatedPossessives(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a possessive title written twice",
			"News\n\nTen seasons in, Kim's Noodles is still a hit. The Kim's Noodles Movie came out in 2021.",
			[]string{"kim's noodles"}, []string{"noodles"}},
		{"a work also named alone is the owner's",
			"News\n\nLund's Brightfall opened big. Critics loved Lund's Brightfall. Brightfall is long.",
			[]string{"brightfall"}, []string{"lund's brightfall"}},
		{"a pair met once stays apart",
			"News\n\nCritics loved Lund's Brightfall last year.",
			nil, []string{"lund's brightfall"}},
		{"a person's surname is an owner",
			"News\n\nTom Lund shot it. Lund's Brightfall opened big. Critics loved Lund's Brightfall.",
			nil, []string{"lund's brightfall"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestNewerWorkBaseInPassing checks passingMention on a film named as the
// base of a newer work ("a brand-new X feature", "the X remake", "a X
// sequel"): named in passing, the newer work being the news; a film
// opening its sentence as what opened is not.
func TestNewerWorkBaseInPassing(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"a new feature of a film", "News\n\nKit Moss said a brand-new Glass Orchard feature is happening. Glass Orchard (1988) was a hit.", true},
		{"an ordinal film of a film", "News\n\nKit Moss will direct the second Glass Orchard movie. Glass Orchard (1988) was a hit.", true},
		{"a remake of a film", "News\n\nThe Glass Orchard remake has found its star. Glass Orchard (1988) was a hit.", true},
		{"a film that opened", "News\n\nGlass Orchard opened to $40 million. Glass Orchard (1988) was a hit.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			for mi := range a.ments {
				if a.ments[mi].key == "glass orchard" {
					if got := a.passingMention(mi); got != c.want {
						t.Errorf("passingMention = %v, want %v", got, c.want)
					}
					return
				}
			}
			t.Fatal("no mention of the film")
		})
	}
}

// TestAndColonTitles checks joinColonTitles on "A and B: C": one title
// when the article writes "A and B" again, a list of two titles when the
// pair meets once.
func TestAndColonTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a pair named again is one title",
			"News\n\nPip and Dotty: The Musical, a spin-off of the cartoon, opens Friday. Fans of Pip and Dotty will know the songs.",
			[]string{"pip and dotty: the musical"}, []string{"dotty: the musical"}},
		{"a pair met once is a list",
			"News\n\nThe nominees include Harrowgate and Lantern: A Harbor Story, both from Netflix.",
			[]string{"harrowgate", "lantern: a harbor story"}, []string{"harrowgate and lantern: a harbor story"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
