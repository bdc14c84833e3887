// Package gen generates synthetic franchise news articles with known facts,
// deterministically from a seed: a corpus for benchmarks, large-graph tests
// and recall tests at scale. Names are made of invented syllables, so they
// collide with nothing real.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/loaders"
)

// Fact is one relationship an article states, by names and types.
type Fact struct {
	Rel      kg.RelType
	From     string
	FromType kg.NodeType
	To       string
	ToType   kg.NodeType
	Article  string
}

// Corpus is a generated set of articles with the facts they state.
type Corpus struct {
	Inputs []loaders.Input
	Facts  []Fact
	Words  int
}

var (
	onsets = []string{"b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "r", "s",
		"st", "t", "tr", "v", "w", "z", "th", "sh", "ch", "qu"}
	vowels = []string{"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"}
	codas  = []string{"", "n", "r", "l", "s", "th", "nd", "rk", "x", "m", "v", "ck", "lt"}
	fill   = []string{
		"Fans have waited a long time for news about the project, and the wait seems to be paying off.",
		"The production reportedly moved between several countries over the course of the shoot.",
		"Early reactions from test screenings have been described as enthusiastic by people close to the project.",
		"Little is known about the plot, which has been kept under wraps by everyone involved.",
		"The previous entry in the series was praised for its practical stunts and its ambitious set pieces.",
		"Industry observers expect the release to be one of the biggest of the season.",
		"The studio has not commented on rumours of further sequels or a television expansion.",
		"Critics who have seen early footage say the tone is darker than that of earlier chapters.",
		"Merchandise and a tie-in game are expected to arrive around the same time as the film.",
		"A trailer released last week has already been viewed millions of times online.",
	}
	ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
	roles    = []string{"leader", "head", "founder", "owner", "member", "agent"}
	orgNouns = []string{"Syndicate", "Order", "Guild", "Council", "Academy", "Agency"}
	studios  = []string{"Pictures", "Studios", "Entertainment", "Films"}
)

type namer struct {
	r    *rand.Rand
	used map[string]bool
}

