package loaders

// companySuffixes are the abbreviations that close a company's name
// ("Bros.", "Inc.", "Co.", "Corp.", "Ltd.").
var companySuffixes = setOf("bros", "inc", "co", "corp", "ltd", "llc")

// companyNameNouns are capitalised common words that go on a company's
// or a title's name after its abbreviation ("... Bros. Movie", "... Co.
// Studio"): never read as the opening of a new sentence.
var companyNameNouns = setOf("film", "movie", "series", "show", "studio", "studios", "franchise",
	"universe", "part", "season", "episode", "chapter", "volume", "image", "photo", "credit",
	"source", "sources", "details", "update", "review", "reviews", "interview", "exclusive", "one",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "new", "plus", "star", "stars")

// companySuffixEnd reports whether the full stop of a company's
// abbreviation w ("Bros.", "Inc.", "Co.") also ends the sentence: the
// next word, on the same line after a space, is capitalised and opens
// a sentence, either a function word, a pronoun or a sentence adverb
// ("... for the Acme Bros. The deal ...", "... Vale Picture Co. He
// ...") or a given name ("... for Acme Bros. Dana Voss said ..."); a
// company word ("Bros. Pictures", "Inc. Television") and a noun that
// may go on a title ("Bros. Movie") do not end it.
func companySuffixEnd(w string, toks []token, j int) bool {
	if !companySuffixes[w] || j >= len(toks) {
		return false
	}
	next := &toks[j]
	if next.kind != kWord || !next.cap || !next.space || next.nl > 0 || realOrgWords[next.lower] || companyNameNouns[next.lower] {
		return false
	}
	if commonWords[next.lower] {
		return true
	}
	// a given name then a capitalised word: a person opens the sentence
	return isGivenName(next.lower) && j+1 < len(toks) && toks[j+1].kind == kWord && toks[j+1].cap && toks[j+1].nl == 0
}
