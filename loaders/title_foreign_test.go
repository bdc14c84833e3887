package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestForeignArticleTitles checks that a title in sentence case opened by
// a foreign article is read whole, up to punctuation or an English word,
// and that a surname with a particle or an English word after the
// article is left alone.
func TestForeignArticleTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"Italian series title with a capitalised name inside",
			"News\n\nHe appeared in nine films of the broadcaster's Il maresciallo Vettraino between 2003 and 2011.",
			[]string{"il maresciallo vettraino"}, []string{"il"}},
		{"Spanish title ending at a comma",
			"News\n\nThird was Los perros del puerto, a drama by Ines Corbal.",
			[]string{"los perros del puerto"}, []string{"los"}},
		{"an English verb ends the title",
			"News\n\nHer La tormenta lejana won the jury prize.",
			[]string{"la tormenta lejana"}, []string{"la tormenta lejana won"}},
		{"a surname with a particle stays a name",
			"News\n\nThe part went to Dario Lo Verde last year.",
			[]string{"dario lo verde"}, nil},
		{"an English word after the article is no title",
			"News\n\nThey met at the Den of Otters in May.",
			nil, []string{"den of"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestMergeGlossTitles checks that a film and its other-language title in
// brackets after it are one entity when one of them is a title in
// sentence case opened by a foreign article.
func TestMergeGlossTitles(t *testing.T) {
	cases := []struct {
		name, text, a, b string
		same             bool
	}{
		{"foreign title glossed in English",
			"News\n\nShe starred in the series Il maresciallo Vettraino (The Marshal Vettraino) from 2003.",
			"il maresciallo vettraino", "marshal vettraino", true},
		{"English title glossed in the original language",
			"News\n\nThe film Night of the Harbour (La notte della pioggia) opened the festival.",
			"night of the harbour", "la notte della pioggia", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			a.run()
			ea, eb := -1, -1
			for _, m := range a.ments {
				if m.ent < 0 {
					continue
				}
				if m.key == c.a {
					ea = a.find(int(m.ent))
				}
				if m.key == c.b {
					eb = a.find(int(m.ent))
				}
			}
			if ea < 0 || eb < 0 {
				t.Fatalf("entities not found: %d %d", ea, eb)
			}
			if (ea == eb) != c.same || a.ents[ea].typ != kg.Film {
				t.Errorf("same=%v (want %v), type %s", ea == eb, c.same, a.ents[ea].typ)
			}
		})
	}
}
