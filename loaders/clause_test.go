package loaders

import (
	"slices"
	"strings"
	"testing"
)

// localFacts extracts one article and returns its relationship claims as
// "REL subject -> object" lines (" as C" when a character is known),
// sorted.
func localFacts(t *testing.T, text string) []string {
	t.Helper()
	out := claimLines(localRun(text, ""), " as ", "")
	slices.Sort(out)
	return slices.Compact(out)
}

// TestClauseFallback checks the clause-level fallback on sentences no
// phrase pattern reads: every wanted line must be among the article's
// claims and no unwanted one.
func TestClauseFallback(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"crew verb with co-credits", "Ana Vittor directs from her own script, and Martin Kowalski and Anita Shaw produce alongside Greg Tan.",
			[]string{"DIRECTED ana vittor -> iron creek", "WROTE ana vittor -> iron creek", "PRODUCED greg tan -> iron creek", "PRODUCED anita shaw -> iron creek"}, nil},
		{"joined by a list", "Ethan Ross stars as Will Barron. He is joined by Priya Dalmont and Colm Byrne.",
			[]string{"ACTED_IN priya dalmont -> iron creek", "ACTED_IN colm byrne -> iron creek"}, nil},
		{"rounding out the cast", "Rounding out the cast are Lena Ford, Omar Haddad and Tess Vidal.",
			[]string{"ACTED_IN lena ford -> iron creek", "ACTED_IN omar haddad -> iron creek", "ACTED_IN tess vidal -> iron creek"}, nil},
		{"also starring", "Also starring are Joy Park and Felix Moore.",
			[]string{"ACTED_IN joy park -> iron creek", "ACTED_IN felix moore -> iron creek"}, nil},
		{"role of", "Rita Sol takes on the role of his deputy, Lena Cruz.",
			[]string{"ACTED_IN rita sol -> iron creek as lena cruz"}, nil},
		{"lends her voice", "Eva Stone lends her voice to the narrator, Old Sarah.",
			[]string{"ACTED_IN eva stone -> iron creek as old sarah"}, nil},
		{"crew verb names its films", "Ana Vittor previously directed Dust Road and Sand Kings.",
			[]string{"DIRECTED ana vittor -> dust road", "DIRECTED ana vittor -> sand kings"}, []string{"DIRECTED ana vittor -> iron creek"}},
		{"job noun after an adverb", "Kevin Lowe is also an executive producer.",
			[]string{"PRODUCED kevin lowe -> iron creek"}, nil},
		{"appositive jobs on a named film", "Paul Grant, a longtime writer and executive producer on Iron Creek, is the showrunner.",
			[]string{"WROTE paul grant -> iron creek", "PRODUCED paul grant -> iron creek"}, nil},
		{"company possessive", "Lionsgate's Rush Home Tonight stumbled with $3.3 million.",
			[]string{"DISTRIBUTED lionsgate -> rush home tonight"}, nil},
		{"career clause after a pronoun", "Kate Lind starred in Iron Creek. That same year she crossed into comedy as Mabel Fox in Neon's Paper Moon.",
			[]string{"ACTED_IN kate lind -> paper moon as mabel fox"}, nil},
		{"career clause on a series", "Kate Lind starred in Iron Creek. She spent three years as Ivy Cole on the NBC daytime drama Silver Lane.",
			[]string{"ACTED_IN kate lind -> silver lane as ivy cole"}, nil},
		{"passive cast with no named part", "Tim Rowntree stars as a dad, opposite a weatherman played by Paul Radley.",
			[]string{"ACTED_IN paul radley -> iron creek"}, nil},
		{"cast in a named film", "Lena Ford and Omar Haddad have been cast in Iron Creek.",
			[]string{"ACTED_IN lena ford -> iron creek", "ACTED_IN omar haddad -> iron creek"}, nil},
		{"guard: the original as subject", "Starring Joel Ward and Kate Bell, the original grossed $200 million.",
			nil, []string{"ACTED_IN joel ward -> iron creek", "ACTED_IN kate bell -> iron creek"}},
		{"member of a body", "Jim Oakes plays Tom Barr. Tom Barr is a retired soldier and a founding member of the Iron Riders.",
			[]string{"MEMBER_OF tom barr -> iron riders"}, nil},
		{"people of a company", "Neon president Rita Haas and the Dust Brothers filmmakers Ray Frell and Ann Frell met in Utah.",
			[]string{"MEMBER_OF rita haas -> neon", "MEMBER_OF ray frell -> dust brothers", "MEMBER_OF ann frell -> dust brothers"}, nil},
		{"sentence opening with an earlier film", "Joel Ward leads Iron Creek, a prequel to the film Cold River. Cold River, based on a novel by Ann Lee, stars Kim Ray as Dot Hale.",
			[]string{"ACTED_IN kim ray -> cold river as dot hale"}, []string{"ACTED_IN kim ray -> iron creek as dot hale"}},
		{"guard: exited", "Carl Hughes, originally set to play the harbourmaster, exited the project.",
			nil, []string{"ACTED_IN carl hughes -> iron creek"}},
		{"guard: left after playing", "Jo Marsh, who played Tara, left soon after.",
			[]string{"PORTRAYED jo marsh -> tara"}, []string{"ACTED_IN jo marsh -> iron creek as tara"}},
		{"guard: cast but dropped out", "Dan Price, who was originally cast as Eli, dropped out last spring.",
			nil, []string{"PORTRAYED dan price -> eli"}},
		{"guard: in talks", "Emma Fairlie is in talks to join the cast.",
			nil, []string{"ACTED_IN emma fairlie -> iron creek"}},
		{"guard: earlier films", "Rian Cole, who directed the first two films, returns.",
			nil, []string{"DIRECTED rian cole -> iron creek"}},
		{"guard: another's earlier film", "Ward's previous film, Cold River, was directed by Bo Li.",
			[]string{"DIRECTED bo li -> cold river"}, []string{"DIRECTED ward -> iron creek", "DIRECTED bo li -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}

// lineCase is one invented sentence and the fact lines it must and must
// not give (checkLines).
type lineCase struct {
	name      string
	text      string
	want, not []string
}

// twoTitlesHead opens a test article with a dated headline naming one
// film and a sentence naming two more, so that a case's sentence finds
// every title typed.
const twoTitlesHead = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. " +
	"Critics still rank 'The Salt Ledger' and 'The Grey Harbour' highly. "

// glassHarbourHead opens a test article with a dated review headline and
// a sentence naming the film (The Glass Harbour) and its director, so that
// a case's sentence credits people and companies with that film.
const glassHarbourHead = " date 2026-05-01\nThe Glass Harbour Review\n\nThe Glass Harbour is a 2024 drama directed by Orla Brennick. "

// runLineCases runs each case as a subtest: head and the case's text
// extracted as one article, then checkLines.
func runLineCases(t *testing.T, head string, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// checkLines fails tb for every wanted fact line missing from got and every
// unwanted one present, listing what the article gave.
func checkLines(tb testing.TB, got, want, not []string) {
	tb.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			tb.Errorf("missing %q in\n%s", w, strings.Join(got, "\n"))
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			tb.Errorf("unwanted %q in\n%s", n, strings.Join(got, "\n"))
		}
	}
}
