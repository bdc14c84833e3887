package loaders

// setPctx returns the article's one pattern context, set to sentence si
// and the items just built in a.items. sentencePctx, headlinePctx and
// labelPctx made a new pctx for every sentence (one object in twenty
// of those extraction allocated); one per article is enough because the contexts
// never outlive the next one: each is built over a.items, which the next
// call empties, and none is kept or nested (the article's passes take one
// sentence's context at a time).
func (a *article) setPctx(si int) *pctx {
	a.pc = pctx{a: a, si: int32(si), it: a.items}
	return &a.pc
}
