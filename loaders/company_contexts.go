package loaders

import "strings"

// companyHeadNouns, right before a name, say what kind of company it is
// ("his company EuropaCorp", "the French studio X", "the streamer X",
// "the network X").
var companyHeadNouns = setOf("company", "studio", "streamer", "network", "distributor", "broadcaster", "outfit",
	"shingle", "banner", "label", "channel", "platform")

// companyHeadOpeners open the noun phrase of a companyHeadNouns noun.
var companyHeadOpeners = setOf("the", "a", "an", "his", "her", "their", "its", "our", "my")

// companyNameEnds may follow a company named after its head noun: the end
// of the phrase, a list, or the verb of a relative clause or of the
// company itself ("through his company X, which", "the studio X has").
var companyNameEnds = setOf("and", "in", "to", "with", "for", "which", "that", "has", "had", "is", "was", "will", "on",
	"as", "after", "since", "said", "says")

// possessiveWorkNouns, after a one-word possessive and maybe describing
// words, and before a title, name a kind of production a company makes
// or releases ("X's survival thriller F", "X's horror film F").
var possessiveWorkNouns = setOf("thriller", "comedy", "drama", "film", "movie", "series", "show", "actioner", "romance",
	"horror", "sitcom", "procedural", "miniseries", "docuseries", "animation", "musical", "documentary", "feature", "cartoon",
	"anthology", "special", "original", "adaptation", "biopic", "western", "blockbuster", "tentpole", "slasher")

// outletArrivals, before "to" and a name, say a production went to an
// outlet instead of cinemas ("went straight to X", "moved straight to X").
var outletArrivals = setOf("straight", "directly", "exclusively")

// trailerNouns are what a studio or streamer puts out ("X dropped the
// first trailer").
var trailerNouns = setOf("trailer", "teaser", "trailers", "teasers", "poster", "posters", "footage", "first-look", "featurette")

// trailerVerbs put out trailerNouns.
var trailerVerbs = setOf("dropped", "drops", "released", "releases", "unveiled", "unveils", "debuted", "debuts", "shared",
	"launched", "revealed", "reveals")

// moreCompanyContext reports whether mention k of sentence s stands in one
// of the shapes only a company fits, besides companyContext's: right after
// a companyHeadNouns noun opened by an article or a possessive ("his
// company X", "the French studio X,"), with the phrase ending after it;
// a one-word possessive before describing words, a possessiveWorkNouns
// noun and a title ("X's survival thriller F"); "straight to X"; "in
// development at X"; the opening subject of a trailerVerbs verb with a
// trailerNouns noun in its object ("X has finally dropped the full
// trailer"); a person's name that produces (ownerProducerContext).
func (a *article) moreCompanyContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if b-1 >= s.a {
		prev := a.toks[b-1].lower
		n := b - 1
		if prev == "," && n-1 >= s.a {
			n--
		}
		// his company X, the French studio X
		if tokIn(&a.toks[n], companyHeadNouns) && a.companyHeadOpened(s, n) && (e >= s.b || a.toks[e].kind != kWord || tokIn(&a.toks[e], companyNameEnds)) &&
			!a.splitCompanyName(s, k) {
			return true
		}
		// straight to X, development at X
		if b-2 >= s.a && (prev == "to" && tokIn(&a.toks[b-2], outletArrivals) || prev == "at" && a.toks[b-2].lower == "development") &&
			!mediaFormats[m.key] {
			return true
		}
	}
	// X's survival thriller F
	if e < s.b && a.toks[e].kind == kPoss && (m.words == 1 || m.allCaps || m.acronymLead) {
		for n := e + 1; n+1 < s.b && n < e+5 && a.toks[n].kind == kWord && !a.toks[n].cap; n++ {
			if !tokIn(&a.toks[n], possessiveWorkNouns) {
				continue
			}
			if nx := &a.toks[n+1]; nx.cap && nx.kind == kWord && nx.lower != "i" || nx.kind == kQuote && nx.open {
				return true
			}
		}
	}
	if a.modifierContext(s, k) || a.ownerProducerContext(s, k) {
		return true
	}
	// X has finally dropped the full trailer
	if b == s.a || a.shortLead(s, k) {
		n := e
		for n < s.b && n < e+3 && tokIn(&a.toks[n], outletVerbAux) || n < s.b && a.toks[n].lower == "finally" {
			n++
		}
		if n+1 < s.b && tokIn(&a.toks[n], trailerVerbs) {
			for j := n + 1; j < s.b && j < n+6 && a.toks[j].kind == kWord; j++ {
				if tokIn(&a.toks[j], trailerNouns) {
					return true
				}
			}
		}
	}
	return false
}

// companyHeadOpened reports whether the companyHeadNouns noun at token n
// of sentence s opens with an article or a possessive, maybe with up to
// three describing words between ("the French studio", "her production
// company").
func (a *article) companyHeadOpened(s *sentence, n int) bool {
	for j := n - 1; j >= s.a && j >= n-4; j-- {
		w := &a.toks[j]
		if companyHeadOpeners[w.lower] || w.kind == kPoss {
			return true
		}
		if w.kind != kWord {
			return false
		}
	}
	return false
}

