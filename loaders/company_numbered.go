package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// numberedNotOutlets lead a word-and-number name that is a part, a date or
// a ranking rather than a channel ("Season 3", "Part 2", "Top 10").
var numberedNotOutlets = setOf("season", "seasons", "episode", "part", "partie", "parte", "teil", "volume", "vol", "chapter",
	"book", "phase", "act", "round", "day", "week", "no", "number", "top", "series", "issue", "game", "level", "year", "page",
	"track", "disc", "film", "movie", "player", "experiment", "flight", "district", "area", "vault", "station", "firehouse",
	"apollo", "room", "cert", "at", "on", "in", "of", "by", "for", "with", "and", "or", "the", "a", "an", "unlike", "is", "was")

// outletOnLeads come before "on" and a channel a programme is seen on,
// besides outletVerbs ("a 27% share on X", "airing weekly on X",
// "continues Thursdays on X").
var outletOnLeads = setOf("share", "viewers", "audience", "weekly", "nightly", "daily", "first", "broadcast", "aired",
	"airs", "air", "airing", "runs", "ran", "continues", "shown", "screened", "screens", "transmitted", "mondays",
	"tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "tonight", "simulcast", "premiere", "finale",
	"seasons", "episodes", "run")

// outletPossNouns follow a channel's possessive, after at most three
// describing words, besides outletNouns and forOutletNouns ("X 1's
// flagship soap", "X 2's crime drama").
var outletPossNouns = setOf("soap", "soaps", "telenovela", "serial", "schedule", "lineup", "flagship", "primetime",
	"prime-time", "slot")

// broadcastShowNouns, after "the" and a channel's name, name what it
// airs ("the X 2 show"; "the F 2 film" is a sequel's).
var broadcastShowNouns = setOf("show", "series", "sitcom", "soap", "drama", "serial", "telenovela", "procedural",
	"miniseries", "docuseries", "thriller", "comedy")

// typeNumberedOutlets types as companies, before the patterns run, the
// untyped names of one word and a number that stand where a channel does
// ("a 27% share on X 1", "airing weekly on X 2", "On X 2, the ...", "X
// 1's medical drama", "F (X 1), 1.8 million", "a drama for X 3"). Such a
// name reads as a sequel's title otherwise. A part, a date or a ranking
// (numberedNotOutlets), and a name whose word is itself a title of the
// article ("Sing" before "Sing 2"), are left alone. The channel's
// siblings follow it: "X 3" is a channel where "X 1" is one (the last
// word so typed).
func (a *article) typeNumberedOutlets() {
	typed := "" // the word of the channels typed
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.words == 2 && m.b-m.a == 3 && a.toks[m.a].lower == "on" && int(m.b) < s.b && a.toks[m.b].text == "," && a.toks[m.a+2].kind == kNum &&
			(int(m.a) == s.a || a.toks[m.a-1].kind == kDash || a.toks[m.a-1].text == "-") && !m.quoted && m.strength <= 1 {
			if lead, rest, ok := strings.Cut(m.text, " "); ok {
				m.dropFirstWord(lead, rest) // "On X 2, the quiz show": a clause's lead
			}
		}
		if !a.wordNumberName(m) {
			continue
		}
		w := &a.toks[m.a]
		if w.kind != kWord || tokIn(w, numberedNotOutlets) || tokIn(w, weekdays) || tokIn(w, monthKeys) {
			continue
		}
		if a.numberedOutletContext(s, k) && !a.titleWord(w.lower) {
			m.setRealOrg()
			typed = w.lower
		}
	}
	if typed == "" {
		return
	}
	// the channel's siblings: "X 3" of the article where "X 1" is a channel
	for k := range a.ments {
		m := &a.ments[k]
		if a.wordNumberName(m) && a.toks[m.a].lower == typed {
			m.setRealOrg()
		}
	}
}

