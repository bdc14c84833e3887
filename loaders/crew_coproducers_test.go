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
		{"an owner before the first partner", "Frank Morrow produces alongside Skyway's David Ellan, Dana Gold and Don Grange.",
			[]string{"PRODUCED david ellan -> iron creek", "PRODUCED dana gold -> iron creek", "PRODUCED don grange -> iron creek"}, nil},
		{"the object and a partner's description", "Clooney Barr produced the film with his Smokey Pictures partner Grant Hesk and Donna Gigs.",
			[]string{"PRODUCED grant hesk -> iron creek", "PRODUCED donna gigs -> iron creek"}, nil},
		{"co-founders before the names", "Brumm Joe will also produce, alongside Ludo co-founders Charlie Aspin and Daley Pears.",
			[]string{"PRODUCED charlie aspin -> iron creek", "PRODUCED daley pears -> iron creek"}, nil},
		{"through a company, with partners", "David Heym produced through Heyday Films with Alexandra Derby and Luke Kell.",
			[]string{"PRODUCED heyday films -> iron creek", "PRODUCED alexandra derby -> iron creek", "PRODUCED luke kell -> iron creek"}, nil},
		{"for a company, alongside partners", "Basil Iwan produces for Thunder Road Films alongside Gerard Butt and Alan Siege.",
			[]string{"PRODUCED gerard butt -> iron creek", "PRODUCED alan siege -> iron creek"}, nil},
		{"the series, then himself", "The author executive produces the series with Santo Ora, Don Grange and Scott Sull.",
			[]string{"PRODUCED santo ora -> iron creek", "PRODUCED scott sull -> iron creek"}, nil},
		{"in association with", "Iron Creek is produced by CBS Studios in association with Bluebird Studios and MTV Entertainment Studios.",
			[]string{"PRODUCED bluebird studios -> iron creek", "PRODUCED mtv entertainment studios -> iron creek"}, nil},
		{"a person's company after by", "The film was produced by Verbinski's Blind Wink with GK Films and Nickelodeon Movies.",
			[]string{"PRODUCED blind wink -> iron creek", "PRODUCED gk films -> iron creek", "PRODUCED nickelodeon movies -> iron creek"},
			[]string{"PRODUCED verbinski -> iron creek"}},
		{"a company's producers, together with", "Iron Creek is produced by Bigchap's Margot Robb, Tom Acker and Josey McNam, together with Hasbro Entertainment.",
			[]string{"PRODUCED margot robb -> iron creek", "PRODUCED tom acker -> iron creek", "PRODUCED hasbro entertainment -> iron creek"}, nil},
		{"a company owning a partner", "Columbus Chris produced alongside Amblin Entertainment's Kristie Krieger and Jennifer Todd.",
			[]string{"PRODUCED kristie krieger -> iron creek", "PRODUCED amblin entertainment -> iron creek", "PRODUCED jennifer todd -> iron creek"}, nil},
		{"through X, the company he runs", "Its creator wrote much of it; he also produced it through Complete Fiction, the company he runs with Nira Park.",
			[]string{"PRODUCED complete fiction -> iron creek"}, []string{"PRODUCED nira park -> iron creek"}},
		{"for a broadcaster, then in association with", "Iron Creek is produced by Red Planet Pictures, part of Banijay UK, for the BBC, in association with France Televisions.",
			[]string{"PRODUCED red planet pictures -> iron creek", "PRODUCED france televisions -> iron creek"}, []string{"PRODUCED banijay uk -> iron creek"}},
		{"guard: a new clause after the list", "The series is produced by Paramount Studios with World Productions, and cinematographer Hubert Tacz shot it.",
			[]string{"PRODUCED world productions -> iron creek"}, []string{"PRODUCED hubert tacz -> iron creek"}},
		{"guard: a new clause with an auxiliary", "Iron Creek is produced by Paul Curr, Jules Dale and Coco Mae, and Paramount Pictures is releasing it.",
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
