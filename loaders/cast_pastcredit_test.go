package loaders

import "testing"

// TestPastCredits checks the past credits of a sentence's subject
// (pastCredits): credit nouns and breakout words before "in"/"on" and a
// title, with a described or named part after "as", co-stars after
// "opposite", "the second season of", coordinated titles; and what stays
// unread: a stage run, a crew credit, another person's clause.
func TestPastCredits(t *testing.T) {
	const lead = "Iron Bay Adds Lena Quillby\n\nLena Quillby has boarded the series Iron Bay as a nurse, sources tell us. "
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "best known for a run and for her turn as a part",
			body: "Quillby is best known for a two-season run on the streaming legal drama Slate Harbor and for her turn as a grieving mother in the independent film Lowwater.",
			want: []string{"ACTED_IN lena quillby -> slate harbor", "ACTED_IN lena quillby -> lowwater"},
		},
		{
			name: "landing a recurring part on a network's title",
			body: "Quillby, a conservatory graduate, spent four years on Broadway before landing a recurring part on NBC's Slate Harbor.",
			want: []string{"ACTED_IN lena quillby -> slate harbor"},
		},
		{
			name: "guest roles on two titles",
			body: "Quillby makes her daytime debut after guest roles on the series Slate Harbor and the film Lowwater.",
			want: []string{"ACTED_IN lena quillby -> slate harbor", "ACTED_IN lena quillby -> lowwater"},
		},
		{
			name: "appeared as a named part in the second season of",
			body: "Quillby most recently appeared as the detective Liam Pellerby in the second season of ZTV's Slate Harbor.",
			want: []string{"ACTED_IN lena quillby -> slate harbor (liam pellerby)"},
		},
		{
			name: "broke out as a described part, whose breakout came in",
			body: "Quillby broke out as a teenage hacker in the Peacock thriller Slate Harbor. Tom Kale, whose breakout came in the 2024 ZTV thriller Lowwater, joins too.",
			want: []string{"ACTED_IN lena quillby -> slate harbor", "ACTED_IN tom kale -> lowwater"},
		},
		{
			name: "appeared opposite a co-star in the series",
			body: "Quillby most recently appeared opposite Tom Kale in the Irish crime series Slate Harbor.",
			want: []string{"ACTED_IN lena quillby -> slate harbor", "ACTED_IN tom kale -> slate harbor"},
		},
		{
			name: "a stage run, a crew credit, another person's clause",
			body: "Quillby was most recently seen opposite Tom Kale in the West End run of Slate Harbor. " +
				"Ray Dunn, best known for directing the thriller Lowwater, wrote the series with Mia Fell. " +
				"Quillby met Tom Kale, who had a small part in the film Grey Mile.",
			not: []string{"ACTED_IN lena quillby -> west end", "ACTED_IN ray dunn -> lowwater", "ACTED_IN lena quillby -> grey mile"},
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
	const lead = "Iron Bay Adds Lena Quillby\n\nLena Quillby has boarded the series Iron Bay as a nurse, sources tell us. "
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "a named part with an appositive",
			body: "Quillby was nominated for playing Nora Vance, the harbour pilot, in the 2019 thriller Slate Harbor.",
			want: []string{"ACTED_IN lena quillby -> slate harbor (nora vance)"},
		},
		{
			name: "a described part in a maker's film",
			body: "Quillby is best known for playing the younger sister in Ray Dunn's period film Lowwater.",
			want: []string{"ACTED_IN lena quillby -> lowwater"},
		},
		{
			name: "no title after the part",
			body: "Quillby is best known for playing the younger sister, and she will play a nurse in Lowwater.",
			not:  []string{"ACTED_IN lena quillby -> lowwater"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(lead + c.body)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
