package kg

import (
	"bytes"
	"reflect"
	"testing"
)

func src(article string, sentence int, date string) Source {
	return Source{Article: article, Sentence: sentence, Start: sentence * 10, End: sentence*10 + 5, Quote: "q", Date: date}
}

// twoArticles is a small corpus about another franchise: two outlets give a
// lead actor different character names and the film different dates.
func twoArticles() []ArticleFacts {
	actor, film := ID(Person, "Mara Quinn"), ID(Film, "Night Harbor")
	return []ArticleFacts{
		{
			Article: Article{ID: "b", Date: "2024-05-01"},
			Entities: []EntityFact{
				{ID: actor, Type: Person, Name: "Mara Quinn", Aliases: []string{"Quinn"}, Mentions: []Source{src("b", 0, "2024-05-01")}},
				{ID: film, Type: Film, Name: "Night Harbor", Properties: map[string]string{"format": FormatFilm}, Mentions: []Source{src("b", 0, "2024-05-01")}},
			},
			Claims: []Claim{
				{Subject: actor, Relation: ActedIn, Object: film, Qualifiers: map[string]string{QualCharacter: "Lena Voss"}, Sources: []Source{src("b", 0, "2024-05-01")}},
				{Subject: film, Property: PropReleaseDate, Value: "2024-10-04", Qualifiers: map[string]string{"precision": "day"}, Sources: []Source{src("b", 1, "2024-05-01")}},
			},
		},
		{
			Article: Article{ID: "a", Date: "2023-01-01"},
			Entities: []EntityFact{
				{ID: actor, Type: Person, Name: "Mara Quinn", Mentions: []Source{src("a", 2, "2023-01-01")}},
				{ID: film, Type: Film, Name: "Night Harbor", Aliases: []string{"NIGHT HARBOR"}, Mentions: []Source{src("a", 2, "2023-01-01")}},
			},
			Claims: []Claim{
				{Subject: actor, Relation: ActedIn, Object: film, Qualifiers: map[string]string{QualCharacter: "Elena"}, Sources: []Source{src("a", 2, "2023-01-01")}},
				{Subject: film, Property: PropReleaseDate, Value: "2024", Qualifiers: map[string]string{"precision": "year"}, Sources: []Source{src("a", 3, "2023-01-01")}},
				{Subject: film, Property: PropReleaseDate, Value: "2025-02-14", Qualifiers: map[string]string{"precision": "day"}, Sources: []Source{src("a", 4, "2023-01-01")}},
			},
		},
	}
}

func TestBuildDocumentKeepsDisagreementsWithSources(t *testing.T) {
	doc := BuildDocument(twoArticles())
	if len(doc.Nodes) != 2 || len(doc.Edges) != 1 {
		t.Fatalf("got %d nodes, %d edges", len(doc.Nodes), len(doc.Edges))
	}
	e := doc.Edges[0]
	if got := e.Properties[QualCharacter]; !reflect.DeepEqual(got, []string{"Elena", "Lena Voss"}) {
		t.Fatalf("character = %#v, want both values", got)
	}
	if len(e.Sources) != 2 {
		t.Fatalf("edge sources = %v", e.Sources)
	}
	if len(doc.Conflicts) != 2 {
		t.Fatalf("conflicts = %+v, want character and releaseDate", doc.Conflicts)
	}
	var dates Conflict
	for _, c := range doc.Conflicts {
		if c.Property == PropReleaseDate {
			dates = c
		}
	}
	// "2024" is compatible with "2024-10-04" but the disagreement with
	// 2025-02-14 is listed with every value's own sources and as-of date.
	if len(dates.Values) != 3 || dates.Values[2].Value != "2025-02-14" || dates.Values[1].AsOf != "2024-05-01" {
		t.Fatalf("release date conflict = %+v", dates)
	}
	film := doc.Nodes[0]
	if film.Type != Film || len(film.Aliases) != 0 {
		t.Fatalf("film node = %+v (an alias differing only by case is not an alias)", film)
	}
}

func TestCompatibleDatesAreNoConflict(t *testing.T) {
	arts := twoArticles()
	arts[1].Claims = arts[1].Claims[:2] // drop 2025-02-14
	arts[1].Claims[0].Qualifiers[QualCharacter] = "lena voss"
	doc := BuildDocument(arts)
	if len(doc.Conflicts) != 0 {
		t.Fatalf("conflicts = %+v, want none", doc.Conflicts)
	}
	if got := doc.Edges[0].Properties[QualCharacter]; got != "Lena Voss" {
		t.Fatalf("character = %#v", got)
	}
}

func TestBuildDocumentIsOrderIndependentAndByteStable(t *testing.T) {
	a := twoArticles()
	b := []ArticleFacts{a[1], a[0]}
	var x, y bytes.Buffer
	if err := BuildDocument(a).WriteJSON(&x); err != nil {
		t.Fatal(err)
	}
	if err := BuildDocument(b).WriteJSON(&y); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Fatalf("output depends on article order:\n%s\n---\n%s", x.String(), y.String())
	}
}
