package loaders

import "testing"

// TestSpinPairGuard checks pairedName in spinRules on invented sentences:
// "the A and B spinoff" names the spin-off's leads, so B is no franchise
// the spin-off comes from; a single name before "spinoff" still is.
func TestSpinPairGuard(t *testing.T) {
	const head = " date 2026-05-01\nHarrow Creek Adds Two\n\nHarrow Creek, the western drama, has cast two newcomers. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two leads before spinoff", "Also in the works is Vale Hollow, the Mara and Tobin spinoff toplined by Ada Pell and Ned Marsh.",
			nil, []string{"SPIN_OFF_OF vale hollow -> tobin", "PART_OF vale hollow -> tobin"}},
		{"a franchise before spinoff", "Also in the works is Vale Hollow, the Tobin spinoff toplined by Ada Pell.",
			[]string{"SPIN_OFF_OF vale hollow -> tobin"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}

// TestSpinPairGuardOff checks that the first case needs the guard.
func TestSpinPairGuardOff(t *testing.T) {
	defer func(v bool) { spinPairGuard = v }(spinPairGuard)
	spinPairGuard = false
	got := localFacts(t, " date 2026-05-01\nHarrow Creek Adds Two\n\nHarrow Creek, the western drama, has cast two newcomers. Also in the works is Vale Hollow, the Mara and Tobin spinoff toplined by Ada Pell and Ned Marsh.\n")
	checkLines(t, got, []string{"SPIN_OFF_OF vale hollow -> tobin"}, nil)
}
