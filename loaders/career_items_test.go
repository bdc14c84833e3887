package loaders

import "testing"

// careerPiece wraps body sentences in a career piece about Odile Pellegrini
// (a headline naming her, an opening sentence and two later ones naming
// her again), so that her pronouns stand for her.
func careerPiece(body string) string {
	return "Odile Pellegrini Dies at 83\n\n" +
		"Odile Pellegrini, the husky-voiced character actress, has died. She was 83.\n\n" +
		body + " Pellegrini was born in Lyon. She retired in 2010. Pellegrini is survived by a son."
}

// TestCareerItems checks the parts an article about one person lists as
// hers: lists after a colon, "as a ... in F", "she was C in F", "for N
// seasons of S", "lending her voice to C in S", co-stars after
// "opposite", and what stays unread.
func TestCareerItems(t *testing.T) {
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "a list after a colon: described and named parts",
			body: "Small parts followed: a hotel maid in Ray Dunn's Neap Tide, Sister Agnes in the Miramax comedy Holy Orders, " +
				"and Nurse Ida Vantry in the legal farce Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> holy orders (sister agnes)",
				"ACTED_IN odile pellegrini -> bench summons (nurse ida vantry)"},
			not: []string{"ACTED_IN odile pellegrini -> neap tide (hotel maid)"},
		},
		{
			name: "a described part after as",
			body: "She trained in Paris before her screen debut as a flower seller in Ray Dunn's Neap Tide (1971). " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide"},
		},
		{
			name: "for N seasons of a series, over an appositive",
			body: "She played Matron Hilda Voke, the iron-willed head nurse, for six seasons of the ITV drama Ward Nine. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> ward nine (matron hilda voke)"},
		},
		{
			name: "a voice part lent to a character",
			body: "Late in her career she lent her smoky alto to Granny Owl in the Nickelodeon cartoon Treetop Lane. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> treetop lane (granny owl)"},
		},
		{
			name: "a copula part and a co-star after opposite",
			body: "In 1990 she was Principal Edna Moss, the stern headmistress, in Neap Tide, opposite Gerald Brill. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide (principal edna moss)", "ACTED_IN gerald brill -> neap tide"},
		},
		{
			name: "a fronted title: in T she was C",
			body: "In Silver Harbour, she was Sister Agnes. She starred in the film Holy Orders and the film Bench Summons and the film Neap Tide.",
			want: []string{"ACTED_IN odile pellegrini -> silver harbour (sister agnes)"},
		},
		{
			name: "a chain of as-parts across semicolons, an appositive naming others",
			body: "Viewers knew her as Nurse Ida Vantry in the film Holy Orders; as Matron Hilda Voke on ITV's Ward Nine; " +
				"and as the widow Ada Crane, the mother of Ray Dunn's Tom Crane, on the BBC drama Long Shadows. " +
				"She starred in the film Neap Tide.",
			want: []string{"ACTED_IN odile pellegrini -> holy orders (nurse ida vantry)", "ACTED_IN odile pellegrini -> long shadows (ada crane)"},
		},
		{
			name: "where she played C after a title, a described part in an owner's series",
			body: "She went on to the thriller Neap Tide (1987), where she played the smuggler Ada Crane opposite Gerald Brill. " +
				"She also turned up as a different character, a coroner, in Ray Dunn's follow-up series Long Shadows. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide (ada crane)", "ACTED_IN gerald brill -> neap tide",
				"ACTED_IN odile pellegrini -> long shadows"},
		},
		{
			name: "a colon list: an appositive ending in the title, a two-word company, the voice of",
			body: "She was a fixture of the 1980s: Nurse Ida Vantry, the weary ward sister in the BBC's Holy Orders; " +
				"Sister Agnes in the Merchant Ivory drama Bench Summons; and the voice of the wicked Queen Mab in the animated musical Neap Tide. " +
				"Younger viewers knew her as Judge Ada Crane in three seasons of the Netflix fantasy series Long Shadows.",
			want: []string{"ACTED_IN odile pellegrini -> holy orders (nurse ida vantry)", "ACTED_IN odile pellegrini -> bench summons (sister agnes)",
				"ACTED_IN odile pellegrini -> neap tide (queen mab)", "ACTED_IN odile pellegrini -> long shadows (judge ada crane)"},
		},
		{
			name: "the-descriptions after a copula, a title before as, a fronted on",
			body: "She was the hotel maid in Ray Dunn's Neap Tide and a defence lawyer in Gil Moro's Bench Summons. " +
				"A decade later she turned up on Long Shadows as a patient with a rash, opposite Gerald Brill, " +
				"and she had a three-episode run on The Blue Door as a cranky judge, Judge Ada Crane. On Silver Harbour she played Nurse Ida Vantry. " +
				"She starred in the film Holy Orders.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> bench summons",
				"ACTED_IN odile pellegrini -> long shadows", "ACTED_IN gerald brill -> long shadows",
				"ACTED_IN odile pellegrini -> blue door (judge ada crane)", "ACTED_IN odile pellegrini -> silver harbour (nurse ida vantry)"},
		},
		{
			name: "the part of C given to her, a fronted title over an appositive",
			body: "A year later, Ray Dunn gave her the part of Deputy Ada Crane, the hapless lawwoman, in the film Neap Tide. " +
				"In Bench Summons, also directed by Dunn, she was Sister Agnes, a nun of the Grey Order. " +
				"She starred in the film Holy Orders.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide (deputy ada crane)", "ACTED_IN odile pellegrini -> bench summons (sister agnes)"},
		},
		{
			name: "a co-star after opposite takes her one film of the sentence, not a film named after it",
			body: "She starred in the film Holy Orders, alongside Gerald Brill. She played Nurse Ida Vantry in the film Neap Tide and the film Bench Summons opposite Tom Reeve.",
			want: []string{"ACTED_IN gerald brill -> holy orders"},
			not:  []string{"ACTED_IN tom reeve -> neap tide"},
		},
		{
			name: "a film of her own after a counted production noun",
			body: "She also directed one feature, the 1999 independent comedy Paper Moon Road, which flopped. " +
				"She starred in the film Holy Orders and the film Bench Summons and the film Neap Tide.",
			want: []string{"DIRECTED odile pellegrini -> paper moon road"},
		},
		{
			name: "small parts in a list of owned titles; a part in the second season of a series",
			body: "On film she had small parts in Ray Dunn's Neap Tide and the thriller Bench Summons. " +
				"She had a recurring role as Ada Crane in the second season of HBO's Long Shadows. She starred in the film Holy Orders.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide", "ACTED_IN odile pellegrini -> bench summons",
				"ACTED_IN odile pellegrini -> long shadows (ada crane)"},
		},
		{
			name: "a part opened by a title of office that a weak cue made a company",
			body: "In 2009 she was Principal Edna Moss, the stern school head, in the film Neap Tide. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> neap tide (principal edna moss)"},
		},
		{
			name: "a fronted title closed by a place noun; a listed place is not one",
			body: "In Echo Valley she was Nurse Ida Vantry, the village midwife. In London she was Sister Agnes. " +
				"She starred in the film Holy Orders and the film Bench Summons and the film Neap Tide.",
			want: []string{"ACTED_IN odile pellegrini -> echo valley (nurse ida vantry)"},
			not:  []string{"ACTED_IN odile pellegrini -> london (sister agnes)"},
		},
		{
			name: "a place is no title; another person's part is not hers",
			body: "She was Sister Agnes in Paris for a season. Ray Dunn played a hotel clerk in the film Holy Orders. " +
				"She starred in the film Neap Tide and the film Bench Summons.",
			not: []string{"ACTED_IN odile pellegrini -> paris (sister agnes)", "ACTED_IN odile pellegrini -> holy orders"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(careerPiece(c.body))
			checkLines(t, claims, c.want, c.not)
		})
	}
}
