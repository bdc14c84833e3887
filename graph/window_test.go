package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/franchisekg/franchisekg/internal/apibench"
	"github.com/franchisekg/franchisekg/internal/testdb"
)

// TestLoneRootsSkipTheWindow: the nested fields of an object that is not
// an element of a list (a root field's film or person) read straight from
// the store: no loader batch, so no batching window that no sibling key
// could ever join. Lists below it still batch their elements' reads
// through the loaders (the counter sees those), and two aliased root
// fields, of different films or of the same one, answer as they would
// alone. Asserted by the store calls a loader's batch made
// (dataload.Windowed), not by a clock.
func TestLoneRootsSkipTheWindow(t *testing.T) {
	s := testdb.MustEmptyStore(t)
	mustWrite(t, s, apibench.CastFixture(12, 2))
	c, counter := mustClient(t, s, apiOptions{})

	check := func(t *testing.T, name, query string, wantTrips int64, vars ...client.Option) json.RawMessage {
		t.Helper()
		var out json.RawMessage
		counter.reset()
		mustRun(t, c, query, &out, vars...)
		windowed, trips := counter.windowed.Load(), counter.reset()
		if windowed != 0 {
			t.Errorf("%s: %d of %d store calls made by a loader batch, want none (a lone object waited for a batching window)", name, windowed, trips)
		}
		if trips != wantTrips {
			t.Errorf("%s: %d round trips, want %d", name, trips, wantTrips)
		}
		return out
	}

	// the benchmark's cast and filmography shapes: film (or person), then
	// one level of relations (and co-stars) read directly
	const cast = `query($id: ID) { film(id: $id) { title cast { person { id name } characterName disputed
  sources { article { id title } sentence quote } } } }`
	castOf := func(id string) json.RawMessage {
		return check(t, "cast of "+id, cast, 2, client.Var("id", id))
	}
	whole := castOf(apibench.FilmID(0))
	var film struct {
		Film struct {
			Cast []struct {
				Person        named  `json:"person"`
				CharacterName string `json:"characterName"`
				Sources       []source
			} `json:"cast"`
		} `json:"film"`
	}
	if err := json.Unmarshal(whole, &film); err != nil || len(film.Film.Cast) != 12 {
		t.Fatalf("cast: %v, %d credits, want 12: %s", err, len(film.Film.Cast), whole)
	}
	for _, ac := range film.Film.Cast {
		if ac.CharacterName == "" || len(ac.Sources) != 1 {
			t.Errorf("credit %+v: want a character name and one source", ac)
		}
	}
	fg := check(t, "filmography", `query($id: ID) { person(id: $id) { name actingCredits { film { id title } characterName }
  coStars(first: 10) { person { name } films { title } } } }`, 3, client.Var("id", apibench.PersonID(3)))
	var person struct {
		Person struct {
			ActingCredits []struct{ Film named } `json:"actingCredits"`
			CoStars       []struct {
				Person named
				Films  []named
			} `json:"coStars"`
		} `json:"person"`
	}
	if err := json.Unmarshal(fg, &person); err != nil || len(person.Person.ActingCredits) != 3 || len(person.Person.CoStars) != 10 {
		t.Fatalf("filmography: %v, %d credits and %d co-stars, want 3 and 10: %s", err, len(person.Person.ActingCredits), len(person.Person.CoStars), fg)
	}
	for _, cs := range person.Person.CoStars {
		if cs.Person.Name == "" || len(cs.Films) != 1 || cs.Films[0].Title != "Gen Film 00000" {
			t.Errorf("co-star %+v: want a name and the one shared film", cs)
		}
	}

	// aliased root fields: each a lone object, each answered as alone
	other := castOf(apibench.FilmID(1))
	var both struct {
		A json.RawMessage `json:"a"`
		B json.RawMessage `json:"b"`
	}
	const twoCasts = `query($a: ID, $b: ID) { a: film(id: $a) { title cast { person { id name } characterName disputed
  sources { article { id title } sentence quote } } }
  b: film(id: $b) { title cast { person { id name } characterName disputed
  sources { article { id title } sentence quote } } } }`
	for _, ids := range [][2]string{{apibench.FilmID(0), apibench.FilmID(1)}, {apibench.FilmID(1), apibench.FilmID(0)}} {
		out := check(t, "two aliased films", twoCasts, 4, client.Var("a", ids[0]), client.Var("b", ids[1]))
		if err := json.Unmarshal(out, &both); err != nil {
			t.Fatal(err)
		}
		want := map[string]json.RawMessage{apibench.FilmID(0): whole, apibench.FilmID(1): other}
		if a, b := wrap(t, both.A), wrap(t, both.B); a != compact(t, want[ids[0]]) || b != compact(t, want[ids[1]]) {
			t.Errorf("aliased films %v:\n a %s\n b %s\nwant\n a %s\n b %s", ids, a, b, want[ids[0]], want[ids[1]])
		}
	}
	// the same film twice: a lookup each, one read of its relations
	// shared, both answers complete
	out := check(t, "one film aliased twice", `query($id: ID) { a: film(id: $id) { cast { person { name } } } b: film(id: $id) { cast { characterName } } }`,
		3, client.Var("id", apibench.FilmID(0)))
	var twice struct {
		A struct{ Cast []struct{ Person named } } `json:"a"`
		B struct {
			Cast []struct {
				CharacterName string `json:"characterName"`
			}
		} `json:"b"`
	}
	if err := json.Unmarshal(out, &twice); err != nil || len(twice.A.Cast) != 12 || len(twice.B.Cast) != 12 {
		t.Fatalf("one film aliased twice: %v, casts of %d and %d, want 12: %s", err, len(twice.A.Cast), len(twice.B.Cast), out)
	}
	for i := range twice.A.Cast {
		if twice.A.Cast[i].Person.Name != film.Film.Cast[i].Person.Name || twice.B.Cast[i].CharacterName != film.Film.Cast[i].CharacterName {
			t.Errorf("credit %d: %q / %q, want %q / %q", i, twice.A.Cast[i].Person.Name, twice.B.Cast[i].CharacterName,
				film.Film.Cast[i].Person.Name, film.Film.Cast[i].CharacterName)
		}
	}

	// elements of lists still batch: the casts of each actor's films are
	// read through a loader (the counter sees it)
	counter.reset()
	mustRun(t, c, `query($id: ID) { film(id: $id) { cast { person { actingCredits { film { cast { person { name } } } } } } } }`,
		nil, client.Var("id", apibench.FilmID(0)))
	if windowed, trips := counter.windowed.Load(), counter.reset(); windowed == 0 {
		t.Errorf("casts of the cast's films: none of %d store calls made by a loader batch, want the last level's", trips)
	}
}

// wrap is compact of one aliased film as a lone query gives it
// ({"film": ...}).
func wrap(t *testing.T, film json.RawMessage) string {
	b, _ := json.Marshal(map[string]json.RawMessage{"film": film})
	return compact(t, b)
}

// compact re-encodes raw (objects' keys sorted) for comparison.
func compact(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
