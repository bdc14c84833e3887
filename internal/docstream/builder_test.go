package docstream

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
	"github.com/franchisekg/franchisekg/loaders/gen"
)

// MustExtract extracts the articles under paths (relative to the module
// root) with loaders.Extract and returns their facts.
func MustExtract(tb testing.TB, paths ...string) []kg.ArticleFacts {
	tb.Helper()
	for i, p := range paths {
		paths[i] = filepath.Join("..", "..", p)
	}
	ins, _ := loaders.ReadPaths(paths, nil)
	if len(ins) == 0 {
		tb.Fatalf("no article under %v", paths)
	}
	res, err := loaders.Extract(tb.Context(), ins, loaders.Options{Workers: 2})
	if err != nil {
		tb.Fatal(err)
	}
	return res.Articles
}

// MustBuild writes the document of arts with a Builder of the given budget
// and returns it with the Builder's stats; the Builder's temporary
// directory must be gone after Close.
func MustBuild(tb testing.TB, arts []kg.ArticleFacts, budget int) ([]byte, Stats) {
	tb.Helper()
	b, err := New(Options{Dir: tb.TempDir(), Budget: budget})
	if err != nil {
		tb.Fatal(err)
	}
	dir := b.dir
	for _, af := range arts {
		if err := b.Add(af); err != nil {
			tb.Fatal(err)
		}
	}
	var out bytes.Buffer
	st, err := b.Write(tb.Context(), &out)
	if err != nil {
		tb.Fatal(err)
	}
	if err := b.Close(); err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		tb.Errorf("temporary directory %s left behind (%v)", dir, err)
	}
	return out.Bytes(), st
}

func src(article string, sentence int, quote, date string) kg.Source {
	return kg.Source{Article: article, Sentence: sentence, Start: sentence * 10, End: sentence*10 + 5, Quote: quote, Date: date}
}

// awkwardArticles exercise what the sort keys must get right: one id with
// two types, property claims for an id with no entity fact, ids that are
// prefixes of others or hold NUL bytes, disputed values, HTML characters,
// and facts of one article whose order decides the output (two facts of
// one entity with spellings equal once folded: the first is the alias
// kept; two claims of one value with different precisions: the first is
// the precision written).
func awkwardArticles() []kg.ArticleFacts {
	film, person := "film:night-harbor", "person:mara-quinn"
	return []kg.ArticleFacts{
		{Article: kg.Article{ID: "b", Date: "2024-05-01"},
			Entities: []kg.EntityFact{
				{ID: person, Type: kg.Person, Name: "Mara Quinn", Aliases: []string{"Quinn"}, Mentions: []kg.Source{src("b", 0, "Mara <Quinn> & co", "2024-05-01")}},
				{ID: film, Type: kg.Film, Name: "Night Harbor", Properties: map[string]string{"format": kg.FormatFilm}, Mentions: []kg.Source{src("b", 0, "q", "2024-05-01")}},
				{ID: film, Type: kg.Franchise, Name: "Night Harbor", Properties: map[string]string{"format": kg.FormatSeries}, Mentions: []kg.Source{src("b", 1, "q", "2024-05-01")}},
				{ID: "film:night", Type: kg.Film, Name: "Night", Mentions: []kg.Source{src("b", 2, "q", "")}},
				{ID: "film:night\x00x", Type: kg.Film, Name: "Night\x00x", Mentions: []kg.Source{src("b", 2, "q", "")}},
			},
			Claims: []kg.Claim{
				{Subject: person, Relation: kg.ActedIn, Object: film, Qualifiers: map[string]string{kg.QualCharacter: "Lena Voss"}, Sources: []kg.Source{src("b", 0, "q", "2024-05-01")}},
				{Subject: film, Property: kg.PropReleaseDate, Value: "2024-10-04", Qualifiers: map[string]string{"precision": "day"}, Sources: []kg.Source{src("b", 1, "q", "2024-05-01")}},
				{Subject: film, Property: kg.PropReleaseDate, Value: "2024-10-04", Sources: []kg.Source{src("b", 3, "q", "2024-05-01")}},
				{Subject: "film:ghost", Property: kg.PropBoxOffice, Value: "$1", Sources: []kg.Source{src("b", 1, "q", "")}},
			}},
		{Article: kg.Article{ID: "c"},
			Entities: []kg.EntityFact{
				{ID: person, Type: kg.Person, Name: "Quinn Mara", Mentions: []kg.Source{src("c", 0, "q", "")}},
				{ID: person, Type: kg.Person, Name: "QUINN MARA", Mentions: []kg.Source{src("c", 1, "q", "")}},
				{ID: person, Type: kg.Person, Name: "quinn mara", Mentions: []kg.Source{src("c", 2, "q", "")}},
			},
			Claims: []kg.Claim{
				{Subject: person, Property: kg.PropBoxOffice, Value: "$5", Qualifiers: map[string]string{"precision": "b"}, Sources: []kg.Source{src("c", 0, "q", "")}},
				{Subject: person, Property: kg.PropBoxOffice, Value: "$5", Qualifiers: map[string]string{"precision": "a"}, Sources: []kg.Source{src("c", 1, "q", "")}},
				{Subject: person, Property: kg.PropBoxOffice, Value: "$5", Qualifiers: map[string]string{"precision": "c"}, Sources: []kg.Source{src("c", 2, "q", "")}},
			}},
		{Article: kg.Article{ID: "a", Date: "2023-01-01"},
			Entities: []kg.EntityFact{
				{ID: person, Type: kg.Person, Name: "Mara Quinn", Mentions: []kg.Source{src("a", 2, "q", "2023-01-01")}},
				{ID: film, Type: kg.Film, Name: "NIGHT HARBOR", Aliases: []string{"Night Harbour"}, Properties: map[string]string{"format": kg.FormatSeries}, Mentions: []kg.Source{src("a", 2, "q", "2023-01-01")}},
			},
			Claims: []kg.Claim{
				{Subject: person, Relation: kg.ActedIn, Object: film, Qualifiers: map[string]string{kg.QualCharacter: "Elena"}, Sources: []kg.Source{src("a", 2, "q", "2023-01-01")}},
				{Subject: person, Relation: kg.ActedIn, Object: "film:night", Sources: []kg.Source{src("a", 2, "q", "2023-01-01")}},
				{Subject: film, Property: kg.PropReleaseDate, Value: "2024", Qualifiers: map[string]string{"precision": "year"}, Sources: []kg.Source{src("a", 3, "q", "2023-01-01")}},
				{Subject: film, Property: kg.PropReleaseDate, Value: "2025-02-14", Qualifiers: map[string]string{"precision": "day"}, Sources: []kg.Source{src("a", 4, "q", "2023-01-01")}},
			}},
	}
}

