package loaders

// monthKeys are the keys of months as a registered set: a word item's
// vocabulary bits answer whether it names a month (see
// speed_s1_vocab.go) before months is looked up.
var monthKeys = keysOf(months)