func (n *namer) word(syl int) string {
	var b strings.Builder
	for i := 0; i < syl; i++ {
		b.WriteString(onsets[n.r.IntN(len(onsets))])
		b.WriteString(vowels[n.r.IntN(len(vowels))])
		if i == syl-1 || n.r.IntN(3) == 0 {
			b.WriteString(codas[n.r.IntN(len(codas))])
		}
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// name returns a fresh name of k words.
func (n *namer) name(k int) string {
	for {
		parts := make([]string, k)
		for i := range parts {
			parts[i] = n.word(2 + n.r.IntN(2))
		}
		s := strings.Join(parts, " ")
		key := kg.Fold(s)
		if !n.used[key] && len(s) > 5 {
			n.used[key] = true
			for _, p := range parts {
				n.used[kg.Fold(p)] = true
			}
			return s
		}
	}
}

type franchise struct {
	name     string
	studio   string
	org      string
	films    []string
	chars    []string
	actors   []string
	director []string
	writer   []string
}

// Generate returns n articles about synthetic franchises, the same for the
// same seed, with the facts each states.
func Generate(seed int64, n int) *Corpus {
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	nm := &namer{r: r, used: map[string]bool{}}
	nf := n/20 + 1
	frs := make([]*franchise, nf)
	for i := range frs {
		f := &franchise{name: nm.name(2)}
		f.studio = nm.word(3) + " " + studios[r.IntN(len(studios))]
		f.org = nm.word(2) + " " + orgNouns[r.IntN(len(orgNouns))]
		for j := 0; j < 4; j++ {
			f.films = append(f.films, f.name+": "+nm.name(2))
			f.director = append(f.director, nm.name(2))
			f.writer = append(f.writer, nm.name(2))
		}
		for j := 0; j < 6; j++ {
			f.chars = append(f.chars, nm.name(2))
			f.actors = append(f.actors, nm.name(2))
		}
		frs[i] = f
	}
	c := &Corpus{}
	for i := 0; i < n; i++ {
		f := frs[r.IntN(nf)]
		id := fmt.Sprintf("gen-%06d", i)
		text, facts := article(r, f, id)
		c.Inputs = append(c.Inputs, loaders.Input{Article: kg.Article{ID: id, Path: id + ".txt", Date: "2024-01-01"}, Text: text})
		c.Facts = append(c.Facts, facts...)
		c.Words += len(strings.Fields(text))
	}
	return c
}

// GenerateBytes returns articles until their text reaches about size bytes.
func GenerateBytes(seed int64, size int) *Corpus {
	n := size/2600 + 1
	return Generate(seed, n)
}

func article(r *rand.Rand, f *franchise, id string) (string, []Fact) {
	fi := r.IntN(len(f.films))
	film := f.films[fi]
	var b strings.Builder
	var facts []Fact
	add := func(rel kg.RelType, from string, ft kg.NodeType, to string, tt kg.NodeType) {
		facts = append(facts, Fact{rel, from, ft, to, tt, id})
	}
	filler := func(k int) {
		for i := 0; i < k; i++ {
			b.WriteString(fill[r.IntN(len(fill))])
			b.WriteByte(' ')
		}
	}
	b.WriteString(" date 2024-01-01\n")
	fmt.Fprintf(&b, "New Details Emerge About %s\n\n", film)
	fmt.Fprintf(&b, "%s has announced the release date for %s, the %s installment of the %s franchise. ",
		f.studio, film, ordinals[fi%len(ordinals)], f.name)
	add(kg.Distributed, f.studio, kg.Organisation, film, kg.Film)
	add(kg.PartOf, film, kg.Film, f.name, kg.Franchise)
	filler(2)
	fmt.Fprintf(&b, "%s directed the film from a screenplay by %s. ", f.director[fi], f.writer[fi])
	add(kg.Directed, f.director[fi], kg.Person, film, kg.Film)
	add(kg.Wrote, f.writer[fi], kg.Person, film, kg.Film)
	b.WriteString("\n\n")
	a := r.Perm(len(f.actors))[:4]
	fmt.Fprintf(&b, "%s stars as %s, the %s of the %s. ", f.actors[a[0]], f.chars[a[0]], roles[r.IntN(len(roles))], f.org)
	add(kg.ActedIn, f.actors[a[0]], kg.Person, film, kg.Film)
	add(kg.Portrayed, f.actors[a[0]], kg.Person, f.chars[a[0]], kg.Character)
	add(kg.AppearsIn, f.chars[a[0]], kg.Character, film, kg.Film)
	add(kg.MemberOf, f.chars[a[0]], kg.Character, f.org, kg.Organisation)
	filler(1)
	fmt.Fprintf(&b, "Along with %s, the film also features %s, %s, and %s. ", f.actors[a[0]], f.actors[a[1]], f.actors[a[2]], f.actors[a[3]])
	for _, k := range a[1:] {
		add(kg.ActedIn, f.actors[k], kg.Person, film, kg.Film)
	}
	fmt.Fprintf(&b, "The story follows %s (%s) as the conflict with the %s grows. ", f.chars[a[1]], f.actors[a[1]], f.org)
	add(kg.Portrayed, f.actors[a[1]], kg.Person, f.chars[a[1]], kg.Character)
	add(kg.AppearsIn, f.chars[a[1]], kg.Character, film, kg.Film)
	filler(2)
	b.WriteString("\n\n")
	if fi > 0 {
		fmt.Fprintf(&b, "The film is a sequel to %s, which was directed by %s. ", f.films[fi-1], f.director[fi-1])
		add(kg.SequelOf, film, kg.Film, f.films[fi-1], kg.Film)
		add(kg.Directed, f.director[fi-1], kg.Person, f.films[fi-1], kg.Film)
		add(kg.PartOf, f.films[fi-1], kg.Film, f.name, kg.Franchise)
	}
	fmt.Fprintf(&b, "%s plays %s in a supporting role. ", f.actors[a[2]], f.chars[a[2]])
	add(kg.Portrayed, f.actors[a[2]], kg.Person, f.chars[a[2]], kg.Character)
	add(kg.AppearsIn, f.chars[a[2]], kg.Character, film, kg.Film)
	filler(3 + r.IntN(6))
	b.WriteString("\n")
	return b.String(), facts
}
