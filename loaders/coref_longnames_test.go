package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestMergeLongerNames checks that a person or character named again by
// the last words of a longer name, by given names without the surname, or
// without a middle name or initial joins the full name, and that a titled
// full name takes its given name alone; two longer names that fit keep the
// short one apart.
func TestMergeLongerNames(t *testing.T) {
	cases := []struct {
		name, text string
		typ        kg.NodeType
		want, not  []string
	}{
		{"two-word surname", "Kessa Morrow Blane stars in the thriller Glass Harbour, directed by Otto Lind.\n" +
			"Morrow Blane plays a ferry pilot, and Morrow Blane also produced the film.\n",
			kg.Person, []string{"kessa morrow blane"}, []string{"morrow blane"}},
		{"particle surname", "Glass Harbour stars Pieter Van Holt as Rolf Adder.\n" +
			"Van Holt also produced the film.\n",
			kg.Person, []string{"pieter van holt"}, []string{"van holt"}},
		{"courtesy title and two-word surname", "Glass Harbour stars Tobin Reyes Calder as a ferry pilot.\n" +
			"Mr Reyes Calder said the part was the hardest of his career.\n",
			kg.Person, []string{"tobin reyes calder"}, []string{"mr reyes calder", "reyes calder"}},
		{"given names alone", "Glass Harbour stars Maria Elena Quiroga as a ferry pilot.\n" +
			"Maria Elena, as the crew calls her, spent a month on the water.\n",
			kg.Person, []string{"maria elena quiroga"}, []string{"maria elena"}},
		{"middle initial dropped", "In Glass Harbour, Wendell Orr plays Judge Tomas R. Brandt, a ferry pilot's father.\n" +
			"Tomas Brandt never leaves the courthouse.\n",
			kg.Character, []string{"judge tomas r. brandt"}, []string{"tomas brandt"}},
		{"titled full name and given name", "Glass Harbour finds Dr. Abel Quist in an unknown port.\n" +
			"Wendell Orr returns as Abel, with Ida Kroll back as his wife.\n",
			kg.Character, []string{"dr. abel quist"}, []string{"abel"}},
		{"guard: a family", "Glass Harbour stars Ada Lloyd Marsh as Wren and Ben Lloyd Marsh as Corin.\n" +
			"The film was directed by Lloyd Marsh.\n",
			kg.Person, []string{"ada lloyd marsh", "ben lloyd marsh", "lloyd marsh"}, nil},
		{"guard: Don is a given name", "Glass Harbour stars Don Michael Tate and Michael Ruiz as two ferry pilots.\n" +
			"Don Michael Tate directed it, and Michael Ruiz carried it.\n",
			kg.Person, []string{"don michael tate", "michael ruiz"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntityKeys(t, c.text, c.typ, c.want, c.not)
		})
	}
}

// TestLongerNameOf checks the name shapes longerNameOf accepts.
func TestLongerNameOf(t *testing.T) {
	cases := []struct {
		short, long string
		want        bool
	}{
		{"morrow blane", "kessa morrow blane", true},
		{"van der holt", "pieter van der holt", true},
		{"maria elena", "maria elena quiroga", true},
		{"tomas brandt", "tomas r. brandt", true},
		{"tomas brandt", "tomas brandt", false},
		{"glass harbour", "glass harbour quiroga", false}, // not given names
		{"tomas brandt", "tomas r. j. brandt", false},
		{"kessa blane", "kessa morrow", false},
	}
	for _, c := range cases {
		t.Run(c.short+" of "+c.long, func(t *testing.T) {
			if got := longerNameOf(c.short, c.long); got != c.want {
				t.Errorf("longerNameOf(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
			}
		})
	}
}

// checkEntityKeys extracts text and fails t unless every key in want is an
// entity of type typ and no key in not is one (a name that should have
// merged into another stands apart).
func checkEntityKeys(t *testing.T, text string, typ kg.NodeType, want, not []string) {
	t.Helper()
	keys := entityKeys(t, text, typ)
	for _, w := range want {
		if !slices.Contains(keys, w) {
			t.Errorf("no %s %q in %s", typ, w, strings.Join(keys, " | "))
		}
	}
	for _, n := range not {
		if slices.Contains(keys, n) {
			t.Errorf("%s %q stands apart in %s", typ, n, strings.Join(keys, " | "))
		}
	}
}
