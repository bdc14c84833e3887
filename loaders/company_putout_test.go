package loaders

import "testing"

// TestCompanyProductionShapes checks, on invented sentences, the company
// credits of "O put the film out", "O1 and O2 released the film", "P's
// company, O, produced it", "O, which financed the $90 million
// production" and "O co-financed both features", and that a company
// governed by "with" before ", and O2 released it" is no distributor.
func TestCompanyProductionShapes(t *testing.T) {
	cases := []lineCase{
		{"put the film out", "Marrow Releasing put the film out in August.",
			[]string{"DISTRIBUTED marrow releasing -> glass harbour"}, nil},
		{"put it out", "Kestrel Pictures put it out.",
			[]string{"DISTRIBUTED kestrel pictures -> glass harbour"}, nil},
		{"a pair released", "Kestrel Pictures and Marrow Releasing released the film in April.",
			[]string{"DISTRIBUTED kestrel pictures -> glass harbour", "DISTRIBUTED marrow releasing -> glass harbour"}, nil},
		{"with before a clause", "Tarrow Studios made it with Kestrel Pictures, and Marrow Releasing released it.",
			[]string{"DISTRIBUTED marrow releasing -> glass harbour"}, []string{"DISTRIBUTED kestrel pictures -> glass harbour"}},
		{"an owner's company produced it", "Sela Munro's company, Brightwater Lane, produced it together with us.",
			[]string{"PRODUCED brightwater lane -> glass harbour"}, nil},
		{"which financed a budget", "Kestrel Pictures, which financed the $90 million production, was pleased.",
			[]string{"PRODUCED kestrel pictures -> glass harbour"}, nil},
		{"both features", "Kestrel Pictures co-financed both features.",
			[]string{"PRODUCED kestrel pictures -> glass harbour"}, nil},
	}
	runLineCases(t, glassHarbourHead, cases)
}
