package loaders

import "testing"

// TestProfileSubject: an article that opens on a person (no headline line)
// and is no career piece is about the production the person fronts; one
// that opens on a person's production no film mention reads keeps no
// subject film rather than another.
func TestProfileSubject(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{
			name: "a profile opening on the person is about the film it is news for",
			text: "Ilsa Varnoe keeps a sketchbook of strangers on her studio wall. \"Those are my real references,\" she says. " +
				"\"Nobody famous is up there.\"\n\n" +
				"Varnoe, 58, picked up her third nomination last week for costume design on Harbor of Salt, Tomas Reld's film about a fishing town. " +
				"Harbor of Salt stars Mina Orlo as the harbour master. Varnoe dressed Orlo in borrowed wool.\n\n" +
				"\"Tomas calls me when there's weather involved,\" she jokes. The film opens in May, and Varnoe is already at work on the next one.",
			want: "harbor of salt",
		},
		{
			name: "an opening on a person's untitled production keeps no film",
			text: "Oren Falkby's next thriller finally has a date. The studio will release the untitled project in October, it said Thursday.\n\n" +
				"Falkby wrote and will direct it. No cast has been announced.\n\n" +
				"Falkby, who wrote Cold Lantern, has hinted that Dara Meek could be back. Meek played Jonah Vell in Cold Lantern. " +
				"Cold Lantern made $250 million, and Falkby's Cold Lantern still tops his box office.",
			want: "",
		},
		{
			name: "an obituary whose one show the headline names and clearly wins is about that show",
			text: "Dara Voss, the Stern Sergeant of 'Dock Patrol,' Dies at 81\n\n" +
				"Dara Voss, the character actor who spent nine seasons of the series Dock Patrol as Sergeant Ida Crane, has died. She was 81.\n\n" +
				"Voss joined Dock Patrol in 1990, and Dock Patrol made her famous. The series ran until 1999. " +
				"Dock Patrol was created by Emil Sand. She also appeared in the film Cold Mesa and in the film Red Gulch. " +
				"Before Dock Patrol she was in the film Dust Creek. Her husband survives her.",
			want: "dock patrol",
		},
		{
			name: "an obituary running through several films keeps no subject",
			text: "Pell Norrin, the Gruff Face of Westerns, Dies at 80\n\n" +
				"Pell Norrin, the character actor who played sheriffs and judges, died Monday at his home in Tucson. He was 80.\n\n" +
				"Norrin made his screen debut in the film Dust Creek in 1975. He later starred in the film Iron Mesa, and the film made him a familiar face. " +
				"He also appeared in the film Red Gulch and in the film Cold Mesa. His wife survives him.",
			want: "",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject = %q, want %q", got, c.want)
			}
		})
	}
}
