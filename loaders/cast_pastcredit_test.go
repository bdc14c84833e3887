package loaders

import "testing"

// TestPastCredits checks the past credits of a sentence's subject
// (pastCredits): credit nouns and breakout words before "in"/"on" and a
// title, with a described or named part after "as", co-stars after
// "opposite", "the second season of", coordinated titles; and what stays
// unread: a stage run, a crew credit, another person's clause.
func TestPastCredits(t *testing.T) {
	const lead = "Iron Bay Adds Lena Marsh\n\nLena Marsh has boarded the series Iron Bay as a nurse, sources tell us. "
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "best known for a run and for her turn as a part",
			body: "Marsh is best known for a two-season run on the streaming legal drama Glass Harbor and for her turn as a grieving mother in the independent film Tidewater.",
			want: []string{"ACTED_IN lena marsh -> glass harbor", "ACTED_IN lena marsh -> tidewater"},
		},
		{
			name: "landing a recurring part on a network's title",
			body: "Marsh, a conservatory graduate, spent four years on Broadway before landing a recurring part on NBC's Glass Harbor.",
			want: []string{"ACTED_IN lena marsh -> glass harbor"},
		},
		{
			name: "guest roles on two titles",
			body: "Marsh makes her daytime debut after guest roles on the series Glass Harbor and the film Tidewater.",
			want: []string{"ACTED_IN lena marsh -> glass harbor", "ACTED_IN lena marsh -> tidewater"},
		},
		{
			name: "appeared as a named part in the second season of",
			body: "Marsh most recently appeared as the detective Liam Quarrie in the second season of ZTV's Glass Harbor.",
			want: []string{"ACTED_IN lena marsh -> glass harbor (liam quarrie)"},
		},
		{
			name: "broke out as a described part, whose breakout came in",
			body: "Marsh broke out as a teenage hacker in the Peacock thriller Glass Harbor. Tom Kale, whose breakout came in the 2024 ZTV thriller Tidewater, joins too.",
			want: []string{"ACTED_IN lena marsh -> glass harbor", "ACTED_IN tom kale -> tidewater"},
		},
		{
			name: "appeared opposite a co-star in the series",
			body: "Marsh most recently appeared opposite Tom Kale in the Irish crime series Glass Harbor.",
			want: []string{"ACTED_IN lena marsh -> glass harbor", "ACTED_IN tom kale -> glass harbor"},
		},
		{
			name: "a stage run, a crew credit, another person's clause",
			body: "Marsh was most recently seen opposite Tom Kale in the West End run of Glass Harbor. " +
				"Ray Dunn, best known for directing the thriller Tidewater, wrote the series with Mia Fell. " +
				"Marsh met Tom Kale, who had a small part in the film Grey Mile.",
			not: []string{"ACTED_IN lena marsh -> west end", "ACTED_IN ray dunn -> tidewater", "ACTED_IN lena marsh -> grey mile"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(lead + c.body)
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestPastCreditsForPlaying checks "for playing C in F" (pastCredits
// with the part first): a named part with an appositive, a described
// part, and a part with no title after it.
func TestPastCreditsForPlaying(t *testing.T) {
	const lead = "Iron Bay Adds Lena Marsh\n\nLena Marsh has boarded the series Iron Bay as a nurse, sources tell us. "
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "a named part with an appositive",
			body: "Marsh was nominated for playing Nora Vance, the harbour pilot, in the 2019 thriller Glass Harbor.",
			want: []string{"ACTED_IN lena marsh -> glass harbor (nora vance)"},
		},
		{
			name: "a described part in a maker's film",
			body: "Marsh is best known for playing the younger sister in Ray Dunn's period film Tidewater.",
			want: []string{"ACTED_IN lena marsh -> tidewater"},
		},
		{
			name: "no title after the part",
			body: "Marsh is best known for playing the younger sister, and she will play a nurse in Tidewater.",
			not:  []string{"ACTED_IN lena marsh -> tidewater"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(lead + c.body)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
