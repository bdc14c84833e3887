package loaders

import "testing"

// TestTopicFilms checks typeTopicFilms' shapes: the subject of a
// paragraph's opening sentence with a production's predicate (after a
// short lead too), "In F, P plays C", the object of "about" in an
// interview's question whose answer names a part; and names it leaves
// alone.
func TestTopicFilms(t *testing.T) {
	cases := []struct {
		name         string
		text         string
		want, notEnt []string
	}{
		{"opener subject that opened", "News\n\nGlass Tide opened in May to strong numbers, and Ivo Brandt directed it.", []string{"Film:glass tide"}, nil},
		{"opener subject that premieres", "News\n\nThimbleby Copse premieres June 3 on Corvid, with new episodes weekly.", []string{"Film:thimbleby copse"}, nil},
		{"opener subject that stars a person", "News\n\nNightjar stars Ada Quist as a lighthouse keeper on a far island.", []string{"Film:nightjar"}, nil},
		{"opener subject that is a drama", "News\n\nCold Pines is a quiet period drama about two sisters, written by Ada Quist.", []string{"Film:cold pines"}, nil},
		{"after a short lead", "News\n\nFollowing at ten, Harbour Nights slipped 4 percent to 5.1 million viewers.", []string{"Film:harbour nights"}, nil},
		{"in F, P plays C", "News\n\nIn Paper Moons, Ivo Brandt plays a failing magician with one last trick.", []string{"Film:paper moons"}, nil},
		{"question about F, answer names a part", "Interview\n\nQ: What can you tell us about Lantern Row?\n\nI play Mara, a ferry pilot who keeps the town's secrets.", []string{"Film:lantern row"}, nil},
		{"a person who stars as a part", "News\n\nIvo Brandt stars as the keeper, opposite Ada Quist.", nil, []string{"Film:ivo brandt"}},
		{"a company that opened the film", "News\n\nKestrel Pictures opened the film in six cities in March.", nil, []string{"Film:kestrel pictures"}},
		{"a character the answer casts", "Interview\n\nWhat about Mara?\n\nIvo Brandt, who played the grumpy old ferryman Mara Voss, returns in the finale.", nil, []string{"Film:mara"}},
		{"no copula without a production noun", "News\n\nMara is the heart of the whole thing, and Ada Quist knows it.", nil, []string{"Film:mara"}},
		{"mid-paragraph subject", "News\n\nThe week was busy. Glass Tide opened in May.", nil, []string{"Film:glass tide"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notEnt)
		})
	}
}
