package loaders

import "testing"

// subjectKey runs the per-article steps on text and returns the key of
// the subject film it picks, or "" when it picks none.
func subjectKey(text string) string {
	a := runDated(text, "")
	if a.subjectFilm < 0 {
		return ""
	}
	return a.ents[a.find(int(a.subjectFilm))].key
}

func TestSubjectChoice(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{
			name: "obituary: no film is the subject",
			text: "Corwin Ashdale, the character actor who played sheriffs and judges, died Monday at his home in Tucson. He was 80.\n\n" +
				"Ashdale made his screen debut in the film Dust Creek in 1975. He later starred in the film Iron Mesa, and the film made him a familiar face. " +
				"He also appeared in the film Red Gulch and in Dust Creek again. His wife survives him.",
			want: "",
		},
		{
			name: "a platform a cue typed is never the subject",
			text: "Blue Lantern Lands a Streaming Home\n\n" +
				"The film Blue Lantern will stream on the Twitch series Twitch from May. Twitch viewers loved Twitch. " +
				"The film stars Mara Tolvane. Blue Lantern was directed by Oren Baptiste.",
			want: "blue lantern",
		},
		{
			name: "a quoted numbered headline title a rank word opens is the film",
			text: "'Sheriff Lark 3' Taps Mina Soto; Ray Dunn in Talks\n\n" +
				"Mina Soto has boarded Sheriff Lark 3, the next chapter in the comedy franchise, sources say. " +
				"Ray Dunn returns as the rival he played in Sheriff Lark 2. The film shoots in May.",
			want: "sheriff lark 3",
		},
		{
			name: "a headline quoting the subtitle keeps the subtitled film over a numbered one in passing",
			text: "'Still Hours' Tops the Weekend Box Office\n\n" +
				"Lionsgate's Night Lantern: Still Hours took $20 million this weekend, below the $22 million that Night Lantern 2 opened with. " +
				"Night Lantern: Still Hours stars Ada Pell. The film was directed by Sam Orr.",
			want: "night lantern: still hours",
		},
		{
			name: "a film named only in passing is never the subject",
			text: "Venice Cheers a Quiet Portrait\n\n" +
				"VENICE — Ana Vittor's second feature as a director arrives on the Lido with a good deal of baggage. " +
				"Ruiz, who directed Harbor Lights, plays the conductor herself. The film runs two hours.",
			want: "",
		},
		{
			name: "a list after a passing cue is named in passing throughout",
			text: "Dunmore Studio and Rhea Falk have set a director for the reboot. " +
				"Sources say Oren Vale, the filmmaker behind Cold Signal and The Glass Orchard, is in talks to helm it.\n\n" +
				"Dunmore produced his Cold Signal, The Glass Orchard and Night Ferry. Falk will produce.",
			want: "",
		},
		{
			name: "a quoted headline short form before 'Reboot' points at the newer entry",
			text: "Kit Moss Boards 'Night Harbor' Reboot\n\n" +
				"Kit Moss will star in Night Harbor: The Return, the new film based on the novels, sources say. " +
				"The film Night Harbor ran in cinemas for months. The original Night Harbor was a hit, and Night Harbor made stars of its cast. Ada Pell directs.",
			want: "night harbor: the return",
		},
		{
			name: "the numbered entry of the lede, not an earlier dated one, is the news",
			text: "\"Nobody Says No\": Night Harbor's Safety Chief on Keeping the Crew Whole\n\n" +
				"Few jobs sound as odd as Ada Pell's. She has been the stunt coordinator on the Night Harbor films since Night Harbor 3 in 2010. " +
				"With the fifth movie, which the studio releases in June under the placeholder title Night Harbor 5, Pell sat down with us.\n\n" +
				"How did you end up on the film Night Harbor? I was doing car work. The film Night Harbor was the first job. Night Harbor changed my life. Night Harbor made me.",
			want: "night harbor 5",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject = %q, want %q", got, c.want)
			}
		})
	}
}

// TestPassingOwner checks passingMention on a title after an owner's
// possessive and a credit preposition: a person's credit is named in
// passing, a company's production named with a production noun is not.
func TestPassingOwner(t *testing.T) {
	for _, c := range []struct {
		name, text, title string
		want              bool
	}{
		{"a person's credit", "News\n\nShe was last seen in Ada Pell's Night Ferry, a drama.", "Night Ferry", true},
		{"a company's production", "News\n\nThe designers of Netflix's Night Ferry series rebuilt the hallway.", "Night Ferry", false},
		{"an actor's credit with a company", "News\n\nJoe Pennick, the young star of Netflix's Night Ferry, as the Teen.", "Night Ferry", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			a.run()
			for mi := range a.ments {
				if a.ments[mi].text == c.title {
					if got := a.passingMention(mi); got != c.want {
						t.Errorf("passingMention(%q) = %v, want %v", c.title, got, c.want)
					}
					return
				}
			}
			t.Fatalf("no mention %q", c.title)
		})
	}
}

func TestProfileOpeningSubject(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{
			name: "a profile opening on a person, no career piece, is about the one film it names later",
			text: "Mara Tolvane has dressed a lot of outlaws, but she says none scared her like the last one. " +
				"\"You are sewing for ghosts,\" the costume designer said over coffee in Lisbon, where she is fitting her next job. " +
				"She started in theatre and moved to television in her thirties.\n\n" +
				"Her big break came with Dust Road, the western that Ada Pell directed. Dust Road made her name, and the film Dust Road still follows her.",
			want: "dust road",
		},
		{
			name: "an opening person with the film in the lede keeps the subject",
			text: "Mara Tolvane will design the costumes for Dust Road, the new western from Ada Pell.\n\n" +
				"The film Dust Road starts shooting in May. Dust Road is set in 1870. Pell wrote the script.",
			want: "dust road",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject = %q, want %q", got, c.want)
			}
		})
	}
}
