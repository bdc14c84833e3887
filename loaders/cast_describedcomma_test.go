package loaders

import "testing"

// TestDescribedCommaPart checks credits that name the part after a
// described part and a comma ("as the warden, C", "plays the man who built
// the bomb, C", "plays Tam's father, former headmaster C", "plays her
// husband, the Resistance leader C") on invented sentences, with guards for
// a clause after the name and a capitalised word that only
// opens a clause.
func TestDescribedCommaPart(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"as a job noun after an adjective", "Ilsa Varn is icy as the warden, Corra Helm, and Dax Peller plays a drifter.",
			[]string{"ACTED_IN ilsa varn -> marrow flats as corra helm"}, nil},
		{"plays a relative clause's man", "Tobin Vale plays the man who built the bomb, Orrin Kessel.",
			[]string{"ACTED_IN tobin vale -> marrow flats as orrin kessel"}, nil},
		{"an owner's kin, then a described name", "Garret Lune, who plays Tam's father, former headmaster Orrin Gell, also returns.",
			[]string{"ACTED_IN garret lune -> marrow flats as orrin gell"}, []string{"ACTED_IN garret lune -> marrow flats as tam"}},
		{"a capitalised describer before the name", "Pell Arden plays her husband, the Resistance leader Vico Lask.",
			[]string{"ACTED_IN pell arden -> marrow flats as vico lask"}, nil},
		{"a possessive pronoun's producer", "Newcomer Priya Hollan has been cast opposite him as his long-suffering producer, Dena Oaks.",
			[]string{"ACTED_IN priya hollan -> marrow flats as dena oaks"}, nil},
		{"guard: a clause after the name", "Tobin Vale plays the man who built the bomb, Orrin Kessel says, in the new film.",
			nil, []string{"ACTED_IN tobin vale -> marrow flats as orrin kessel"}},
		{"guard: a clause's subject after the comma", "Tarn Gold starred as the magical nanny, Warner played Admiral Bloom, the retired officer.",
			nil, []string{"ACTED_IN tarn gold -> marrow flats as admiral bloom"}},
		{"guard: an owner's own work is no part", "Tobin Vale plays her own grandmother, Hessa Vale, the singer. The script is adapted from Vale's own Night Letters.",
			[]string{"ACTED_IN tobin vale -> marrow flats as hessa vale"}, []string{"PORTRAYED tobin vale -> night letters"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
