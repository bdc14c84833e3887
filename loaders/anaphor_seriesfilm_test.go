package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// seriesFilmClaims runs text and returns, for each person named in want,
// whether a credit of that person to the anaphor of the article's film is
// read off "the film" (seriesFilmCredit), with the article's source.
func seriesFilmClaims(t *testing.T, text string) (*article, seriesSource, map[string]bool) {
	t.Helper()
	a := runArticle(t, text)
	src := a.seriesSourceOf()
	got := map[string]bool{}
	for i := range a.claims {
		c := &a.claims[i]
		if c.obj.m >= 0 || c.obj.ana != anaFilm || c.subj.m < 0 {
			continue
		}
		got[a.ments[c.subj.m].text] = got[a.ments[c.subj.m].text] || a.seriesFilmCredit(c)
	}
	return a, src, got
}

func TestSeriesFilmAnaphor(t *testing.T) {
	const head = "Harbor Lights Is Back on Streaming\n\n" +
		"Harbor Lights, the eight-episode series from Velmont Television, premieres on Friday. " +
		"The series picks up years after Gray Harbor, Dana Quillen's 2019 film, and the show follows Mara Vell (Tova Renn) across the docks. " +
		"Each episode runs an hour, and the second season is already shot.\n\n"
	tests := []struct {
		name   string
		text   string
		person string
		want   bool
	}{
		{"who played C in the film", head + "In flashbacks, Brin Oster plays Rolf, taking over from Kael Dunmore, who played the dock boss in the film.", "Kael Dunmore", true},
		{"the villain P played in the movie", head + "The villain is new: Sabra, the smuggler Ilse Marrow played in the movie, is dead.", "Ilse Marrow", true},
		{"a present-tense credit is the series'", head + "Oda Fennick reprises Lise, the clerk who in the film ran the harbor office.", "Oda Fennick", false},
		{"a parenthesis credit is the series'", head + "Rather than retell the film, the show follows Pell Arden (voiced by Corin Vast).", "Corin Vast", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, src, got := seriesFilmClaims(t, tt.text)
			if !src.on {
				t.Fatalf("the article is not read as about a series")
			}
			if v, ok := got[tt.person]; ok && v != tt.want || !ok && tt.want {
				t.Errorf("%s: got %v (found %v), want %v (claims %v)", tt.person, v, ok, tt.want, got)
			}
		})
	}
}

func TestSeriesSourceFilm(t *testing.T) {
	tests := []struct {
		name string
		text string
		on   bool
		film string
	}{
		{"the film described in apposition",
			"Harbor Lights Is Back\n\nHarbor Lights, the eight-episode series from Velmont Television, premieres on Friday. " +
				"The series picks up years after Gray Harbor, Dana Quillen's 2019 film. Each episode runs an hour, and the second season is shot.",
			true, "gray harbor"},
		{"a film article is left alone",
			"Gray Harbor Opens\n\nGray Harbor, the new film from Dana Quillen, opens on Friday. The film stars Tova Renn.",
			false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := runArticle(t, tt.text)
			src := a.seriesSourceOf()
			if src.on != tt.on {
				t.Fatalf("on = %v, want %v", src.on, tt.on)
			}
			got := ""
			if src.ment >= 0 {
				e := a.ments[src.ment].ent
				if e >= 0 && a.ents[a.find(int(e))].typ == kg.Film {
					got = a.ents[a.find(int(e))].key
				}
			}
			if got != tt.film {
				t.Errorf("source film %q, want %q", got, tt.film)
			}
		})
	}
}

func TestSeriesFilmReprises(t *testing.T) {
	const head = "Harbor Lights Is Back on Streaming\n\n" +
		"Harbor Lights, the eight-episode series from Velmont Television, premieres on Friday. " +
		"The series picks up years after Gray Harbor, Dana Quillen's 2019 film. " +
		"Each episode runs an hour, and the second season is already shot.\n\n"
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"reprising the role from the movie", head + "The show follows Mara Vell (Tova Renn, reprising her role from the movie) across the docks.", true},
		{"reprises C who in the film", head + "Oda Fennick reprises Lise Arno, the clerk who in the film ran the harbor office.", true},
		{"a new part", head + "Oda Fennick plays Lise Arno, a clerk who runs the harbor office.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := runArticle(t, tt.text)
			src := a.seriesSourceOf()
			if !src.on || src.ment < 0 {
				t.Fatalf("no series source: %+v", src)
			}
			n := len(a.claims)
			a.seriesFilmReprises(src)
			if got := len(a.claims) > n; got != tt.want {
				t.Errorf("copied to the film: %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSeriesSourceArg(t *testing.T) {
	tests := []struct {
		name string
		src  seriesSource
		want arg
	}{
		{"a source film", seriesSource{on: true, ment: 3}, arg{m: 3, of: -1, abs: true}},
		{"none is clear: no film", seriesSource{on: true, ment: -1}, noArg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.src.film(); got != tt.want {
				t.Errorf("film() = %+v, want %+v", got, tt.want)
			}
		})
	}
}
