package loaders

import "testing"

// TestTrimColonPrefixes checks that a network or a section label written
// before a colon is not read into the title after it: after a network
// the title stands alone, typed a film, and the network keeps its own
// mention; a section label is dropped.
func TestTrimColonPrefixes(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a network before the colon",
			"News\n\nThe show became the start of her run at Netflix: Quiet Harbour in 2021 and The Salt Ledger in 2022.",
			[]string{"quiet harbour=Film", "netflix=Organisation"}, []string{"netflix: quiet harbour=Film"}},
		{"a listing line",
			"News\n\nThe night's numbers:\n\n- CBS: Gloamwood Heights (season 2 premiere) 0.9 / 5.9 million",
			[]string{"gloamwood heights=Film", "cbs=Organisation"}, []string{"cbs: gloamwood heights=Film"}},
		{"a title of two halves stays whole",
			"News\n\nThe studio dated Tollgate: The Salt Ledger for May.",
			[]string{"tollgate: the salt ledger=Film"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
	// a section label is dropped and says nothing of the name after it
	t.Run("a section label opening the headline", func(t *testing.T) {
		text := "Ratings: Tollgate Bay storms back to the top as series ten draws 5.4 million\n\nThe drama held its audience."
		checkLines(t, mentionKeys(text), []string{"tollgate bay"}, []string{"ratings: tollgate bay", "ratings"})
	})
}
