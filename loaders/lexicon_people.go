package loaders

// wordGivenNames are given names that are also common English words, left
// out of the given-names gazetteer with the dictionary ("Bill", "Mark",
// "Spike", "Rose"): before a capitalised surname they open a personal
// name far more often than anything else in film news. Only the weakest
// person cue reads them (givenNamePersons), never the context rules that
// ask isGivenName. Words that also open titles or places as often
// ("Hope", "Faith", "Summer", "Crystal", "Forest") are left out.
var wordGivenNames = setOf("al", "bill", "mark", "spike", "will", "rob", "don", "guy", "dean", "chuck", "rose", "lily",
	"kit", "miles", "glen", "lance", "holly", "violet", "olive", "pierce", "wade", "grant", "art", "sue", "cliff",
	"dale", "clay", "chase", "ruby", "daisy")
