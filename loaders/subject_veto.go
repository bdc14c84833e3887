package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// worldNames are the apps, social platforms, sports, leagues and events
// an article names as the place a production streams or the world it is
// about, never as the production itself: a closed class of general names
// ("streams on Twitch", "Brad Pellow's Formula One movie"). Streaming
// services and networks are platformNames (typing_company.go).
var worldNames = setOf("twitch", "youtube", "tiktok", "instagram", "twitter", "facebook", "snapchat", "reddit",
	"spotify", "formula one", "formula 1", "nba", "nfl", "nhl", "mlb", "mls", "wnba", "wwe", "ufc", "nascar", "fifa",
	"uefa", "premier league", "champions league", "olympics", "olympic games", "world cup", "super bowl", "comic-con",
	"san diego comic-con")

// editionWords end the name of an edition, a re-release or an anniversary
// of a production ("30th Anniversary", "Collector's Edition"), never a
// production of its own.
var editionWords = setOf("anniversary", "edition", "remaster", "remastered", "restoration")

// eventWords end the name of an event, a festival or a ceremony
// ("Venice Film Festival", "Golden Globe Awards", "Met Gala"): never a
// production.
var eventWords = setOf("festival", "awards", "gala", "expo", "convention", "summit", "upfronts", "ceremony", "fest")

// eventNames are events and festivals named without such a word.
var eventNames = setOf("cinemacon", "comic-con", "san diego comic-con", "new york comic con", "d23", "sundance",
	"cannes", "berlinale", "sxsw", "tribeca", "tiff", "oscars", "emmys", "golden globes", "baftas", "ccxp", "annecy")

// editionCuts are the cuts of a film an article may name like a title.
var editionCuts = setOf("director's cut", "extended cut", "theatrical cut", "ultimate cut", "unrated cut")

// nonSubjectKey reports whether a film key names what is never an
// article's subject film: a streaming service or network (platformNames),
// an app, sport or league (worldNames), an edition or anniversary ("30th anniversary",
// "director's cut"), an event or festival ("Venice Film Festival",
// "CinemaCon": eventNames, or a name of two words or more ending in one of
// eventWords).
func nonSubjectKey(key string) bool {
	row := vocabRow(key) // (the four sets answered from one look-up)
	if rowIn(row, key, platformNames) || rowIn(row, key, worldNames) || rowIn(row, key, editionCuts) || rowIn(row, key, eventNames) {
		return true
	}
	last := key[strings.LastIndexByte(key, ' ')+1:]
	return (editionWords[last] || eventWords[last] && strings.Contains(key, " ")) && !strings.Contains(key, ":")
}

// untypeNonFilms takes the film type from every unquoted mention whose
// name is never a production (nonSubjectKey: a platform, an app or sport,
// an edition or anniversary, an event): such a name is no film anywhere,
// so neither the subject choice nor a "the film" anaphor can land on it.
func (a *article) untypeNonFilms() {
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Film && !m.quoted && nonSubjectKey(m.key) {
			m.typ, m.strength = "", 0
		}
	}
}
