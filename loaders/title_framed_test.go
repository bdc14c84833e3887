package loaders

import "testing"

// TestFramedTitles checks that a title cut at small lower-case words is
// read whole when the sentence frames the whole span as one name (an
// owner's possessive, a production noun before it, a box-office verb or
// a franchise noun after it), and the spans left alone: a part and its
// film, a work and its service, two titles listed, a second name owning
// or describing what follows, a place after "in".
func TestFramedTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"and the, a box-office verb",
			"News\n\nAt No. 2, Harbour and the Glass Kingdom added $28.1 million in its second weekend.",
			[]string{"harbour and the glass kingdom=Film"}, []string{"harbour="}},
		{"and the, an owner",
			"News\n\nKestrel Animation's Pim and the Paper Moon took third with $11.2 million.",
			[]string{"pim and the paper moon=Film"}, []string{"pim="}},
		{"in, after an owner",
			"News\n\nThe total was down from last year, when Tobin Hale's Alma in Glasswater opened to $116.1 million.",
			[]string{"alma in glasswater=Film"}, []string{"glasswater="}},
		{"on the, after a production noun",
			"News\n\nShe starred in the thriller Murder on the Night Ferry, which Kestrel released.",
			[]string{"murder on the night ferry=Film"}, []string{"night ferry="}},
		{"and the, the franchise noun after a name after the",
			"News\n\nFew writers had a wilder ride through the Sand and the Bastion universe than Mara Voss.",
			[]string{"sand and the bastion=Franchise"}, nil},
		{"bare and after a production noun",
			"News\n\nIt is his second film in two years, after the cannibal romance Claws and Bone, and he is busy.",
			[]string{"claws and bone=Film"}, nil},
		{"on the, a box-office subject",
			"News\n\nElsewhere, Murder on the Night Ferry opened in fourth with $9.4 million.",
			[]string{"murder on the night ferry=Film"}, []string{"night ferry="}},
		{"and a, a year after",
			"News\n\nShe played the registrar in Six Suppers and a Vigil (1994), a hit comedy.",
			[]string{"six suppers and a vigil=Film"}, []string{"vigil="}},
		{"guard: a part in a film",
			"News\n\nShe played Doc Hale in Flint Ridge (1993) and later turned to the stage.",
			nil, []string{"doc hale in flint ridge="}},
		{"guard: a work and its service",
			"News\n\nHe most recently starred in Kestrel's The Slow Climb for Harbour+.",
			nil, []string{"slow climb for harbour+="}},
		{"guard: two titles after a series noun",
			"News\n\nThe director is best known for the series The Paper House and Midnight Choir.",
			nil, []string{"paper house and midnight choir="}},
		{"guard: a second name describing a noun",
			"News\n\nHis films include the comedy Rolo & Pim and the Mara Voss adaptation Sordid.",
			nil, []string{"rolo & pim and the mara voss="}},
		{"guard: a second name owning what follows",
			"News\n\nNext weekend brings Kestrel's action comedy Two Loud Uncles and Harbour's Tidemill.",
			nil, []string{"two loud uncles and harbour="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestFramedPossessives checks that a title with a possessive inside is
// read whole when it opens with a capitalised "A" inside a sentence, or
// when the article writes it twice, once framed by a year or a
// box-office verb, and never names its tail alone; an owner and its work
// named once, or beside the work alone, stays apart.
func TestFramedPossessives(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"led by A",
			"News\n\nAfter the first season became a hit, A Shy Clerk's Guide to Arson returns next week.",
			[]string{"a shy clerk's guide to arson=Film"}, []string{"guide to arson="}},
		{"written twice, once before a year",
			"News\n\nLost Man's Ride (1996) goes back to the early days. Lost Man's Ride was directed by Mara Voss.",
			[]string{"lost man's ride=Film"}, []string{"ride="}},
		{"guard: an owner and his work named once",
			"News\n\nThe film is set between Tobin Hale's Scree (1979) and Mara Voss's Screes (1986).",
			nil, []string{"tobin hale's scree="}},
		{"guard: the work also named alone",
			"News\n\nTobin Hale's Scree (1979) was a hit. Tobin Hale's Scree made money, and Scree still plays.",
			nil, []string{"tobin hale's scree="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
