package loaders

import "testing"

// TestModifierBeforePartName checks that a place, company or agency name
// that modifies the describing words before a part's name is not typed a
// character itself (modifiesNextName), while the part's name still is.
// Invented sentences and names.
func TestModifierBeforePartName(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a city before an adjective-led job noun", "Harrow Vale is a 2014 thriller. Kemar Sunay starred as the volcanic Port Elden gangster Ravi Tolland.",
			[]string{"Character:ravi tolland"}, []string{"Character:port elden"}},
		{"an acronym before the job noun, no article", "Harrow Vale is a 2014 thriller. Odile Marchetti appears as fictional TRX agent Pella Dorne.",
			[]string{"Character:pella dorne"}, []string{"Character:trx"}},
		{"a one-word place before the job noun", "Harrow Vale is a 2014 thriller. Tam Hollis returns as the gloomy Kestrel detective Brannock.",
			nil, []string{"Character:kestrel"}},
		{"the part's own name before a preposition stays a part", "Harrow Vale is a 2014 thriller. Tam Hollis returns as the gloomy detective Brannock in the sequel.",
			[]string{"Character:brannock"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
