package loaders

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// add accumulates o's counts into s, for pooled (micro-averaged) scores.
func (s *score) add(o *score) {
	s.EntTP += o.EntTP
	s.EntFP += o.EntFP
	s.EntGold += o.EntGold
	s.EntFound += o.EntFound
	s.RelTP += o.RelTP
	s.RelFP += o.RelFP
	s.RelGold += o.RelGold
	s.RelFound += o.RelFound
	s.CharRight += o.CharRight
	s.CharTotal += o.CharTotal
	s.SrcCited += o.SrcCited
	s.SrcTotal += o.SrcTotal
	s.ConflictsFound += o.ConflictsFound
	s.ConflictsGold += o.ConflictsGold
}

// heldOut reads the directory names listed on "held-out:" lines of
// testdata/unseen/README.txt; it returns an empty set when there are none.
func heldOut(tb testing.TB, path string) map[string]bool {
	return readmeDirective(tb, path, "held-out:")
}

// readmeDirective returns the words of the lines of a README.txt that start
// with prefix; it returns an empty set when there is no such file or line.
func readmeDirective(tb testing.TB, path, prefix string) map[string]bool {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return map[string]bool{}
		}
		tb.Fatal(err)
	}
	defer f.Close()
	set := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), prefix); ok {
			for _, d := range strings.Fields(rest) {
				set[d] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return set
}

// unseenSets are the directories of articles from franchises and outlets the
// rules were not tuned on when each set was written: testdata/unseen (8
// tuning articles + 2 held-out) and testdata/unseen2 (6 written and scored
// before any tuning on them + 3 held-out), testdata/unseen3 and
// testdata/unseen4 (tuned on in the fifth round; see its README.txt),
// testdata/unseen5 and testdata/unseen6 (tuned on in the seventh round),
// testdata/unseen7 and testdata/unseen8 (tuned on in the ninth round),
// testdata/probes2 (the eighth round's self-written probes of its generic
// shapes: a regression set, see its README.txt), testdata/probes3 (the
// ninth round's probes of the clause fallback and its guards).
var unseenSets = []string{"testdata/unseen", "testdata/unseen2", "testdata/unseen3", "testdata/unseen4", "testdata/unseen5", "testdata/unseen6", "testdata/unseen7", "testdata/unseen8", "testdata/probes2", "testdata/probes3"}

// TestUnseenArticles scores articles from franchises and outlets the rules
// were not tuned on (testdata/unseen*/*, each with its gold.json), prints
// per-article and pooled scores with every miss, and fails when a set's
// pooled relationship F1 (held-out articles included) drops below 0.75 or
// the pooled entity precision/recall of its articles that are not held out
// below 0.85. Directories listed as held-out in a set's README.txt were
// written after tuning and are scored untouched: they are pooled
// separately too, and only the relationship bar covers them.
func TestUnseenArticles(t *testing.T) {
	all := &score{}
	for _, root := range unseenSets {
		t.Run(strings.TrimPrefix(root, "testdata/"), func(t *testing.T) {
			all.add(scoreUnseenSet(t, root))
		})
	}
	t.Logf("pooled (every unseen set): %s", all)
}

// scoreUnseenSet scores every article directory under root, logs the
// per-article table and the pooled scores, checks the pooled bars and
// returns the pooled score.
func scoreUnseenSet(t *testing.T, root string) *score {
	pooled, tuned := scoreArticles(t, root)
	if f := pooled.RelF1(); f < 0.75 {
		t.Errorf("%s: pooled relationship F1 = %.3f, want >= 0.75", root, f)
	}
	if tuned.EntP() < 0.85 || tuned.EntR() < 0.85 {
		t.Errorf("%s: pooled entities (not held-out) P %.3f R %.3f, want >= 0.85", root, tuned.EntP(), tuned.EntR())
	}
	return pooled
}

// scoreArticles scores every article directory under root and logs each
// article's score and misses, the per-article table and the pooled scores;
// it returns the pooled score of every article and of those not held out.
func scoreArticles(t *testing.T, root string) (pooled, tuned *score) {
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	held := heldOut(t, root+"/README.txt")
	var names []string
	for _, d := range dirs {
		if d.IsDir() {
			names = append(names, d.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		t.Fatalf("no articles under %s", root)
	}
	pooled, tuned = &score{}, &score{}
	heldPool := &score{}
	var table []string
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			dir := root + "/" + name
			doc, _ := MustExtractDir(t, dir)
			s := scoreDocument(doc, MustReadGold(t, dir+"/gold.json"))
			t.Log(s)
			for _, m := range s.Misses {
				t.Log(m)
			}
			pooled.add(s)
			tag := ""
			if held[name] {
				heldPool.add(s)
				tag = " (held-out)"
			} else {
				tuned.add(s)
			}
			table = append(table, fmt.Sprintf("%-12s ent P %.3f R %.3f | rel P %.3f R %.3f F1 %.3f | char %.3f%s",
				name, s.EntP(), s.EntR(), s.RelP(), s.RelR(), s.RelF1(), s.Char(), tag))
		})
	}
	for _, l := range table {
		t.Log(l)
	}
	t.Logf("pooled (all %d):  %s", len(names), pooled)
	t.Logf("pooled (not held-out): %s", tuned)
	if len(held) > 0 {
		t.Logf("pooled (held-out):   %s", heldPool)
	}
	return pooled, tuned
}

