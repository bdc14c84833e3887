package loaders

import (
	"testing"
)

// TestCharacterPersonSides checks which side of a cast statement is the
// actor on invented sentences: the cues of a list of "X (Y)" pairs, a
// described part inside the bracket, describing words after "as" before a
// list of parts, and a name a cue typed a character kept a character.
func TestCharacterPersonSides(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"pairs before an awards predicate", "Mara Quinn (Edda Vos) and Tom Akers (Rollo Brandt) were also nominated.",
			[]string{"ACTED_IN mara quinn -> iron creek as edda vos", "ACTED_IN tom akers -> iron creek as rollo brandt"},
			[]string{"ACTED_IN edda vos -> iron creek as mara quinn"}},
		{"pairs before a return predicate", "Mara Quinn (Edda Vos) and Tom Akers (Rollo Brandt) also return, while Lia Serro is expected back.",
			[]string{"ACTED_IN mara quinn -> iron creek as edda vos", "ACTED_IN tom akers -> iron creek as rollo brandt"},
			[]string{"ACTED_IN edda vos -> iron creek as mara quinn"}},
		{"pairs before are back", "Mara Quinn (Edda Vos) and Tom Akers (Rollo Brandt) are back for the second season.",
			[]string{"ACTED_IN mara quinn -> iron creek as edda vos"}, []string{"ACTED_IN rollo brandt -> iron creek as tom akers"}},
		{"bracketed part with a possessive appositive", "- Dana Frell (Pia Marsh, Lev's wife)",
			[]string{"ACTED_IN dana frell -> iron creek as pia marsh"}, []string{"ACTED_IN pia marsh -> iron creek as dana frell"}},
		{"bracketed part with an of-appositive", "- Dana Frell (Pia Marsh, frontman of the Six)",
			[]string{"ACTED_IN dana frell -> iron creek as pia marsh"}, []string{"ACTED_IN pia marsh -> iron creek as dana frell"}},
		{"bracketed part with a the-possessive appositive", "- Dana Frell (Pia Marsh, the band's keyboardist)",
			[]string{"ACTED_IN dana frell -> iron creek as pia marsh"}, []string{"ACTED_IN pia marsh -> iron creek as dana frell"}},
		{"bracketed actor praised as the film's best", "The series follows Pia Marsh (Dana Frell, the film's best asset) to Rome.",
			[]string{"ACTED_IN dana frell -> iron creek as pia marsh"}, []string{"ACTED_IN pia marsh -> iron creek as dana frell"}},
		{"bracketed actor with a comment", "The series follows Pia Marsh (Dana Frell, oily and excellent) to Rome.",
			[]string{"ACTED_IN dana frell -> iron creek as pia marsh"}, []string{"ACTED_IN pia marsh -> iron creek as dana frell"}},
		{"pairs after a people noun", "Her co-stars Dana Frell (Pia Marsh), Omar Reyes (Lev Tamm) and Lin Chao (Ona Brisk) return.",
			[]string{"ACTED_IN dana frell -> iron creek as pia marsh", "ACTED_IN lin chao -> iron creek as ona brisk"},
			[]string{"ACTED_IN pia marsh -> iron creek as dana frell"}},
		{"described part inside the bracket", "Hannah Welby (club owner Rita Vale) and Jon Brell (Rex Kane) are nominated in supporting categories.",
			[]string{"ACTED_IN hannah welby -> iron creek as rita vale", "ACTED_IN jon brell -> iron creek as rex kane"},
			[]string{"ACTED_IN rita vale -> iron creek as hannah welby"}},
		{"kin nouns keep the character first", "The film ended with Paul Dorn (Ezra Pell), his wife Hester (Amy Sand) and their son Toby (Leo Pardew) in the woods.",
			[]string{"ACTED_IN ezra pell -> iron creek as paul dorn", "ACTED_IN amy sand -> iron creek as hester"},
			[]string{"ACTED_IN paul dorn -> iron creek as ezra pell"}},
		{"a plot verb after the pairs keeps the character first", "Rollo Brandt (Ezra Pell) won the race, and the veteran Pia Marsh (Dana Frell) lost.",
			[]string{"ACTED_IN ezra pell -> iron creek as rollo brandt", "ACTED_IN dana frell -> iron creek as pia marsh"},
			[]string{"ACTED_IN rollo brandt -> iron creek as ezra pell"}},
		{"a singular job noun describes the character", "The sequel follows pop star Skye Venn (Nina Corder) as a curse catches up with her.",
			[]string{"ACTED_IN nina corder -> iron creek as skye venn"}, []string{"ACTED_IN skye venn -> iron creek as nina corder"}},
		{"a plot bracket stays character first", "Later, Mike Whelford (Flynn Wolfe) finds the map.",
			[]string{"ACTED_IN flynn wolfe -> iron creek as mike whelford"}, nil},
		{"describing words before a list of parts", "Steve Ambrose, Martin Tregothnan and Selma Quarry return as amateur sleuths and true-crime podcasters Carl Wetherby, Ollie Brockway and Hazel Morrow.",
			[]string{"ACTED_IN steve ambrose -> iron creek as carl wetherby", "ACTED_IN martin tregothnan -> iron creek as ollie brockway", "ACTED_IN selma quarry -> iron creek as hazel morrow"}, nil},
		{"part after whose", "Gina Torrance, whose Ellen Vogt died in the first season, does not appear.",
			[]string{"ACTED_IN gina torrance -> iron creek as ellen vogt"}, nil},
		{"whose before a title is no part", "Gina Torrance, whose Night Train opened in March, does not appear.",
			nil, []string{"ACTED_IN gina torrance -> iron creek as night train"}},
		{"earlier credit in brackets before a crew verb", "Jeremy Vale (Moon Shadow) wrote the screenplay.",
			[]string{"WROTE jeremy vale -> iron creek"}, []string{"ACTED_IN jeremy vale -> iron creek as moon shadow", "ACTED_IN moon shadow -> iron creek as jeremy vale"}},
		{"a described role before as", "Lena Osgrove has a small but striking role as Ottilie, a spy working for both sides.",
			[]string{"ACTED_IN lena osgrove -> iron creek as ottilie"}, nil},
		{"a place modifying the part's noun names no part", "Ezra Pell returns as the Harbor City detective for the first time since 1994.",
			// (the clause fallback still adds "as harbor city": noted for its owner)
			[]string{"ACTED_IN ezra pell -> iron creek"}, nil},
		{"a name, the noun, the actor in brackets", "Rollo the badger (Ezra Pell), Pim the stoat (Dana Frell) and Tuck the otter (Lin Chao) escape the farm.",
			[]string{"ACTED_IN ezra pell -> iron creek as rollo", "ACTED_IN dana frell -> iron creek as pim", "ACTED_IN lin chao -> iron creek as tuck"}, nil},
		{"a part owned by a common noun", "Sara Vell is also back as the couple's daughter Poppy, and Hugo Mill returns as Dart.",
			[]string{"ACTED_IN sara vell -> iron creek as poppy", "ACTED_IN hugo mill -> iron creek as dart"}, nil},
		{"the voice of a part in apposition", "Ella Purdy, the voice of Quirk, was nominated.",
			[]string{"ACTED_IN ella purdy -> iron creek as quirk"}, nil},
		{"praise of a voice names no part", "Tony Teb, the towering voice of Dust Road, has died.",
			nil, []string{"ACTED_IN tony teb -> iron creek as dust road"}},
		{"two job nouns joined before the part", "Brian Cole, who plays Harbor Corp founder and chief executive Lyle Ray, was nominated.",
			[]string{"ACTED_IN brian cole -> iron creek as lyle ray"}, []string{"ACTED_IN brian cole -> iron creek as harbor corp"}},
		{"joins the cast as after a relative clause", "Kel Dunn, who played Ray Amos in the 2019 film Dust Road, joins the cast as Sheriff Bram Tate.",
			[]string{"ACTED_IN kel dunn -> dust road as ray amos", "ACTED_IN kel dunn -> iron creek as sheriff bram tate"}, nil},
		{"a part named with its actor's possessive", "There's a sequence with Cassia, Dana Frell's character, at a wedding.",
			[]string{"ACTED_IN dana frell -> iron creek as cassia"}, nil},
		{"a sentence opening with as", "As the unsettling mortician Walt Brand, Tony Tebbit got five minutes of screen time.",
			[]string{"ACTED_IN tony tebbit -> iron creek as walt brand"}, nil},
		{"as opening a clause of time is no part", "As Neon announced, Tony Tebbit will direct.",
			nil, []string{"ACTED_IN tony tebbit -> iron creek as neon"}},
		{"an appositive before joins as an owned part", "Rhea Sol, best known for Dust Road, joins as Howard's daughter Judy.",
			[]string{"ACTED_IN rhea sol -> iron creek as judy"}, []string{"ACTED_IN rhea sol -> iron creek as howard"}},
		{"a bracket listing earlier credits", "Kato Sakura (Bad Jaunt, The Late Shift) directs. Nora Vale (Tidemark, The Grand) also joins.",
			nil, []string{"ACTED_IN bad jaunt -> iron creek as kato sakura", "ACTED_IN tidemark -> iron creek as nora vale"}},
		{"a participle before as", "Jeremy Stroudley, nominated again as his son Kenrick, leads the field.",
			[]string{"ACTED_IN jeremy stroudley -> iron creek as kenrick"}, nil},
		{"a finite verb after an appositive name is no cast", "Kras Frell, who directed the first film opposite his wife, Emma Bracken, stayed on as a producer.",
			nil, []string{"PRODUCED emma bracken -> iron creek"}},
		{"a naming participle is no cast", "Jeremy Stroudley, credited as Jay Stroudley, leads the field.",
			nil, []string{"ACTED_IN jeremy stroudley -> iron creek as jay stroudley"}},
		{"a film that brought an actor back", "Hale followed it with Dust Road 2 in 2018, which brought back Mel Corran as Hale's old friend Susan Bramwell.",
			[]string{"ACTED_IN mel corran -> dust road 2 as susan bramwell"}, []string{"ACTED_IN mel corran -> iron creek as susan bramwell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text)
			checkLines(t, got, c.want, c.not)
		})
	}
}
