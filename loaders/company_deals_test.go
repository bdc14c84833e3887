package loaders

import "testing"

// TestCompanyDeals checks companyDeals on invented sentences: companies
// announcing a numbered film, acquiring rights to a title, picking one up,
// opening or developing one, and a person's announcement or release left
// alone.
func TestCompanyDeals(t *testing.T) {
	const head = " date 2026-05-01\nNews\n\nIron Creek opened in 2019 and Dust Road followed in 2022. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two studios announced a numbered film", "Kestrel Pictures and Tallow Animation Studios today announced Iron Creek 2, a sequel to the 2019 western.",
			[]string{"PRODUCED kestrel pictures -> iron creek 2", "PRODUCED tallow animation studios -> iron creek 2"}, nil},
		{"rights to a title", "LUMIO has acquired North American distribution rights to The Glass Orchard, the next feature from Kestrel Pictures.",
			[]string{"DISTRIBUTED lumio -> glass orchard"}, nil},
		{"picked up a film", "Kestrel Pictures picked up Dust Road 2 for a summer release.",
			[]string{"DISTRIBUTED kestrel pictures -> dust road 2"}, nil},
		{"will open a film", "Kestrel Pictures will open Dust Road 2 on August 1.",
			[]string{"DISTRIBUTED kestrel pictures -> dust road 2"}, nil},
		{"is developing a series", "Tallow Animation Studios is developing Dust Road: The Series, an adaptation of the novels.",
			[]string{"PRODUCED tallow animation studios -> dust road: the series"}, nil},
		{"guard: a person will release", "Mara Quint will release Iron Creek 2 herself.",
			nil, []string{"DISTRIBUTED mara quint -> iron creek 2"}},
		{"guard: a person announced", "Mara Quint announced Iron Creek 2 on stage.",
			nil, []string{"PRODUCED mara quint -> iron creek 2"}},
		{"guard: rights to a person's story", "Kestrel Pictures has acquired the rights to Ana Hale's memoir.",
			nil, []string{"DISTRIBUTED kestrel pictures -> ana hale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
