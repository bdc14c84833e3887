package loaders

import "testing"

// TestPossessiveKindCredit checks a person's possessive before a quoted
// title or before describing words ending in a film kind: in a title-case
// headline (which the patterns skip) and before a quoted title in the
// body, with its guards (a star's vehicle, "Sequel to P's ...", "P's 'F'
// Sequel").
func TestPossessiveKindCredit(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"headline: quoted title after the possessive",
			" date 2026-05-01\nVenice 2026: Martin Vadasz's 'Tin Harbour' Finally Crosses the Line\n\nTin Harbour premiered on Friday at the Lido. Martin Vadasz took a bow.\n",
			[]string{"DIRECTED martin vadasz -> tin harbour"}, nil},
		{"headline: describers ending in a kind, the film named before",
			" date 2026-05-01\n'Tin Harbour' Review: Martin Vadasz's Spy Thriller Is a Marriage Story With a Lie Detector\n\nTin Harbour opens on Friday. Martin Vadasz shot it in Lisbon.\n",
			[]string{"DIRECTED martin vadasz -> tin harbour"}, nil},
		{"headline: describers, a kind and a quoted title",
			" date 2026-05-01\nSundance: Martin Vadasz's Suicide-Bomber Farce 'Tin Harbour' Leaves Park City Laughing\n\nTin Harbour premiered on Saturday. Martin Vadasz took questions.\n",
			[]string{"DIRECTED martin vadasz -> tin harbour"}, nil},
		{"body: describers, a kind and a quoted title",
			" date 2026-05-01\nBox Office Report\n\nThe film Tin Harbour is a spy story. In third, Martin Vadasz's paranoid thriller \"Tin Harbour\" opened with $16.1 million.\n",
			[]string{"DIRECTED martin vadasz -> tin harbour"}, nil},
		{"guard: a star's vehicle",
			" date 2026-05-01\nEverything We Know About 'Tin Harbour', Helen Armandy's Racing Movie\n\nHelen Armandy stars as a driver in Tin Harbour, which opens in June.\n",
			nil, []string{"DIRECTED helen armandy -> tin harbour"}},
		{"guard: sequel to P's kind",
			" date 2026-05-01\n'Glass Orchard 2': Everything We Know About the Sequel to Helen Armandy's Cult Classic\n\nGlass Orchard 2 starts shooting in May.\n",
			nil, []string{"DIRECTED helen armandy -> glass orchard 2"}},
		{"guard: a sequel noun after the quoted title",
			" date 2026-05-01\nBrom Kettleby Boards Helen Armandy's 'Tin Harbour' Sequel at Apple\n\nBrom Kettleby has joined the follow-up. Helen Armandy wrote it.\n",
			nil, []string{"DIRECTED helen armandy -> tin harbour"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}
