package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestLearnTypesKinds checks that every learned type is scored for the
// kind of pair its subject and object types make, and that the kinds'
// heads are the types in model order.
func TestLearnTypesKinds(t *testing.T) {
	for ty := range learnTypes {
		t.Run(string(learnTypes[ty])+"/"+string(learnSubjType(ty)), func(t *testing.T) {
			k := learnTypeKind[ty]
			if got := learnKind(learnSubjType(ty), learnObjType(ty)); got != k {
				t.Errorf("kind %d, types give %d", k, got)
			}
			if h := learnKindHeads[k]; ty < h[0] || ty >= h[1] {
				t.Errorf("head %d outside its kind's heads %v", ty, h)
			}
			if !typeIn(learnSubjType(ty), allowed[learnTypes[ty]][0]) || !typeIn(learnObjType(ty), allowed[learnTypes[ty]][1]) {
				t.Errorf("%s does not allow (%s, %s)", learnTypes[ty], learnSubjType(ty), learnObjType(ty))
			}
		})
	}
	if learnKind(kg.Character, kg.Character) != learnKinds || learnKind(kg.Organisation, kg.Character) != learnKinds {
		t.Error("a pair no type scores has a kind")
	}
}

// TestLearnNewTypes checks the hook on the pair kinds added after the
// film credits, with a made-up model sure of one type at a time: a person
// and a character sharing a sentence get PORTRAYED, an organisation and a
// film sharing one get DISTRIBUTED or PRODUCED, a character and an
// organisation sharing one get MEMBER_OF, each citing that sentence, and
// nothing else is added.
func TestLearnNewTypes(t *testing.T) {
	const text = "Lantern Bay review\n\nLantern Bay is a patient mystery directed by Hollis Prade. Daniel Dunleary, back on screen after years, makes Inspector Marrow a weary man. Halvard Pictures has championed Lantern Bay since the festival."
	// (a second organisation would pair with the article's film too)
	const member = " In the second act Marrow answers to the Greyhollow Syndicate, a gang of smugglers."
	for _, c := range []struct {
		name  string
		head  int
		rel   kg.RelType
		subj  string
		obj   string
		quote string
		more  string
	}{
		{"portrayed", 6, kg.Portrayed, "daniel dunleary", "inspector marrow", "Daniel Dunleary, back", ""},
		{"organisation produced", 7, kg.Produced, "halvard pictures", "lantern bay", "Halvard Pictures has", ""},
		{"distributed", 8, kg.Distributed, "halvard pictures", "lantern bay", "Halvard Pictures has", ""},
		{"character member of", 9, kg.MemberOf, "inspector marrow", "greyhollow syndicate", "In the second act", member},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, r := learnRun(t, text+c.more)
			n := len(r.claims)
			for _, cl := range r.claims {
				if cl.rel == c.rel && cl.subj >= 0 && cl.obj >= 0 && r.ents[cl.subj].key == c.subj && r.ents[cl.obj].key == c.obj {
					t.Fatal("the rules find the credit: the test needs another sentence")
				}
			}
			m := &learnModel{w: make([]int8, learnDim*learnNT)}
			for h := range m.thr {
				m.scale[h], m.bias[h], m.thr[h] = 1, -10, 0
			}
			m.bias[c.head] = 10
			was := learnModel0
			loadLearnModel()
			learnModel0 = m
			defer func() { learnModel0 = was }()
			a.learned = true
			a.learnCredits(r)
			added := r.claims[n:]
			if len(added) != 1 {
				t.Fatalf("%d credits added, want 1", len(added))
			}
			got := added[0]
			if got.rel != c.rel || r.ents[got.subj].key != c.subj || r.ents[got.obj].key != c.obj {
				t.Errorf("added %s %q -> %q", got.rel, r.ents[got.subj].key, r.ents[got.obj].key)
			}
			if !strings.HasPrefix(got.src.Quote, c.quote) || got.src.Method != kg.MethodLearned {
				t.Errorf("cites %q (method %q)", got.src.Quote, got.src.Method)
			}
		})
	}
}

// TestLearnNewKindsNoNames checks that the new kinds of pairs read no
// name either: renaming every name gives identical features, and the
// article has (person, character), (organisation, film) and (character,
// organisation) candidates.
func TestLearnNewKindsNoNames(t *testing.T) {
	const text = "Lantern Bay review\n\nLantern Bay is a patient mystery directed by Hollis Prade. Daniel Dunleary, back on screen after years, makes Inspector Marrow a weary man. Halvard Pictures has championed Lantern Bay since the festival. In the second act Marrow answers to the Greyhollow Syndicate, a gang of smugglers."
	renamed := strings.NewReplacer("Lantern Bay", "Copper Ridge", "Hollis Prade", "Anna Molvar", "Daniel Dunleary", "Thomas Brannagh",
		"Marrow", "Keswick", "Halvard Pictures", "Orrin Films", "Greyhollow Syndicate", "Pellmarsh Syndicate").Replace(text)
	feats := func(text string) []pairCand {
		a, r := learnRun(t, text)
		return a.learnCandidates(r, nil, true, nil)
	}
	c1, c2 := feats(text), feats(renamed)
	if len(c1) != len(c2) {
		t.Fatalf("%d candidates, %d after renaming: the rules read the names differently, pick others", len(c1), len(c2))
	}
	var kinds [learnKinds]int
	for i := range c1 {
		kinds[c1[i].kind]++
		t.Run(string(rune('a'+i)), func(t *testing.T) {
			if c1[i].kind != c2[i].kind || !slices.Equal(c1[i].feats, c2[i].feats) {
				t.Errorf("candidate %d (kind %d): features change with the names", i, c1[i].kind)
			}
		})
	}
	if kinds[kindPersonChar] == 0 || kinds[kindOrgFilm] == 0 || kinds[kindCharOrg] == 0 {
		t.Errorf("candidates per kind %v: the new kinds are missing", kinds)
	}
}
