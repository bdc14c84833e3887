package loaders

import "testing"

// TestPersonNameShapes checks the weakest person cue (givenNamePersons) on
// personal names the gazetteer misses: a given name that is also an
// English word or a surname written first (wordGivenName), a middle
// initial (middleInitial); "Will" opening a question stays no person.
func TestPersonNameShapes(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"word given names", "The sequel reunites Spike Tolland and Rose Marrow, and Bill Oduya has joined them.",
			[]string{"Person:spike tolland", "Person:rose marrow", "Person:bill oduya"}, nil},
		{"middle initial", "The cast also includes Tanner J. Ferrabee.",
			[]string{"Person:tanner j. ferrabee"}, nil},
		{"surname first", "The remake is directed by Kwan Siu-fai and produced by Zhao Lingfei.",
			[]string{"Person:kwan siu-fai", "Person:zhao lingfei"}, nil},
		{"surname-first actors and their parts", "Deng Chaoyi and Yeung Ka-lok are back as the feuding cousins Mo Tin and Bo Lai in the sequel.",
			[]string{"Person:deng chaoyi", "Character:mo tin", "Character:bo lai"}, []string{"Person:mo tin"}},
		{"preposition ends a description", "Nell Dray's weary deadpan opposite Rosa Kendrick became a running gag.",
			[]string{"Person:rosa kendrick"}, nil},
		{"guard: modal will", "Will Paramount Pictures date it for summer?",
			nil, []string{"Person:will paramount pictures", "Person:will paramount"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestOwnerPersons checks keepOwnerPersons: a personal name that owns a
// title with a possessive is a person, not the film or company a weak cue
// made it; a company word inside keeps the company.
func TestOwnerPersons(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"owner of a title", "Dana Rowe last starred in Tomas Ravel's Cold Pines: The Flood, which won her an award.",
			[]string{"Person:tomas ravel"}, []string{"Film:tomas ravel"}},
		{"guard: company word", "The film is Walt Pictures's Cold Pines: The Flood.",
			nil, []string{"Person:walt pictures"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestCalendarGivenNames checks joinCalendarGivenNames: a month or a
// weekday opening a part's name after "as" or "of" belongs to the name; a
// date stays out.
func TestCalendarGivenNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"weekday given name", "Nadia Lind returns to voice her role as Tuesday Marrow in Cold Pines.",
			[]string{"Character:tuesday marrow"}, []string{"Character:marrow"}},
		{"month given name", "Tove Rask plays the daughter of April Vantz and Ilse Dorn.",
			[]string{"Character:april vantz"}, nil},
		{"guard: a date", "The sequel opens as June 5 nears for Cold Pines.",
			nil, []string{"Character:june"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestParticleNames checks joinParticleNames: a name split at its second
// particle is one name again, for the part and the actor alike.
func TestParticleNames(t *testing.T) {
	ents, _ := subjectFacts("News\n\nDirk van der Walt returns as Pieter van de Berg in Cold Pines.\n")
	checkLines(t, ents, []string{"Person:dirk van der walt", "Character:pieter van de berg"}, []string{"Character:de berg", "Person:der walt"})
}

// TestNicknamedNames checks joinNicknamedNames: a name with a nickname of
// several words in quotation marks is one name.
func TestNicknamedNames(t *testing.T) {
	ents, _ := subjectFacts("News\n\nThe sequel adds goalie Rhea \"The Wall\" Marrow (Tove Lind) to the team.\n")
	checkLines(t, ents, []string{"Character:rhea \"the wall\" marrow", "Person:tove lind"}, []string{"Character:marrow"})
}
