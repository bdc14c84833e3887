package loaders

import "testing"

// TestYearTitles checks that a year a cue names as a production ("on the
// set of 1931", "the earlier prequel 1887", "season two of 1931") is a
// film, that the same year opening a later clause follows, and that dates
// stay dates.
func TestYearTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"set of",
			"News\n\nNobody on the set of 1931 bothers to chase the hat. Kit Moss plays the rancher.",
			[]string{"1931=Film"}, nil},
		{"production noun before the year",
			"News\n\nKit Moss wrote the earlier prequel 1887 as well.",
			[]string{"1887=Film"}, nil},
		{"season two of",
			"News\n\nSeason two of 1931 starts filming in May.",
			[]string{"1931=Film"}, nil},
		{"the same year opening a clause",
			"News\n\nKit Moss is back on the set of 1931. The old show ended; 1931 now carries the franchise.",
			[]string{"1931=Film", "1931=Film"}, nil},
		{"a date stays a date",
			"News\n\nThe series is set in 1931. The film premiered in 2019 and the series 2024 premiere drew fans.",
			nil, []string{"1931=Film", "2019=Film", "2024=Film"}},
		{"the season of a year",
			"News\n\nThe drought came in the season of 1931 and lasted.",
			nil, []string{"1931=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := mentionTypes(c.text)
			checkLines(t, got, c.want, c.not)
			if c.name == "the same year opening a clause" {
				n := 0
				for _, g := range got {
					if g == "1931=Film" {
						n++
					}
				}
				if n != 2 {
					t.Errorf("want two film mentions of 1931, got %d in %v", n, got)
				}
			}
		})
	}
}

// TestYieldHeadlineFilms checks that a name a sentence-case headline types
// a film only weakly ("Lantern film sequel ...") takes the type the body
// gives it by a stronger cue, and keeps the film type when the body calls
// it a film too.
func TestYieldHeadlineFilms(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"band in the body",
			"Lantern film sequel moves forward at Harbor Studios\n\nA follow-up to Harbor Song is in development. The new film would follow Lantern on tour, and Lantern's Kit Moss is producing. Kit Moss is a member of the band Lantern.",
			nil, []string{"Film:lantern"}},
		{"film in the body too",
			"Lantern film sequel moves forward at Harbor Studios\n\nA follow-up to the film Lantern is in development, with Kit Moss producing.",
			[]string{"Film:lantern"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestCapsParticleEnd checks that a title run inside a sentence keeps a
// capitalised small word at its end before punctuation ("working title
// The Night Goes On, would"), and that a run opening the sentence does not.
func TestCapsParticleEnd(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"title inside a sentence",
			"News\n\nThe new film, working title The Night Goes On, would follow the band.",
			[]string{"night goes on=Film"}, []string{"night goes=", "night goes=Film"}},
		{"two words only",
			"News\n\nShe said Kit On, then left.",
			nil, []string{"kit on="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
