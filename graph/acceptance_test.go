package graph_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// The acceptance tests of the issue, in-process over the seeds loaded into
// the real Neo4j through the real pipeline.

type source struct {
	Article struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	} `json:"article"`
	Sentence int    `json:"sentence"`
	Quote    string `json:"quote"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

type named struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Title   string   `json:"title"`
	Aliases []string `json:"aliases"`
}

// knownAs reports whether n is called want (name or alias, folded).
func (n named) knownAs(want string) bool {
	for _, s := range append([]string{n.Name, n.Title}, n.Aliases...) {
		if s != "" && kg.Fold(s) == kg.Fold(want) {
			return true
		}
	}
	return false
}

type actingCredit struct {
	Person         named  `json:"person"`
	Film           named  `json:"film"`
	Character      *named `json:"character"`
	CharacterName  string `json:"characterName"`
	CharacterNames []struct {
		Value   string   `json:"value"`
		Sources []source `json:"sources"`
	} `json:"characterNames"`
	Disputed bool     `json:"disputed"`
	Sources  []source `json:"sources"`
}

// playsAs reports whether the credit names the character want, by a
// character name the sources give or by the linked character's name or
// aliases.
func (a actingCredit) playsAs(want string) bool {
	for _, v := range a.CharacterNames {
		if kg.Fold(v.Value) == kg.Fold(want) {
			return true
		}
	}
	return a.Character != nil && a.Character.knownAs(want)
}

func checkSources(t *testing.T, what string, src []source) {
	t.Helper()
	if len(src) == 0 {
		t.Errorf("%s: no sources", what)
	}
	for _, s := range src {
		if s.Article.ID == "" || s.Quote == "" || s.End <= s.Start {
			t.Errorf("%s: incomplete source %+v", what, s)
		}
	}
}

const castQuery = `query($id: ID) { film(id: $id) {
  id title
  cast { person { id name aliases } film { id title } character { id name aliases } characterName
         characterNames { value sources { article { id } quote } } disputed
         sources { article { id title } sentence quote start end } }
  crew { person { id name } job jobTitle sources { article { id } sentence quote start end } }
} }`

func TestAcceptanceBallerina(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	var out struct {
		Film struct {
			named
			Cast []actingCredit `json:"cast"`
			Crew []struct {
				Person   named    `json:"person"`
				Job      string   `json:"job"`
				JobTitle string   `json:"jobTitle"`
				Sources  []source `json:"sources"`
			} `json:"crew"`
		} `json:"film"`
	}
	mustRun(t, c, castQuery, &out, clientVar("id", "film:ballerina"))
	if out.Film.Title != "Ballerina" {
		t.Fatalf("film:ballerina is %+v", out.Film.named)
	}
	cast := map[string]actingCredit{}
	for _, ac := range out.Film.Cast {
		cast[ac.Person.Name] = ac
		checkSources(t, "cast "+ac.Person.Name, ac.Sources)
	}
	t.Run("billed cast with characters", func(t *testing.T) {
		tests := []struct {
			person     string
			characters []string
			disputed   bool
		}{
			{"Ana de Armas", []string{"Eve Macarro", "Rooney"}, true},
			{"Anjelica Huston", []string{"The Director"}, false},
			{"Ian McShane", []string{"Winston"}, false},
			{"Lance Reddick", []string{"Charon"}, false},
			{"Keanu Reeves", []string{"John Wick"}, false},
			{"Gabriel Byrne", nil, false},
			{"Catalina Sandino Moreno", nil, false},
			{"Norman Reedus", nil, false},
		}
		for _, tt := range tests {
			t.Run(tt.person, func(t *testing.T) {
				ac, ok := cast[tt.person]
				if !ok {
					t.Fatalf("not in the cast: %v", keys(cast))
				}
				for _, ch := range tt.characters {
					if !ac.playsAs(ch) {
						t.Errorf("character %q missing: characterName %q, character %+v", ch, ac.CharacterName, ac.Character)
					}
				}
				if ac.Disputed != tt.disputed {
					t.Errorf("disputed = %v, want %v", ac.Disputed, tt.disputed)
				}
				if tt.disputed {
					for _, v := range ac.CharacterNames {
						if len(v.Sources) == 0 {
							t.Errorf("character value %q has no sources", v.Value)
						}
					}
				}
			})
		}
	})
	t.Run("crew", func(t *testing.T) {
		want := map[string]string{"Len Wiseman": "DIRECTOR", "Shay Hatten": "WRITER", "Basil Iwanyk": "PRODUCER",
			"Erica Lee": "PRODUCER", "Chad Stahelski": "PRODUCER"}
		for person, job := range want {
			found := false
			for _, cc := range out.Film.Crew {
				if cc.Person.Name == person && cc.Job == job {
					found = true
					checkSources(t, person+" "+job, cc.Sources)
				}
			}
			if !found {
				t.Errorf("crew lacks %s as %s", person, job)
			}
		}
	})
}

func TestAcceptanceAnjelicaHuston(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	var out struct {
		Person struct {
			named
			ActingCredits []actingCredit `json:"actingCredits"`
		} `json:"person"`
		SharedCast []named `json:"sharedCast"`
	}
	mustRun(t, c, `{ person(name: "ANJELICA HUSTON") { id name actingCredits { film { id title aliases } sources { article { id } sentence quote start end } } }
	  sharedCast(films: ["film:ballerina", "film:john-wick-chapter-3-parabellum"]) { id name } }`, &out)
	var films []string
	for _, ac := range out.Person.ActingCredits {
		films = append(films, ac.Film.Title)
		checkSources(t, "credit "+ac.Film.Title, ac.Sources)
	}
	slices.Sort(films)
	if want := []string{"Ballerina", "John Wick: Chapter 3 – Parabellum"}; !slices.Equal(films, want) {
		t.Errorf("films = %q, want %q", films, want)
	}
	if !slices.ContainsFunc(out.SharedCast, func(n named) bool { return n.Name == "Anjelica Huston" }) {
		t.Errorf("sharedCast = %+v lacks Anjelica Huston", out.SharedCast)
	}
}

func TestAcceptanceOrganisations(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	type membership struct {
		Role     string   `json:"role"`
		Member   named    `json:"member"`
		PlayedBy []named  `json:"playedBy"`
		Sources  []source `json:"sources"`
	}
	var out struct {
		Roma struct {
			named
			World   string       `json:"world"`
			Members []membership `json:"members"`
		} `json:"roma"`
		Hotel struct {
			named
			World   string       `json:"world"`
			Members []membership `json:"members"`
		} `json:"hotel"`
		Series struct {
			named
			Format string `json:"format"`
		} `json:"series"`
	}
	const members = `members { role member { ... on Character { id name aliases } ... on Person { id name aliases } } playedBy { name } sources { article { id } sentence quote start end } }`
	mustRun(t, c, `{ roma: organisation(name: "the ruska roma") { id name world `+members+` }
	  hotel: organisation(name: "The Continental") { id name world `+members+` }
	  series: film(title: "The Continental") { id title format } }`, &out)

	t.Run("head of the Ruska Roma", func(t *testing.T) {
		var heads []membership
		for _, m := range out.Roma.Members {
			if m.Role == "head" {
				heads = append(heads, m)
			}
		}
		if len(heads) != 1 || !heads[0].Member.knownAs("The Director") {
			t.Fatalf("heads = %+v", heads)
		}
		if len(heads[0].PlayedBy) == 0 || heads[0].PlayedBy[0].Name != "Anjelica Huston" {
			t.Errorf("the head is played by %+v", heads[0].PlayedBy)
		}
		checkSources(t, "head", heads[0].Sources)
	})
	t.Run("the Continental hotel is not the series", func(t *testing.T) {
		if out.Hotel.ID != "organisation:the-continental" || out.Hotel.World != "FICTIONAL" {
			t.Errorf("hotel = %+v %s", out.Hotel.named, out.Hotel.World)
		}
		if out.Series.ID != "film:the-continental" || out.Series.Format != "SERIES" {
			t.Errorf("series = %+v %s", out.Series.named, out.Series.Format)
		}
		roles := map[string]string{}
		for _, m := range out.Hotel.Members {
			roles[m.Member.Name+":"+m.Role] = m.Role
			checkSources(t, "member "+m.Member.Name, m.Sources)
		}
		for _, want := range []string{"Winston:owner", "Charon:concierge"} {
			if _, ok := roles[want]; !ok {
				t.Errorf("hotel members %v lack %s", keys(roles), want)
			}
		}
	})
}

func TestAcceptancePathKeanuToWiseman(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	var out struct {
		Path []struct {
			Length int     `json:"length"`
			Nodes  []named `json:"nodes"`
			Steps  []struct {
				Type    string   `json:"type"`
				From    named    `json:"from"`
				To      named    `json:"to"`
				Sources []source `json:"sources"`
			} `json:"steps"`
		} `json:"path"`
	}
	mustRun(t, c, `{ path(from: "person:keanu-reeves", to: "person:len-wiseman") { length nodes { id }
	  steps { type from { id } to { id } sources { article { id } sentence quote start end } } } }`, &out)
	if len(out.Path) == 0 {
		t.Fatal("no path")
	}
	for _, p := range out.Path {
		if p.Length != 2 || len(p.Nodes) != 3 || p.Nodes[1].ID != "film:ballerina" {
			t.Errorf("path %+v does not go through Ballerina in 2 hops", p.Nodes)
		}
		for _, st := range p.Steps {
			checkSources(t, st.Type, st.Sources)
		}
	}
	if p := out.Path[0]; p.Steps[0].Type != "ACTED_IN" || p.Steps[0].From.ID != "person:keanu-reeves" {
		t.Errorf("first step %+v", p.Steps[0])
	}
}

func TestAcceptanceConflicts(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	var out struct {
		Conflicts struct {
			TotalCount int `json:"totalCount"`
			Nodes      []struct {
				Subject  named  `json:"subject"`
				Relation string `json:"relation"`
				Object   *named `json:"object"`
				Property string `json:"property"`
				Values   []struct {
					Value   string   `json:"value"`
					Sources []source `json:"sources"`
				} `json:"values"`
			} `json:"nodes"`
		} `json:"conflicts"`
	}
	mustRun(t, c, `{ conflicts(first: 50) { totalCount nodes { subject { id } relation object { id } property
	  values { value sources { article { id } sentence quote start end } } } } }`, &out)
	got := map[string][]string{}
	for _, k := range out.Conflicts.Nodes {
		key := k.Subject.ID + " " + k.Relation + " " + k.Property
		for _, v := range k.Values {
			got[key] = append(got[key], v.Value)
			checkSources(t, key+"="+v.Value, v.Sources)
		}
	}
	tests := []struct{ key, contains string }{
		{"person:ana-de-armas ACTED_IN character", "Eve Macarro"},
		{"person:ana-de-armas ACTED_IN character", "Rooney"},
		{"film:ballerina  releaseDate", "2024-06-07"},
	}
	for _, tt := range tests {
		t.Run(tt.key+"="+tt.contains, func(t *testing.T) {
			if !slices.Contains(got[tt.key], tt.contains) {
				t.Errorf("conflicts %v lack %s = %s", got, tt.key, tt.contains)
			}
		})
	}
	if out.Conflicts.TotalCount != len(out.Conflicts.Nodes) {
		t.Errorf("totalCount %d, listed %d", out.Conflicts.TotalCount, len(out.Conflicts.Nodes))
	}
}

func TestAcceptanceLookupAndSearch(t *testing.T) {
	s := mustSeedStore(t)
	c, _ := mustClient(t, s, apiOptions{})
	t.Run("misspelt name", func(t *testing.T) {
		var out struct{ Person named }
		mustRun(t, c, `{ person(name: "Gabriel Bryne") { id name } }`, &out)
		if out.Person.ID != "person:gabriel-byrne" || out.Person.Name != "Gabriel Byrne" {
			t.Errorf("person = %+v", out.Person)
		}
	})
	t.Run("accent-insensitive alias", func(t *testing.T) {
		var out struct{ Person named }
		mustRun(t, c, `{ person(name: "david castaneda") { id name } }`, &out)
		if out.Person.ID != "person:david-casteneda" {
			t.Errorf("person = %+v", out.Person)
		}
	})
	t.Run("search wick", func(t *testing.T) {
		var out struct {
			Search []struct {
				Score   float64 `json:"score"`
				Matched string  `json:"matched"`
				Node    struct {
					Typename string `json:"__typename"`
					ID       string `json:"id"`
				} `json:"node"`
			} `json:"search"`
		}
		mustRun(t, c, `{ search(query: "wick", first: 20) { score matched node { __typename id } } }`, &out)
		types := map[string]bool{}
		for i, h := range out.Search {
			types[h.Node.Typename] = true
			if !strings.Contains(kg.Fold(h.Matched), "wick") {
				t.Errorf("hit %s matched %q", h.Node.ID, h.Matched)
			}
			if i > 0 && h.Score > out.Search[i-1].Score {
				t.Errorf("hits not ranked: %v", out.Search)
			}
		}
		for _, want := range []string{"Franchise", "Character", "Film"} {
			if !types[want] {
				t.Errorf("search wick lacks a %s: %+v", want, out.Search)
			}
		}
		films := 0
		for _, h := range out.Search {
			if h.Node.Typename == "Film" {
				films++
			}
		}
		if films < 2 {
			t.Errorf("search wick returns %d films, want the John Wick films", films)
		}
	})
	t.Run("typo tolerant search", func(t *testing.T) {
		var out struct {
			Search []struct{ Node named } `json:"search"`
		}
		mustRun(t, c, `{ search(query: "Keanu Reves", types: [PERSON], first: 1) { node { id } } }`, &out)
		if len(out.Search) != 1 || out.Search[0].Node.ID != "person:keanu-reeves" {
			t.Errorf("search = %+v", out.Search)
		}
	})
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
