package loaders

import "testing"

// TestCompanyDeals checks companyDeals on invented sentences: companies
// announcing a numbered film, acquiring rights to a title, picking one up,
// and a person's announcement left alone.
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
