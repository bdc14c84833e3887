package loaders

import "testing"

// TestHyphenFamilyNames checks joinHyphenFamilyNames: a family name spelt
// like an English word stays in a name written family name first with a
// hyphenated given name; a function word before such a given name stays
// out.
func TestHyphenFamilyNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"interjection family name opens the sentence", "Oh Taem-rin plays Bo-gyeol, a ferry pilot, in Salt Harbour Nights.",
			[]string{"Person:oh taem-rin"}, []string{"Person:taem-rin"}},
		{"month family name inside a list", "The drama stars Kim Haeng-ul, Jun Wol-seo and Park Ro-dam.",
			[]string{"Person:jun wol-seo"}, []string{"Person:wol-seo"}},
		{"verb family name before is", "Go Mun-chae is Dal-hwan, the junior detective of Salt Harbour Nights.",
			[]string{"Person:go mun-chae"}, []string{"Person:mun-chae"}},
		{"unlisted family name in a crew credit", "The drama is written by Noe Haeng-ul and directed by Kim Ro-dam.",
			[]string{"Person:noe haeng-ul"}, nil},
		{"guard: a preposition opens the sentence", "As Bo-gyeol, Kim Haeng-ul carries Salt Harbour Nights.",
			nil, []string{"Person:as bo-gyeol", "Character:as bo-gyeol"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

func TestHyphenGivenNameShape(t *testing.T) {
	for w, want := range map[string]bool{"Min-seo": true, "Jae-won": true, "Jean-Luc": false, "Up-to-date": false, "X-ray": false, "Co-star": true, "Spin-off": false, "Tie-in": true, "Sci-fi": false, "Fan-made": false} {
		t.Run(w, func(t *testing.T) {
			if got := hyphenGivenName(w); got != want {
				t.Errorf("hyphenGivenName(%q) = %v, want %v", w, got, want)
			}
		})
	}
}