// TestBuilderSameAsBuildDocument: the Builder writes the bytes of
// kg.BuildDocument + WriteJSON for hand-made awkward facts, the seeds, the
// loaders' test articles and a generated corpus, with everything in memory
// and with runs spilt every few kilobytes, whatever the order the articles
// are added in.
func TestBuilderSameAsBuildDocument(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 200
	}
	sets := []struct {
		name  string
		spill int  // a budget small enough to spill several runs
		small bool // under DefaultBudget: the default budget spills nothing
		arts  []kg.ArticleFacts
	}{
		{"awkward facts", 200, true, awkwardArticles()},
		{"seeds", 4 << 10, true, MustExtract(t, "seeds")},
		// The test pool (over 700 articles) holds more than DefaultBudget of
		// facts: with the default budget it spills too.
		{"loaders testdata", 4 << 10, false, MustExtract(t, "loaders/testdata")},
		{"generated", 4 << 10, true, func() []kg.ArticleFacts {
			res, err := loaders.Extract(t.Context(), gen.Generate(5, n).Inputs, loaders.Options{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			return res.Articles
		}()},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, set := range sets {
		var want bytes.Buffer
		doc := kg.BuildDocument(set.arts)
		if err := doc.WriteJSON(&want); err != nil {
			t.Fatal(err)
		}
		for _, budget := range []int{0, set.spill} {
			for _, order := range []string{"article order", "shuffled"} {
				t.Run(fmt.Sprintf("%s/budget=%d/%s", set.name, budget, order), func(t *testing.T) {
					arts := append([]kg.ArticleFacts(nil), set.arts...)
					if order == "shuffled" {
						r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
					}
					got, st := MustBuild(t, arts, budget)
					if !bytes.Equal(got, want.Bytes()) {
						t.Fatalf("Builder wrote %d bytes, BuildDocument %d; first difference at byte %d", len(got), want.Len(), firstDiff(got, want.Bytes()))
					}
					if budget > 0 && st.Runs < 2 {
						t.Errorf("budget %d spilt %d runs, want several", budget, st.Runs)
					}
					if budget == 0 && set.small && st.Runs != 0 {
						t.Errorf("default budget spilt %d runs for a small corpus", st.Runs)
					}
					if nodes, edges := sum(st.Nodes), sum(st.Edges); nodes != len(doc.Nodes) || edges != len(doc.Edges) || st.Conflicts != len(doc.Conflicts) {
						t.Errorf("stats count %d nodes, %d edges, %d conflicts; the document has %d, %d, %d",
							nodes, edges, st.Conflicts, len(doc.Nodes), len(doc.Edges), len(doc.Conflicts))
					}
				})
			}
		}
	}
}

// TestBuilderMergePasses: with more runs than are merged at once, the
// earliest runs are merged first, in several passes, and the document is
// still the same bytes.
func TestBuilderMergePasses(t *testing.T) {
	defer func(n int) { maxFanIn = n }(maxFanIn)
	sets := []struct {
		name   string
		budget int
		arts   []kg.ArticleFacts
	}{
		{"awkward facts", 100, awkwardArticles()},
		{"seeds and loaders testdata", 2 << 10, MustExtract(t, "seeds", "loaders/testdata")},
	}
	for _, set := range sets {
		var want bytes.Buffer
		if err := kg.BuildDocument(set.arts).WriteJSON(&want); err != nil {
			t.Fatal(err)
		}
		for _, fanIn := range []int{2, 3, 7} {
			t.Run(fmt.Sprintf("%s/fan-in=%d", set.name, fanIn), func(t *testing.T) {
				maxFanIn = fanIn
				got, st := MustBuild(t, set.arts, set.budget)
				if st.Runs <= fanIn {
					t.Fatalf("%d runs spilt, want more than %d", st.Runs, fanIn)
				}
				if !bytes.Equal(got, want.Bytes()) {
					t.Fatalf("Builder wrote %d bytes, BuildDocument %d; first difference at byte %d", len(got), want.Len(), firstDiff(got, want.Bytes()))
				}
			})
		}
	}
}

func sum[K comparable](m map[K]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func firstDiff(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// errWriter fails every write.
type errWriter struct{}

var errSinkFull = errors.New("sink full")

func (errWriter) Write([]byte) (int, error) { return 0, errSinkFull }

// TestBuilderErrors: an unusable temporary directory, a failing output, a
// corrupt run file are reported; Close removes the temporary files in
// every case.
func TestBuilderErrors(t *testing.T) {
	arts := awkwardArticles()
	t.Run("temporary directory cannot be made", func(t *testing.T) {
		if _, err := New(Options{Dir: filepath.Join(t.TempDir(), "missing", "dir")}); err == nil {
			t.Fatal("New succeeded under a missing directory")
		}
	})
	t.Run("output fails", func(t *testing.T) {
		b, err := New(Options{Dir: t.TempDir(), Budget: 256})
		if err != nil {
			t.Fatal(err)
		}
		for _, af := range arts {
			if err := b.Add(af); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := b.Write(t.Context(), errWriter{}); !errors.Is(err, errSinkFull) {
			t.Errorf("Write = %v, want %v", err, errSinkFull)
		}
		dir := b.dir
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(dir); !os.IsNotExist(err) {
			t.Errorf("temporary directory %s left behind", dir)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		b, err := New(Options{Dir: t.TempDir(), Budget: 256})
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		for _, af := range arts {
			if err := b.Add(af); err != nil {
				t.Fatal(err)
			}
		}
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if _, err := b.Write(ctx, &bytes.Buffer{}); !errors.Is(err, context.Canceled) {
			t.Errorf("Write = %v, want %v", err, context.Canceled)
		}
	})
	t.Run("run file truncated", func(t *testing.T) {
		b, err := New(Options{Dir: t.TempDir(), Budget: 256})
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		for _, af := range arts {
			if err := b.Add(af); err != nil {
				t.Fatal(err)
			}
		}
		if len(b.facts.runs) == 0 {
			t.Fatal("nothing spilt")
		}
		if err := os.Truncate(b.facts.runs[0], 7); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Write(t.Context(), &bytes.Buffer{}); !errors.Is(err, errCorrupt) {
			t.Errorf("Write = %v, want %v", err, errCorrupt)
		}
	})
}
