package loaders

import "testing"

// TestFromMaker checks fromMaker on invented sentences: the companies after
// "from" in a film's appositive produced it; a person or an arrival is not
// read so.
func TestFromMaker(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a described noun", "Separately, Harlow shifted Iron Creek, the basketball comedy from Bramble Animation Studios, to May.",
			[]string{"PRODUCED bramble animation studios -> iron creek"}, nil},
		{"a bare appositive with two companies", "Iron Creek, from Bramble Pictures and Tarn Entertainment, placed fourth.",
			[]string{"PRODUCED bramble pictures -> iron creek", "PRODUCED tarn entertainment -> iron creek"}, nil},
		{"an owner's company", "Iron Creek, the Harlow release from Bramble Pictures and Dora Vance's Quill House, opens Friday.",
			[]string{"PRODUCED bramble pictures -> iron creek", "PRODUCED quill house -> iron creek"}, nil},
		{"guard: a person's name", "Iron Creek, the new western from Dora Vance, opens Friday.",
			nil, []string{"PRODUCED dora vance -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