// wordNumberName reports whether mention m is an untyped or weakly typed
// title (a number makes a name a weak title) of one word and a number of
// at most three digits, unquoted, with no "the" or colon: the shape of a
// numbered channel ("X 1").
func (a *article) wordNumberName(m *mention) bool {
	return (m.typ == "" || m.typ == kg.Film && m.strength <= 1) && m.digit && !m.quoted && !m.the && !m.colon &&
		m.words == 1 && m.b-m.a == 2 && a.toks[m.a+1].kind == kNum && len(a.toks[m.a+1].text) <= 3
}

// numberedOutletContext reports whether mention k of sentence s stands
// where a channel does (see typeNumberedOutlets).
func (a *article) numberedOutletContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if b > s.a {
		prev := a.toks[b-1].lower
		switch {
		case prev == "on":
			// "On X 2, the ...", "- On X 2, ..."
			if b-1 == s.a || a.toks[b-2].kind == kDash || a.toks[b-2].text == "-" {
				return e < s.b && a.toks[e].text == ","
			}
			p2 := &a.toks[b-2]
			if p2.text == "," {
				return e < s.b && a.toks[e].text == "," // "F, on X 3, which"
			}
			return tokIn(p2, outletVerbs) || tokIn(p2, outletOnLeads) || p2.text == "%" || p2.text == ")" && b-3 > s.a && a.toks[b-3].text == "%"
		case prev == "for":
			if b-2 >= s.a {
				p2 := &a.toks[b-2]
				return tokIn(p2, outletNouns) || tokIn(p2, forOutletNouns)
			}
		case prev == "the":
			// "the X 2 show", "the X 5 drama"
			return e < s.b && tokIn(&a.toks[e], broadcastShowNouns)
		case prev == "(":
			// "F (X 1), 1.8 million": right after another name, not a
			// person's ("played by P (F 2)")
			return e < s.b && a.toks[e].text == ")" && k > 0 && a.ments[k-1].sent == m.sent && int(a.ments[k-1].b) == b-1 &&
				a.ments[k-1].typ != kg.Person && !(a.ments[k-1].personShaped() && givenFirst(a.ments[k-1].text))
		}
	}
	// the possessive after a number is a quote mark and "s"
	poss := e + 1
	if e+1 < s.b && a.toks[e].kind == kQuote && a.toks[e+1].text == "s" {
		poss = e + 2
	}
	if poss < s.b && (a.toks[e].kind == kPoss || poss == e+2) {
		outletNoun := func(t *token) bool {
			return tokIn(t, outletNouns) || tokIn(t, forOutletNouns) || tokIn(t, outletPossNouns)
		}
		n := poss
		for n < s.b && n < poss+3 && a.toks[n].kind == kWord && !a.toks[n].cap && !outletNoun(&a.toks[n]) {
			n++
		}
		if n < s.b && a.toks[n].kind == kWord && !a.toks[n].cap && outletNoun(&a.toks[n]) {
			return true
		}
	}
	return false
}

// titleWord reports whether the article quotes the word w alone as a
// title, or names a title led by it and a colon ("Sing", "Sing: Encore"):
// a name of w and a number is that title's sequel ("Rai has not ruled
// out" names the company of "Rai 1").
func (a *article) titleWord(w string) bool {
	for k := range a.ments {
		if o := a.ments[k].key; o == w && a.ments[k].quoted || len(o) > len(w) && strings.HasPrefix(o, w) && o[len(w)] == ':' {
			return true
		}
	}
	return false
}

// numberedChannelOf reports whether the company key long is the company
// key short and a channel's number, a numeral word or digits ("sabc 1",
// "rté one" of "sabc", "rté"): a channel, another company than the
// broadcaster whose name opens it.
func numberedChannelOf(long, short string) bool {
	if len(long) <= len(short)+1 || long[:len(short)] != short || long[len(short)] != ' ' {
		return false
	}
	tail := long[len(short)+1:]
	return channelNumerals[tail] || len(tail) <= 2 && isDigits(tail)
}
