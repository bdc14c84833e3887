package loaders

import "testing"

// TestSeasonRun checks, on invented sentences, the outlets of a show's
// run: over a count of seasons and episodes, over a span of years and
// commas to a first and a second outlet, and after a relative's
// antecedent; and the guards: a run with no count of seasons, and a run
// on a person's name.
func TestSeasonRun(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western comedy, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"over seasons and episodes", "'Blue Harbor' is a drama created by Tam Osk that ran for six seasons and 100 episodes on KVT, from June 2011 to September 2017.",
			[]string{"DISTRIBUTED kvt -> blue harbor"}, nil},
		{"two outlets over a span", "The series ran for seven seasons from 1997 to 2003, first on QBN and then on ZNX.",
			[]string{"DISTRIBUTED qbn -> ashen coulee", "DISTRIBUTED znx -> ashen coulee"}, nil},
		{"an outlet before a span", "The series ran for four seasons on Canal Seis between 2015 and 2020 and won an award.",
			[]string{"DISTRIBUTED canal seis -> ashen coulee"}, nil},
		{"guard: the relative's antecedent, not the topic", "The new show picks up after the original 'Blue Harbor', which ran for seven seasons from 1997 to 2003, first on QBN.",
			[]string{"DISTRIBUTED qbn -> blue harbor"}, []string{"DISTRIBUTED qbn -> ashen coulee"}},
		{"guard: no count of seasons", "The series ran on Broadway for a year.",
			nil, []string{"DISTRIBUTED broadway -> ashen coulee"}},
		{"guard: a person's name", "The series ran for two seasons on Mara Ives's watch.",
			nil, []string{"DISTRIBUTED mara ives -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
