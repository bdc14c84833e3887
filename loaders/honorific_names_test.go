package loaders

import (
	"slices"
	"testing"
)

// TestHonorificNames checks that the honorific forms of a person already
// named in full (honorificWord, honorificLong) join that person, in an
// obituary also as its subject (namesAgain: the pronouns then credit
// the subject), and what is left alone: two full names the form fits, a
// given-name title before a family name written first, a real given name
// "Don". All names are invented.
func TestHonorificNames(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		want, not       []string // claims
		wantEnt, notEnt []string
	}{
		{
			name: "Ms. and a family name written first, in an obituary",
			text: "Kwon Seul-ah, the Stern Matron of 'Salt Harbour', Dies at 81\n\n" +
				"Kwon Seul-ah, the character actress who played mothers and matrons for fifty years, died on Monday in Busan. She was 81. " +
				"Her son, Park Ro-hwan, confirmed the death.\n\n" +
				"Ms. Kwon trained at a theatre school in Seoul. Ms. Kwon played Matron Yeom in the series Salt Harbour. " +
				"She starred in the film Winter Quay in 1990 and in the film Grey Lantern in 1994. Ms. Kwon is survived by her son.",
			want:    []string{"ACTED_IN kwon seul-ah -> salt harbour (matron yeom)", "ACTED_IN kwon seul-ah -> winter quay"},
			notEnt:  []string{"Person:ms. kwon", "Person:kwon"},
			wantEnt: []string{"Person:kwon seul-ah"},
		},
		{
			name: "Don and the given name, in a quote of an obituary",
			text: "Aurelio Vidal, Gardener of the Evening Serials, Dies at 90\n\n" +
				"Aurelio Vidal, the character actor who played gardeners and butlers for forty years, died on Monday in Monterrey. He was 90. " +
				"His daughter, Inés Vidal, confirmed his death.\n\n" +
				"Vidal played the gardener Tomás in the series La Casa Alta. " +
				"\"Don Aurelio taught me how to stand in a doorway,\" Mara Quiroz said. " +
				"Vidal starred in the film El Patio Gris in 1996.",
			want:   []string{"ACTED_IN aurelio vidal -> el patio gris"},
			notEnt: []string{"Person:don aurelio"},
		},
		{
			name: "an accented surname names the obituary's subject again",
			text: "Teodoro Ibáñez, Butler of the Evening Serials, Dies at 88\n\n" +
				"Teodoro Ibáñez, the character actor who played butlers for forty years, died on Monday in Puebla. He was 88.\n\n" +
				"Ibáñez trained at a drama school in Puebla. Ibáñez was a butler in the series Casa de Olmos. " +
				"He starred in the film El Patio Gris in 1996 and in the film Noche Larga in 1999.",
			want: []string{"ACTED_IN teodoro ibanez -> el patio gris"},
		},
		{
			name: "a surname with a particle names the obituary's subject again",
			text: "Bruno Lo Vetro, the Voice of the Market, Dies at 86\n\n" +
				"Bruno Lo Vetro, the character actor who played shopkeepers for thirty years, died on Sunday in Noto. He was 86. " +
				"His son, the actor Dario Lo Vetro, confirmed the death.\n\n" +
				"Lo Vetro trained as a surveyor before he came to acting. Lo Vetro was a baker in the series Porta Nuova. " +
				"He starred in the film Il Molo in 1988 and in the film Acqua Ferma in 1991.",
			want: []string{"ACTED_IN bruno lo vetro -> il molo"},
			not:  []string{"ACTED_IN dario lo vetro -> il molo"},
		},
		{
			name: "a name with a Japanese honorific suffix",
			text: "Kenji Morishige drew the robots of the series Iron Meadow, and Sora Ikeno directed it. " +
				"\"Morishige-san gave us the shape,\" Ikeno said. Morishige-san also drew the posters.",
			notEnt: []string{"Person:morishige-san"},
		},
		{
			name: "Ms. and a family name two full names open: left alone",
			text: "Kwon Seul-ah and Kwon Ha-ram star in the series Salt Harbour. " +
				"Ms. Kwon plays Matron Yeom.",
			wantEnt: []string{"Person:ms. kwon", "Person:kwon seul-ah", "Person:kwon ha-ram"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}

// TestHonorificForms checks the forms honorificWord reads and the full
// name honorificSurnames gives each mention (its key after local
// resolution's first step), with the forms it leaves alone.
func TestHonorificForms(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		form string // mention text
		key  string // its key after honorificSurnames
	}{
		{"Mr and the family name", "Harlan Crane directed the film. Later Mr Crane said so.", "Mr Crane", "crane"},
		{"Ms. and a family name written first", "Kwon Seul-ah starred in the film. Later Ms. Kwon said so.", "Ms. Kwon", "kwon"},
		{"Señora and the family name", "Lidia Arrieta starred in the film. Later Señora Arrieta said so.", "Señora Arrieta", "arrieta"},
		{"Monsieur and the family name", "Gaston Verlaque starred in the film. Later Monsieur Verlaque said so.", "Monsieur Verlaque", "verlaque"},
		{"Doña and the given name", "Remedios Ocampo starred in the film. Later Doña Remedios said so.", "Doña Remedios", "remedios"},
		{"Sir and the given name", "Basil Thorncroft starred in the film. Later Sir Basil said so.", "Sir Basil", "basil"},
		{"a suffix", "Kenji Morishige starred in the film. Later Morishige-san said so.", "Morishige-san", "morishige"},
		{"Don before a name met later: a name of its own", "Don Aurelio said so. Aurelio Vidal starred in the film.", "Don Aurelio", "don aurelio"},
		{"Don and a family name: a name of its own", "Carla Bexley starred in the film. Later Don Bexley said so.", "Don Bexley", "don bexley"},
		{"Don and a family name written first: a name of its own", "Han Sang-woo starred in the film. Later Don Han said so.", "Don Han", "don han"},
		{"Ms. and two full names", "Kwon Seul-ah and Kwon Ha-ram starred in the film. Later Ms. Kwon said so.", "Ms. Kwon", "ms. kwon"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			for si := range a.sents {
				a.findMentions(si)
			}
			a.honorificSurnames()
			var keys []string
			for _, m := range a.ments {
				if m.text == c.form {
					keys = append(keys, m.key)
				}
			}
			if !slices.Contains(keys, c.key) {
				t.Errorf("%q: keys %v, want %q", c.form, keys, c.key)
			}
		})
	}
}
