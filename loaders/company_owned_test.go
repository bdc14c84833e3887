package loaders

import "testing"

// TestOwnedCompanyProducers checks, on invented sentences, companies named
// through their owner or beside other producers: "produced by his
// company, O", "produced by P's company, O", "produced by P for his
// company O", "produced for O by O2", an appositive ", the company P runs
// with Q," before "together with O2", and companies listed before a
// produce verb; and the guards: a person in the list, and "for his
// company" naming a person.
func TestOwnedCompanyProducers(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"by his company and a comma", "The series was produced by his company, Quiet Lantern Entertainment, for Neon, and ran for four seasons.",
			[]string{"PRODUCED quiet lantern entertainment -> ashen coulee"}, nil},
		{"by a named owner's company", "The film was produced by Mira Stone's company, Lantern Road, for Neon.",
			[]string{"PRODUCED lantern road -> ashen coulee"}, nil},
		{"for his company after the producer", "Orrin Vale wrote the film, which was produced by Liz Corran for his company Quietlantern.",
			[]string{"PRODUCED quietlantern -> ashen coulee", "PRODUCED liz corran -> ashen coulee"}, nil},
		{"produced for an outlet by a company", "It is produced for Neon Pictures by Gravel Moon Films, the company of producers Tam Osk and Bea Lund.",
			[]string{"PRODUCED gravel moon films -> ashen coulee"}, nil},
		{"over a company appositive", "The film was produced by Red Mill Productions, the company Dorian Welk runs with Mara Ives, together with Pale Birch Productions.",
			[]string{"PRODUCED red mill productions -> ashen coulee", "PRODUCED pale birch productions -> ashen coulee"}, nil},
		{"two companies produce", "Quiet Lantern Pictures and Hollow Creek Television produced the film.",
			[]string{"PRODUCED quiet lantern pictures -> ashen coulee", "PRODUCED hollow creek television -> ashen coulee"}, nil},
		{"three companies produce", "Quiet Lantern Pictures, Red Mill Studios and Hollow Creek Television produced the film.",
			[]string{"PRODUCED quiet lantern pictures -> ashen coulee", "PRODUCED red mill studios -> ashen coulee", "PRODUCED hollow creek television -> ashen coulee"}, nil},
		{"guard: a person in the list", "Mara Quill and Hollow Creek Television produced the film.",
			[]string{"PRODUCED hollow creek television -> ashen coulee"}, []string{"PRODUCED mara quill -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