// mediaFormats are where a production goes that are no company ("went
// straight to DVD").
var mediaFormats = setOf("dvd", "dvds", "vhs", "blu-ray", "video", "vod", "cable", "streaming", "tv", "television")

// splitCompanyName reports whether mention k is followed by "and" and a
// name that ends in a company suffix ("Dover and Dahlia Productions"):
// one company's name cut in two, not a list.
func (a *article) splitCompanyName(s *sentence, k int) bool {
	m := &a.ments[k]
	if int(m.b)+1 >= s.b || a.toks[m.b].lower != "and" || k+1 >= len(a.ments) {
		return false
	}
	o := &a.ments[k+1]
	return int(o.a) == int(m.b)+1 && orgSuffixWords[a.toks[o.b-1].lower]
}

// modifierOpeners open the noun phrase a company's name describes ("the
// HBO drama", "a Netflix series", "their own Nickelodeon series").
var modifierOpeners = setOf("the", "a", "an", "its", "their", "his", "her", "own", "whose")

// outletNounEnds may follow a format noun a company's name describes when
// no title comes after it ("the 2002 Fox series and the 2005 feature").
var outletNounEnds = setOf("and", "with", "that", "which", "from", "starring", "about", "in", "on", "where", "for", "was", "is")

// modifierContext reports whether mention k of sentence s (one or two
// words) describes a production as its company's: opened by
// modifierOpeners and maybe describing words ("the neon-soaked X", "the
// 1980s X"), then maybe describing words and a format noun (outletNouns)
// or a genre (genreNouns, forOutletNouns) with a title right after it
// ("the X comedy F", "the six-episode X series F"); a format noun alone
// ends its phrase ("their own X series.", "the 2002 X series and").
// Names that open a longer title of the article are a franchise's.
func (a *article) modifierContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if m.words > 2 || e >= s.b {
		return false
	}
	j := b - 1
	for j >= s.a && j > b-4 && !tokIn(&a.toks[j], modifierOpeners) && (a.toks[j].kind == kWord && !a.toks[j].cap || isDigits(strings.TrimSuffix(a.toks[j].lower, "s"))) {
		j--
	}
	if j < s.a || !tokIn(&a.toks[j], modifierOpeners) {
		return false
	}
	n := e
	for n < s.b && n < e+2 && a.toks[n].kind == kWord && !a.toks[n].cap && !tokIn(&a.toks[n], outletNouns) && !tokIn(&a.toks[n], modifierGenres) &&
		!tokIn(&a.toks[n], articles) && !tokIn(&a.toks[n], memberPreps) && !tokIn(&a.toks[n], outletNounEnds) {
		n++
	}
	if n >= s.b {
		return false
	}
	w := a.toks[n].lower
	title := n+1 < s.b && (a.toks[n+1].cap && a.toks[n+1].kind == kWord && a.toks[n+1].lower != "i" || a.toks[n+1].kind == kQuote && a.toks[n+1].open)
	switch {
	case (modifierGenres[w] || outletNouns[w]) && title && a.toks[j].text != "The":
	case showNouns[w] && (n+1 >= s.b || a.toks[n+1].kind != kWord || tokIn(&a.toks[n+1], outletNounEnds)) && a.toks[j].text != "The":
		// "the 2002 X series and", "the six-episode X series", "their own
		// X series.": a year or a length dates or sizes the network's
		// show ("the iconic X series" is a franchise's)
		if a.toks[j].lower != "own" && !a.countedBetween(j+1, b) {
			return false
		}
	default:
		return false
	}
	return !a.prefixOfTitle(m.key)
}

// modifierGenres are the genres a network's or streamer's name describes
// before a title ("the X comedy F"); horror, documentary and the like
// follow a festival's name as often.
var modifierGenres = setOf("comedy", "drama", "thriller", "sitcom", "procedural", "docuseries", "miniseries", "serial", "anthology")

// showNouns, after a name, make it a network's or streamer's with no
// title after them ("the 2002 X series and", "their own X series."):
// films and movies are a franchise's or a filmmaker's as often.
var showNouns = setOf("series", "show", "sitcom", "procedural", "miniseries", "docuseries", "original")

// countedBetween reports whether a token from i to before e is a year, a
// decade or a count that sizes a show ("2002", "1980s", "six-episode",
// "eight-part").
func (a *article) countedBetween(i, e int) bool {
	for ; i < e; i++ {
		w := a.toks[i].lower
		if isDigits(strings.TrimSuffix(w, "s")) {
			return true
		}
		if h := strings.IndexByte(w, '-'); h > 0 && (w[h+1:] == "episode" || w[h+1:] == "part" || w[h+1:] == "season") {
			return true
		}
	}
	return false
}
