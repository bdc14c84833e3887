package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOwnFilm checks that the title an article is about, named in its
// headline or first sentence and made the subject of a release or
// anniversary predicate (or the object of "bring ... back"), is typed a
// film even when it is also a heroine's first name or an ordinary phrase
// (typeOwnFilm), and that a person's name or a transitive release
// ("C opened the film") is left alone.
func TestOwnFilm(t *testing.T) {
	const wenna = "Behind the Old Gate: How 'Wenna' Made a Studio\n\n" +
		"When Wenna opened in March 2007, few people had heard of the studio. " +
		"Wenna Tallis (Ada Quist) finds a door in the garden. Kit Moss plays Wenna's father."
	cases := []struct {
		name, text, key string
		want            kg.NodeType // the type of the mention in sentence sent
		sent            int
	}{
		{
			name: "a quoted headline title that is the heroine's first name",
			text: wenna + "\n\n" +
				"Bo Reyes, a lead animator on Wenna, later directed a feature of his own.",
			key: "wenna", want: kg.Film, sent: 0,
		},
		{
			name: "the release subject of the first body sentence",
			text: wenna,
			key:  "wenna", want: kg.Film, sent: 1,
		},
		{
			name: "the heroine's possessive stays hers",
			text: wenna,
			key:  "wenna", want: kg.Character, sent: 3,
		},
		{
			name: "a title-case headline and an article-led title opening a sentence",
			text: "'Mind the Kettle': A Winter Tale of Grommet Lane Turns 30\n\n" +
				"A Winter Tale of Grommet Lane opened on Dec. 2, 1994, to modest business. " +
				"Ada Quist directed it from her own script.",
			key: "a winter tale of grommet lane", want: kg.Film, sent: 1,
		},
		{
			name: "no headline line: the lede's title heading back to the big screen",
			text: "The Copper Lantern is heading back to the big screen. Streamly will show the fairy-tale adventure " +
				"in 900 cinemas on June 4. Ada Quist directed the film.",
			key: "copper lantern", want: kg.Film, sent: 0,
		},
		{
			name: "the object of bring ... back in the lede",
			text: "Northgate Pictures will bring Groomsmen back to theaters on May 8 for the comedy's anniversary. " +
				"Ada Quist directed the film.",
			key: "groomsmen", want: kg.Film, sent: 0,
		},
		{
			name: "a company opening the film is no title",
			text: "Northgate Opened Its Doors in 1990\n\n" +
				"Northgate opened the film in 3,000 theaters. Ada Quist directed it.",
			key: "northgate", want: "", sent: 1,
		},
		{
			name: "the release subject's franchise stays the franchise",
			text: "Velvet Harbor 3 Moves to June\n\n" +
				"Velvet Harbor opened in 2009 to strong reviews. Velvet Harbor 2 followed in 2012. " +
				"The Velvet Harbor franchise began at Northgate Pictures.",
			key: "velvet harbor", want: kg.Franchise, sent: 3,
		},
		{
			name: "the same title before a film noun stays the film",
			text: "Velvet Harbor 3 Moves to June\n\n" +
				"Velvet Harbor opened in 2009 to strong reviews. Velvet Harbor 2 followed in 2012. " +
				"The Velvet Harbor film won two awards.",
			key: "velvet harbor", want: kg.Film, sent: 3,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			for mi := range a.ments {
				if m := &a.ments[mi]; m.key == c.key && int(m.sent) == c.sent {
					if got := a.ownTypeOf(mi); got != c.want {
						t.Errorf("%q in sentence %d typed %q, want %q", c.key, c.sent, got, c.want)
					}
					return
				}
			}
			if c.want != "" {
				t.Fatalf("no mention %q in sentence %d", c.key, c.sent)
			}
		})
	}
}

// ownTypeOf returns the type of mention mi's entity, else the mention's.
func (a *article) ownTypeOf(mi int) kg.NodeType {
	if e := a.ments[mi].ent; e >= 0 {
		return a.ents[a.find(int(e))].typ
	}
	return a.ments[mi].typ
}
