package loaders

// creditListNouns, in the plural before "include" ("its productions
// include A, B and C", "whose credits include X", "her films included
// Y"), name a list of productions: the capitalised names right after the
// verb are titles. Only "credits" takes "were" ("whose previous credits
// were A and B"): "the films were ..." describes more often than it
// lists.
var creditListNouns = setOf("credits", "productions", "films", "features", "titles", "movies", "projects", "pictures")
