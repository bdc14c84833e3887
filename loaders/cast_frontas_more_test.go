package loaders

import "testing"

// TestFrontAsMore checks the fronted "As C" credits beyond "As C, P ...": an
// appositive describing the part between C and the actor, two parts played
// by two actors in order, a possessor before the part, and a title later in
// the clause that is another work; and that no credit is made when no actor
// follows the appositive.
func TestFrontAsMore(t *testing.T) {
	const lead = "The Salt Ledger, directed by Perrin Vasquez, opens in a grey prison yard in 1947. " +
		"Ivor Brand stars as Tom Pell, a banker.\n\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"appositive with a relative clause",
			"As Charlie Jax, the defense attorney who takes the case, Omar Elbe gets the best lines.",
			[]string{"ACTED_IN omar elbe -> salt ledger as charlie jax"}, nil},
		{"appositive with a comma inside",
			"As Kasimir, the sly, fast-talking owner of the club, Tovin Ashgrove goes gloriously over the top.",
			[]string{"ACTED_IN tovin ashgrove -> salt ledger as kasimir"}, nil},
		{"appositive naming another person",
			"As Dana Fell, the woman who married Orsolya Drenn in 1951, Carla Munroe does more with a look than most.",
			[]string{"ACTED_IN carla munroe -> salt ledger as dana fell"}, []string{"ACTED_IN orsolya drenn -> salt ledger as dana fell"}},
		{"two parts, two actors",
			"As Tim and Laurens, Anton Vyt and Matthijs Meert capture the casual cruelty of boys.",
			[]string{"ACTED_IN anton vyt -> salt ledger as tim", "ACTED_IN matthijs meert -> salt ledger as laurens"}, nil},
		{"a possessor before the parts",
			"As Eva's childhood friends Tim and Laurens, Anton Vyt and Matthijs Meert capture the casual cruelty of boys.",
			[]string{"ACTED_IN anton vyt -> salt ledger as tim", "ACTED_IN matthijs meert -> salt ledger as laurens"}, nil},
		{"a title later in the clause is another work",
			"As Forgan Fitch, a smooth-talking rogue, Hugo Grane is doing the villainy he perfected in Pellmoor Lights 2.",
			[]string{"ACTED_IN hugo grane -> salt ledger as forgan fitch"}, []string{"ACTED_IN hugo grane -> pellmoor lights 2 as forgan fitch"}},
		{"no actor after the appositive",
			"As Dana Fell, the woman who married him, Halvard Pictures earned millions.",
			nil, []string{"ACTED_IN halvard pictures -> salt ledger as dana fell"}},
		{"a job, not a part",
			"As the film's producer, Dana Fell, the woman who married him, Carla Munroe does more.",
			nil, []string{"ACTED_IN carla munroe -> salt ledger as dana fell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := claimLines(localRun(lead+c.text, ""), " as ", "")
			checkLines(t, got, c.want, c.not)
		})
	}
}
