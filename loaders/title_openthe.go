package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// theAttributiveWords after "The X" opening a sentence make X a describer
// of the noun, not a title written with its "The" ("The Sandveil star said",
// "The Raptor franchise"): production, franchise and crew nouns.
var theAttributiveWords = setOf("star", "stars", "cast", "actor", "actress", "director", "directors", "creator", "creators",
	"team", "studio", "writer", "writers", "producer", "producers", "showrunner", "showrunners", "crew", "fans", "fandom",
	"character", "characters", "villain", "hero", "heroes", "world", "property", "brand", "books", "novel", "novels",
	"game", "games", "comics", "comic", "episode", "episodes", "season", "seasons", "finale", "premiere", "trailer",
	"actors", "alum", "veteran", "veterans", "co-star", "co-stars", "way")

// keepTitleOpeningThe gives a film that opens a sentence with a
// capitalised "The" ("The Night Porters, the short-lived spin-off, ...",
// "The Harbour Club streams on ...") its "The" back: the sentence names
// the title as it is written. Not when a lower-case noun after the name
// shows it to describe that noun ("The Sandveil sequel", "The Raptor star
// said", "The X limited series"): a production, franchise, crew or part
// noun right after the name or after one more lower-case word. Film mentions only,
// and only those a cue typed; keepOpeningThe does the same later for the
// titles the article writes with "The" inside a sentence.
func (a *article) keepTitleOpeningThe() {
	toks := a.toks
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.theOpen || m.the || m.typ != kg.Film || m.quoted {
			continue
		}
		if e := int(m.b); e < a.sents[m.sent].b && (toks[e].kind == kPoss || a.describedNoun(e) || e+1 < a.sents[m.sent].b && toks[e].kind == kWord && !toks[e].cap && a.describedNoun(e+1)) {
			continue // (a noun right after the name or after one more lower-case word: "The X limited series")
		}
		m.the = true
	}
}

// describedNoun reports whether token k is a lower-case production,
// franchise, crew or part noun (keepTitleOpeningThe).
func (a *article) describedNoun(k int) bool {
	t := &a.toks[k]
	return t.kind == kWord && !t.cap && (tokIn(t, productionNouns3) || franchiseNouns[t.lower] || pluralFilmNouns[t.lower] || theAttributiveWords[t.lower])
}
