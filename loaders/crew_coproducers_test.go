package loaders

import "testing"

// TestCoProducers checks the co-producer lists on invented sentences: an
// owner before a name ("O's P"), partner words, the verb's object before
// "with", a company the producer works through or for, and the companies
// after "produced by O" joined by "with", "together with" or "in
// association with".
func TestCoProducers(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an owner before the first partner", "Frank Morrow produces alongside Skyway's David Penhale, Dana Rusk and Don Halvey.",
			[]string{"PRODUCED david penhale -> iron creek", "PRODUCED dana rusk -> iron creek", "PRODUCED don halvey -> iron creek"}, nil},
		{"the object and a partner's description", "Corbin Hask produced the film with his Smokey Pictures partner Grant Ovenden and Donna Pellam.",
			[]string{"PRODUCED grant ovenden -> iron creek", "PRODUCED donna pellam -> iron creek"}, nil},
		{"co-founders before the names", "Ossian Vale will also produce, alongside Ludo co-founders Charlie Wendt and Marla Fosk.",
			[]string{"PRODUCED charlie wendt -> iron creek", "PRODUCED marla fosk -> iron creek"}, nil},
		{"through a company, with partners", "David Wyckham produced through Heyday Films with Alexandra Coyle and Luke Ambrey.",
			[]string{"PRODUCED heyday films -> iron creek", "PRODUCED alexandra coyle -> iron creek", "PRODUCED luke ambrey -> iron creek"}, nil},
		{"for a company, alongside partners", "Basil Quenby produces for Thunder Road Films alongside Gerard Pomfrey and Alan Pruett.",
			[]string{"PRODUCED gerard pomfrey -> iron creek", "PRODUCED alan pruett -> iron creek"}, nil},
		{"the series, then himself", "The author executive produces the series with Santo Brill, Don Halvey and Scott Harrow.",
			[]string{"PRODUCED santo brill -> iron creek", "PRODUCED scott harrow -> iron creek"}, nil},
		{"in association with", "Iron Creek is produced by CBS Studios in association with Bluebird Studios and MTV Entertainment Studios.",
			[]string{"PRODUCED bluebird studios -> iron creek", "PRODUCED mtv entertainment studios -> iron creek"}, nil},
		{"a person's company after by", "The film was produced by Pellingham's Blind Wink with GK Films and Nickelodeon Movies.",
			[]string{"PRODUCED blind wink -> iron creek", "PRODUCED gk films -> iron creek", "PRODUCED nickelodeon movies -> iron creek"},
			[]string{"PRODUCED pellingham -> iron creek"}},
		{"a company's producers, together with", "Iron Creek is produced by Bigchap's Margot Tellan, Tom Aldous and Josey Pardoe, together with Hasbro Entertainment.",
			[]string{"PRODUCED margot tellan -> iron creek", "PRODUCED tom aldous -> iron creek", "PRODUCED hasbro entertainment -> iron creek"}, nil},
		{"a company owning a partner", "Bastian Royce produced alongside Amblin Entertainment's Kristie Almond and Jennifer Oakes.",
			[]string{"PRODUCED kristie almond -> iron creek", "PRODUCED amblin entertainment -> iron creek", "PRODUCED jennifer oakes -> iron creek"}, nil},
		{"through X, the company he runs", "Its creator wrote much of it; he also produced it through Complete Fiction, the company he runs with Nira Haldane.",
			[]string{"PRODUCED complete fiction -> iron creek"}, []string{"PRODUCED nira haldane -> iron creek"}},
		{"for a broadcaster, then in association with", "Iron Creek is produced by Red Planet Pictures, part of Banijay UK, for the BBC, in association with France Televisions.",
			[]string{"PRODUCED red planet pictures -> iron creek", "PRODUCED france televisions -> iron creek"}, []string{"PRODUCED banijay uk -> iron creek"}},
		{"guard: a new clause after the list", "The series is produced by Paramount Studios with World Productions, and cinematographer Hubert Graine shot it.",
			[]string{"PRODUCED world productions -> iron creek"}, []string{"PRODUCED hubert graine -> iron creek"}},
		{"guard: a new clause with an auxiliary", "Iron Creek is produced by Paul Fennick, Jules Marrick and Coco Mae, and Paramount Pictures is releasing it.",
			[]string{"PRODUCED coco mae -> iron creek"}, []string{"PRODUCED paramount pictures -> iron creek"}},
		{"guard: a new clause with its own verb", "Legend Films produced the film with Pokey Company, and Warner Bros. released it.",
			[]string{"PRODUCED pokey company -> iron creek"}, []string{"PRODUCED warner bros. -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
