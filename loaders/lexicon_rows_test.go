package loaders

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// rowTestWords are the words the row look-ups are checked on: every word of
// the vocabulary, with hyphenated joins, final dots, capitals and words no
// set holds.
func rowTestWords() []string {
	words := []string{"", "writer-director", "actor-producer", "director-", "-director", "writer-tinker", "captain.",
		"sgt.", "gen.", "vol.", "Directed", "perrin", "vasquez", "salt", "ledger", "chapter", "i", "one", "five", "six", "iv", "12"}
	for w := range vocabIDs {
		words = append(words, w, w+".", w+"-"+w, strings.ToUpper(w))
	}
	slices.Sort(words)
	return slices.Compact(words)
}

// TestLexiconRows checks each look-up speed_s24s1_rows.go serves from a
// word's vocabulary row against the map look-up it replaces, for every
// vocabulary word and some others.
func TestLexiconRows(t *testing.T) {
	words := rowTestWords()
	t.Run("crewVerbWords is registered", func(t *testing.T) {
		if slotOf(crewVerbWords) == nil {
			t.Fatal("crewVerbWords is not a registered set: its look-ups hash the word")
		}
	})
	t.Run("crewVerbWords is the six verb sets and the four participles", func(t *testing.T) {
		want := map[string]bool{"directed": true, "produced": true, "co-directed": true, "co-produced": true}
		for _, s := range []map[string]bool{shootVerbs, designVerbs, directVerbs, writeVerbs, produceVerbs, composeVerbs} {
			maps.Copy(want, s)
		}
		if !maps.Equal(want, crewVerbWords) {
			t.Fatalf("crewVerbWords %v, want %v", crewVerbWords, want)
		}
	})
	t.Run("crewVerbAt", func(t *testing.T) {
		// every word as a word item, and the words of mention items
		var items []item
		for i, w := range words {
			m := int32(-1)
			if i%5 == 0 {
				m = 0
			}
			items = append(items, item{m: m, w: w})
		}
		p := &pctx{it: items}
		for i := -1; i <= len(items); i++ {
			if got, want := p.crewVerbAt(i), isCrewVerb(p.w(i)); got != want {
				t.Fatalf("item %d %q: crewVerbAt %v, isCrewVerb %v", i, p.w(i), got, want)
			}
		}
	})
	t.Run("tokLeadNoun", func(t *testing.T) {
		for _, w := range words {
			tok := token{lower: w}
			if got, want := tokLeadNoun(&tok), leadNoun(w); got != want {
				t.Fatalf("%q: tokLeadNoun %v, leadNoun %v", w, got, want)
			}
		}
	})
	t.Run("tokTrimIn", func(t *testing.T) {
		for _, w := range words {
			tok := token{lower: w}
			r := strings.TrimSuffix(w, ".")
			for _, set := range []map[string]bool{characterRanks, leadNouns, commonWords} {
				if got, want := tokTrimIn(&tok, r, set), set[r]; got != want {
					t.Fatalf("%q: tokTrimIn %v, the map %v", w, got, want)
				}
			}
		}
	})
	t.Run("gates hold their tables' keys", func(t *testing.T) {
		for _, c := range []struct {
			gate map[string]bool
			keys []string
		}{
			{jobNounKeys, slices.Collect(maps.Keys(jobNouns))},
			{runVerbKeys, slices.Collect(maps.Keys(runVerbs))},
			{pluralRunVerbKeys, slices.Collect(maps.Keys(pluralRunVerbs))},
			{kindRelKeys, slices.Collect(maps.Keys(kindRels))},
		} {
			if slotOf(c.gate) == nil || len(c.gate) != len(c.keys) {
				t.Fatalf("gate of %d words for a table of %d (registered: %v)", len(c.gate), len(c.keys), slotOf(c.gate) != nil)
			}
			for _, k := range c.keys {
				if !c.gate[k] {
					t.Fatalf("gate misses %q", k)
				}
			}
		}
	})
	t.Run("one row for several sets", func(t *testing.T) {
		for _, w := range append(words, "venice film festival", "director's cut", "30th anniversary", "the salt ledger") {
			r := strings.TrimSuffix(w, ".")
			if got, want := rankWord(w), characterRanks[r] || rankModifiers[r] || nameTitles[r] || postWords[r]; got != want {
				t.Fatalf("rankWord(%q) = %v, the maps %v", w, got, want)
			}
			last := w[strings.LastIndexByte(w, ' ')+1:]
			want := platformNames[w] || worldNames[w] || editionCuts[w] || eventNames[w] ||
				(editionWords[last] || eventWords[last] && strings.Contains(w, " ")) && !strings.Contains(w, ":")
			if got := nonSubjectKey(w); got != want {
				t.Fatalf("nonSubjectKey(%q) = %v, the maps %v", w, got, want)
			}
			if m := (mention{key: w}); (platformNames[w] || studioNames[w]) && !lexicalCompany(&m) {
				t.Fatalf("lexicalCompany(%q) misses a platform or studio", w)
			}
		}
	})
	t.Run("tokMonth and inLower", func(t *testing.T) {
		for _, w := range words {
			tok := token{lower: w}
			if got, want := tokMonth(&tok), months[w] != 0; got != want {
				t.Fatalf("tokMonth(%q) = %v, the map %v", w, got, want)
			}
			for _, s := range []string{w, strings.ToUpper(w), "Q" + w} {
				for _, set := range []map[string]bool{commonWords, realOrgWords, channelNumerals, {"perrin": true}} {
					if got, want := inLower(set, s), set[strings.ToLower(s)]; got != want {
						t.Fatalf("inLower(%q) = %v, the map %v", s, got, want)
					}
				}
			}
		}
	})
	t.Run("givenWord", func(t *testing.T) {
		all := slices.Collect(maps.Keys(givenNames()))
		for _, w := range append(all, words...) {
			_, want := givenNames()[w]
			if got := givenWord(w); got != want {
				t.Fatalf("givenWord(%q) = %v, the map %v", w, got, want)
			}
		}
	})
	t.Run("partWordNumeral", func(t *testing.T) {
		for _, w := range words {
			if romanOrNumber(w) == "" && partWordNumeral(w) != partNumeral(w) {
				t.Fatalf("%q: partWordNumeral %q, partNumeral %q", w, partWordNumeral(w), partNumeral(w))
			}
		}
	})
}

// TestFilmAnaphorRel checks the switch against the six relationships it
// holds, and that no other relationship passes.
func TestFilmAnaphorRel(t *testing.T) {
	want := map[kg.RelType]bool{kg.ActedIn: true, kg.Directed: true, kg.Wrote: true, kg.Produced: true, kg.WorkedOn: true, kg.Distributed: true}
	for _, r := range append(slices.Collect(maps.Keys(want)), kg.AppearsIn, kg.Portrayed, kg.SpinOffOf, kg.PrequelOf, "") {
		t.Run(string(r), func(t *testing.T) {
			if got := filmAnaphorRel(r); got != want[r] {
				t.Fatalf("filmAnaphorRel(%q) = %v, want %v", r, got, want[r])
			}
		})
	}
}
