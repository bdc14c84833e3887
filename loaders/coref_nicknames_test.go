package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNicknames checks that a person named by a familiar form of the given
// name joins the full name: alone ("Leo" of "Leopold Marsh") or with the
// surname ("Bob Vance" of "Robert Vance"); two given names of one surname
// written in one sentence stay two people.
func TestNicknames(t *testing.T) {
	cases := []struct {
		name, text string
		typ        kg.NodeType
		want, not  []string
	}{
		{"opening letters alone", "The score of Glass Harbour is by Leopold Marsh and Ida Kroll.\n" +
			"The sequel was also scored by Leo, with Ida Kroll.\n",
			kg.Person, []string{"leopold marsh"}, []string{"leo"}},
		{"familiar form and surname", "Glass Harbour stars Robert Vance as Rolf Adder.\n" +
			"Bob Vance also produced the film.\n",
			kg.Person, []string{"robert vance"}, []string{"bob vance"}},
		{"guard: one sentence", "Glass Harbour was directed by Andrew Vale and Ida Roe, with Andy Vale as Rolf Adder.\n",
			kg.Person, []string{"andrew vale", "andy vale"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkEntityKeys(t, c.text, c.typ, c.want, c.not)
		})
	}
}

// TestNicknameOf checks the familiar forms nicknameOf accepts.
func TestNicknameOf(t *testing.T) {
	cases := []struct {
		short, formal string
		want          bool
	}{
		{"leo", "leopold", true},
		{"bob", "robert", true},
		{"kate", "catherine", true},
		{"al", "albert", false},    // too short
		{"rob", "rob", false},      // the same name
		{"glass", "glassy", false}, // no given names
	}
	for _, c := range cases {
		t.Run(c.short+" of "+c.formal, func(t *testing.T) {
			if got := nicknameOf(c.short, c.formal); got != c.want {
				t.Errorf("nicknameOf(%q, %q) = %v, want %v", c.short, c.formal, got, c.want)
			}
		})
	}
}
