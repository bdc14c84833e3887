package loaders

import "testing"

// TestAcronymLedProducer checks, on invented sentences, that a producer
// after "produced by" whose name is led by an acronym of capitals is a
// company ("produced by XQT Signature and Lantern Road Studios"), alone
// and in a list, and typed an organisation.
func TestAcronymLedProducer(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western comedy, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"alone", "The series is produced by XQT Signature.",
			[]string{"PRODUCED xqt signature -> ashen coulee"}, nil},
		{"in a list", "The series is produced by XQT Signature and Lantern Road Studios, and Streamwell will stream it.",
			[]string{"PRODUCED xqt signature -> ashen coulee", "PRODUCED lantern road studios -> ashen coulee"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
	// the typing: an organisation, not a person
	if e := mustEntity(t, head+"The series is produced by XQT Signature.\n", "xqt signature"); e.typ != "Organisation" {
		t.Errorf("xqt signature typed %q", e.typ)
	}
}