// ratchetGroups are the sets that miss TestUnseenArticles' bars but were
// tuned on: the tenth round's pool and its committed held-out sets, then
// each later round's tuning pool and sealed sets (the fourteenth round,
// session 8: pool unseen41-48, sealed unseen49-56; the fifteenth round,
// session 9: pool unseen49-56, sealed unseen57-64, scored once at the
// round's start and once after the round's rules were merged: 0.590 ->
// 0.591; studied after that), with the pooled relationship F1 each group
// had at the end of the twenty-sixth round (session 20; the sixteenth
// round's sealed sets unseen65-72 were scored blind at 0.644, 0.659 at the
// seventeenth round's start, then unpacked here and tuned on; the
// seventeenth round's sealed sets unseen73-77 were scored blind at 0.623
// and 0.645, 0.645 again at the eighteenth round's start, then unpacked
// here and tuned on; the eighteenth round's sealed sets unseen78-82 were
// scored blind at 0.617 and 0.629, 0.629 again at the nineteenth round's
// start, then unpacked here and tuned on; the nineteenth round's sealed sets
// unseen83-87 were scored blind at 0.617 and 0.619, 0.619 again at the
// twentieth round's start, then unpacked here and tuned on (0.700 at the
// round's end); the twentieth round's sealed sets unseen88-92 were scored
// blind at 0.586 and 0.599, 0.599 again at the twenty-first round's start,
// then unpacked here and tuned on; the twenty-first round's sealed sets
// unseen93-97 were scored blind at 0.652 and 0.660, 0.653 and 0.661 at the
// twenty-second round's start, then unpacked here and tuned on; the
// twenty-second round's sealed sets unseen98-102 were scored blind at 0.629
// and 0.647, 0.632 and 0.650 at its end and again at the twenty-third
// round's start, then unpacked here and tuned on; the twenty-third round's
// sealed sets unseen103-107 were scored blind at 0.634 and 0.640, 0.634 and
// 0.642 at its end and again at the twenty-fourth round's start, then
// unpacked here and tuned on; the twenty-fourth round's sealed sets
// unseen108-112 were scored blind at 0.604 and 0.620, 0.606 and 0.624 at its
// end and again at the twenty-fifth round's start, then unpacked here and
// tuned on; the twenty-fifth round's sealed sets unseen113-117 were scored
// blind at 0.606 and 0.623 at its start, 0.634 and 0.649 at its end (the
// same rules at the twenty-sixth round's start), then unpacked here and
// tuned on; the twenty-sixth round's sealed sets unseen118-122 were scored
// blind at 0.629 and 0.649 at its start, 0.634 and 0.652 at its end (the
// same rules at the twenty-seventh round's start), then unpacked here and
// tuned on; the twenty-seventh round's sealed sets unseen123-127 were scored
// blind at 0.631 and 0.647 at its start, 0.632 and 0.648 at its end (the
// same rules at the twenty-eighth round's start), then unpacked here and
// tuned on; the twenty-eighth round's sealed sets unseen128-132 were scored
// blind at 0.678 and 0.695 at its start, 0.691 and 0.709 at its end (the
// same rules at the twenty-ninth round's start), then unpacked here and
// tuned on; the twenty-ninth round's sealed sets unseen133-137 were scored
// blind at 0.744 and 0.760 at its start, 0.744 and 0.761 at its end (the
// same rules at the thirtieth round's start), then unpacked here and
// tuned on; the thirtieth round's sealed sets unseen138-142 were scored
// blind at 0.705 and 0.724 at its start, 0.705 and 0.727 at its end (the
// same rules at the thirty-first round's start), then unpacked here and
// tuned on; the thirty-first round's sealed sets unseen143-147 were scored
// blind at 0.665 and 0.681 at its start, 0.668 and 0.687 at its end (the
// same rules at the thirty-second round's start), then unpacked here and
// tuned on; the thirty-second round's sealed sets unseen148-152 were scored
// blind at 0.661 and 0.673 at its start, 0.662 and 0.672 at its end (the
// same rules at the thirty-third round's start), then unpacked here and
// tuned on; the thirty-third round's sealed sets unseen153-158 were scored
// blind at 0.634 and 0.656 at its start, 0.635 and 0.657 at its end (the
// same rules at the thirty-fourth round's start), then unpacked here and
// tuned on; the thirty-fourth round's sealed sets unseen159-163 were scored
// blind at 0.695 and 0.704 at its start, 0.697 and 0.707 at its end (the
// same rules at the thirty-fifth round's start), then unpacked here and
// tuned on; the thirty-fifth round's sealed sets unseen164-168 were scored
// blind at 0.656 and 0.675 at its start, 0.657 and 0.676 at its end (the
// same rules at the thirty-sixth round's start), then unpacked here and
// tuned on; the thirty-sixth round's own sealed sets are packed under
// testdata/sealed): a
// regression guard, not a quality bar (the README's Generality has the
// held-out figures).
var ratchetGroups = []struct {
	name  string
	sets  []string
	floor float64
}{
	{"unseen9-14", []string{"testdata/unseen9", "testdata/unseen10", "testdata/unseen11", "testdata/unseen12", "testdata/unseen13", "testdata/unseen14"}, 0.799},
	{"unseen15-19", []string{"testdata/unseen15", "testdata/unseen16", "testdata/unseen17", "testdata/unseen18", "testdata/unseen19"}, 0.783},
	{"unseen20-24", []string{"testdata/unseen20", "testdata/unseen21", "testdata/unseen22", "testdata/unseen23", "testdata/unseen24"}, 0.843},
	{"unseen25-28", []string{"testdata/unseen25", "testdata/unseen26", "testdata/unseen27", "testdata/unseen28"}, 0.805},
	{"unseen29-32", []string{"testdata/unseen29", "testdata/unseen30", "testdata/unseen31", "testdata/unseen32"}, 0.812},
	{"unseen33-36", []string{"testdata/unseen33", "testdata/unseen34", "testdata/unseen35", "testdata/unseen36"}, 0.775},
	{"unseen37-40", []string{"testdata/unseen37", "testdata/unseen38", "testdata/unseen39", "testdata/unseen40"}, 0.777},
	{"unseen41-48", []string{"testdata/unseen41", "testdata/unseen42", "testdata/unseen43", "testdata/unseen44", "testdata/unseen45", "testdata/unseen46", "testdata/unseen47", "testdata/unseen48"}, 0.762},
	{"unseen49-56", []string{"testdata/unseen49", "testdata/unseen50", "testdata/unseen51", "testdata/unseen52", "testdata/unseen53", "testdata/unseen54", "testdata/unseen55", "testdata/unseen56"}, 0.761},
	{"unseen57-64", []string{"testdata/unseen57", "testdata/unseen58", "testdata/unseen59", "testdata/unseen60", "testdata/unseen61", "testdata/unseen62", "testdata/unseen63", "testdata/unseen64"}, 0.774},
	{"unseen65-72", []string{"testdata/unseen65", "testdata/unseen66", "testdata/unseen67", "testdata/unseen68", "testdata/unseen69", "testdata/unseen70", "testdata/unseen71", "testdata/unseen72"}, 0.827},
	{"unseen73-77", []string{"testdata/unseen73", "testdata/unseen74", "testdata/unseen75", "testdata/unseen76", "testdata/unseen77"}, 0.773},
	{"unseen78-82", []string{"testdata/unseen78", "testdata/unseen79", "testdata/unseen80", "testdata/unseen81", "testdata/unseen82"}, 0.739},
	{"unseen83-87", []string{"testdata/unseen83", "testdata/unseen84", "testdata/unseen85", "testdata/unseen86", "testdata/unseen87"}, 0.772},
	{"unseen88-92", []string{"testdata/unseen88", "testdata/unseen89", "testdata/unseen90", "testdata/unseen91", "testdata/unseen92"}, 0.762},
	{"unseen93-97", []string{"testdata/unseen93", "testdata/unseen94", "testdata/unseen95", "testdata/unseen96", "testdata/unseen97"}, 0.786},
	{"unseen98-102", []string{"testdata/unseen98", "testdata/unseen99", "testdata/unseen100", "testdata/unseen101", "testdata/unseen102"}, 0.723},
	{"unseen103-107", []string{"testdata/unseen103", "testdata/unseen104", "testdata/unseen105", "testdata/unseen106", "testdata/unseen107"}, 0.703},
	{"unseen108-112", []string{"testdata/unseen108", "testdata/unseen109", "testdata/unseen110", "testdata/unseen111", "testdata/unseen112"}, 0.687},
	{"unseen113-117", []string{"testdata/unseen113", "testdata/unseen114", "testdata/unseen115", "testdata/unseen116", "testdata/unseen117"}, 0.686},
	{"unseen118-122", []string{"testdata/unseen118", "testdata/unseen119", "testdata/unseen120", "testdata/unseen121", "testdata/unseen122"}, 0.692},
	{"unseen123-127", []string{"testdata/unseen123", "testdata/unseen124", "testdata/unseen125", "testdata/unseen126", "testdata/unseen127"}, 0.744},
	{"unseen128-132", []string{"testdata/unseen128", "testdata/unseen129", "testdata/unseen130", "testdata/unseen131", "testdata/unseen132"}, 0.755},
	{"unseen133-137", []string{"testdata/unseen133", "testdata/unseen134", "testdata/unseen135", "testdata/unseen136", "testdata/unseen137"}, 0.769},
	{"unseen138-142", []string{"testdata/unseen138", "testdata/unseen139", "testdata/unseen140", "testdata/unseen141", "testdata/unseen142"}, 0.726},
	{"unseen143-147", []string{"testdata/unseen143", "testdata/unseen144", "testdata/unseen145", "testdata/unseen146", "testdata/unseen147"}, 0.709},
	{"unseen148-152", []string{"testdata/unseen148", "testdata/unseen149", "testdata/unseen150", "testdata/unseen151", "testdata/unseen152"}, 0.700},
	{"unseen153-158", []string{"testdata/unseen153", "testdata/unseen154", "testdata/unseen155", "testdata/unseen156", "testdata/unseen157", "testdata/unseen158"}, 0.654},
	{"unseen159-163", []string{"testdata/unseen159", "testdata/unseen160", "testdata/unseen161", "testdata/unseen162", "testdata/unseen163"}, 0.699},
	{"unseen164-168", []string{"testdata/unseen164", "testdata/unseen165", "testdata/unseen166", "testdata/unseen167", "testdata/unseen168"}, 0.658},
}

// TestTunedSetsRatchet scores the ratchet groups and fails when a group's
// pooled relationship F1 falls more than 0.005 below the floor it reached:
// a rule change that loses facts on these 1122 articles shows here.
func TestTunedSetsRatchet(t *testing.T) {
	for _, g := range ratchetGroups {
		t.Run(g.name, func(t *testing.T) {
			all := &score{}
			for _, root := range g.sets {
				t.Run(strings.TrimPrefix(root, "testdata/"), func(t *testing.T) {
					p, _ := scoreArticles(t, root)
					all.add(p)
				})
			}
			t.Logf("pooled %s: %s", g.name, all)
			if f := all.RelF1(); f < g.floor-0.005 {
				t.Errorf("%s: pooled relationship F1 = %.3f, fell below the floor %.3f", g.name, f, g.floor)
			}
		})
	}
}
