package loaders

import "testing"

// TestPartVerbCast checks parts named straight after an acting verb on
// invented sentences.
func TestPartVerbCast(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"reprise without as", "Dana Frell will reprise Moss Vane, the sheriff.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"reprise a title", "Dana Frell will reprise Iron Creek on stage.",
			nil, []string{"ACTED_IN dana frell -> iron creek as iron creek"}},
		{"described part with a job noun", "Dana Frell plays the washed-up rodeo star Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"a place after a preposition", "Dana Frell plays the lead in Moss Vane.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"an owner's possessive", "Dana Frell plays the loyal friend of Moss Vane.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"two people share a part", "Dana Frell and Omar Reyes share the role of Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
		{"share a job", "Dana Frell and Omar Reyes share the role of producer.",
			nil, []string{"ACTED_IN dana frell -> iron creek as producer"}},
		{"appositive part after to play", "Dana Frell has been tapped to play the sheriff, Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"younger versions of a list", "Billy Dane and John Marr play younger versions of Dino Vane and Ettore Dent, respectively, which will please fans.",
			[]string{"ACTED_IN billy dane -> iron creek as dino vane", "ACTED_IN john marr -> iron creek as ettore dent"},
			[]string{"ACTED_IN billy dane -> iron creek as ettore dent"}},
		{"a version of no one", "Dana Frell plays a version of the title song.",
			nil, []string{"ACTED_IN dana frell -> iron creek as the title song"}},
		{"appositive list of kin", "Craig Dunmore and Jo Wilkes played the girl's parents, Gil and Marion Fenwright.",
			[]string{"ACTED_IN craig dunmore -> iron creek as gil fenwright", "ACTED_IN jo wilkes -> iron creek as marion fenwright"}, nil},
		{"a speaker after the clause", "Dana Frell played the role well, Moss Vane said.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"a lone untyped surname", "Later, Vane voices the new villain, Tilly Fox, in the sequel.",
			nil, []string{"ACTED_IN vane -> iron creek as tilly fox"}},
		{"appositive named part", "Dana Frell plays the villain, a flamboyant crime boss named Vendrina, and Omar Reyes turns up later.",
			[]string{"ACTED_IN dana frell -> iron creek as vendrina"}, nil},
		{"appositive with no name", "Dana Frell plays the villain, a flamboyant crime boss, and Omar Reyes turns up later.",
			nil, []string{"ACTED_IN dana frell -> iron creek as omar reyes"}},
		{"inverted playing", "Playing Moss Vane is Dana Frell, who was last seen in a small western.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, []string{"ACTED_IN playing moss vane -> iron creek as dana frell"}},
		{"inverted starring as", "Also returning as Moss Vane is Dana Frell, who was last seen in a small western.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"inverted with no part", "Playing with fire is Dana Frell, who was last seen in a small western.",
			nil, []string{"ACTED_IN dana frell -> iron creek as fire"}},
		{"inverted company", "Starring as Moss Vane is Neon Pictures, which made it.",
			nil, []string{"ACTED_IN neon pictures -> iron creek as moss vane"}},
		{"in talks to play", "Dana Frell is in talks to play Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"in final talks to reprise", "Dana Frell is in final talks to reprise Moss Vane, the sheriff.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"talks about a play", "Dana Frell is in talks about the play Moss Vane.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"owner's noun then the part", "Dana Frell plays Joel's mother, Bernadette Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as bernadette vane"}, nil},
		{"a list reprises a list", "Dana Frell and Omar Reyes are in early talks to reprise Moss Vane and Tilly Fox, the band geek who married him.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN omar reyes -> iron creek as tilly fox"},
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}},
		{"lends a voice word to a part", "Dana Frell lends his baritone to Moss Vane, a grumpy sentient plant.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"lends support to no part", "Dana Frell lends her support to the campaign.",
			nil, []string{"ACTED_IN dana frell -> iron creek as campaign"}},
		{"voices both parts", "Dana Frell voices both Moss Vane and Tilly Fox, and the film is better for it.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane", "ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"a first-person owner", "Dana Frell played my sister Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"surname of an untyped full name", "Neon signed Dana Frell and Omar Reyes. Frell will reprise Moss Vane, the sheriff.",
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
