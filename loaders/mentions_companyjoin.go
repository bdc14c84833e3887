package loaders

// numberInCompany reports whether the number at token j, after a
// capitalised word, is followed (one space, same line) by a capitalised
// company word of realOrgWords or companyTailWords: the number is inside a
// company's name ("Vantor 1880 Entertainment", "Halden 2000 Pictures"), not
// a year or a count after a name.
func numberInCompany(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return n.kind == kWord && n.cap && n.nl == 0 && n.space && n.start == toks[j].end+1 && companyWordTok(n)
}

// companyWordTok reports whether token t is a company word of realOrgWords
// or companyTailWords ("Studios", "Entertainment", "Ventures").
func companyWordTok(t *token) bool {
	return tokIn(t, realOrgWords) || tokIn(t, companyTailWords)
}

// slashCompanies reports whether the slash at token j joins two company
// names ("Vantor Entertainment/Kestrel Studios"), not one name written
// with a slash ("Snip/Sew", "Halden/Orrin Productions", a company named for
// two founders): the word before the slash is a company word, so the name
// before it is whole. The run then stops at the slash, and each company
// is a name of its own.
func slashCompanies(toks []token, j int) bool {
	return companyWordTok(&toks[j-1])
}
