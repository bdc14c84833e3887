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

// eastAsianSurnames are common Chinese (pinyin and Cantonese spellings) and
// Korean surnames, which open a personal name written surname first ("Lau
// Wing-kei", "Park Min-jun"): general vocabulary for the weakest person cue
// (givenNamePersons), like the given-names gazetteer. Spellings that are
// common English words or lexicon words ("Long", "Young", "Man", "Ma") are
// left out.
var eastAsianSurnames = setOf("wang", "zhang", "liu", "chen", "huang", "zhao", "zhou", "xu", "sun", "zhu", "guo",
	"luo", "gao", "zheng", "liang", "xie", "tang", "cao", "deng", "feng", "cheng", "peng", "yuan", "dong", "jiang",
	"tian", "ding", "shen", "zhong", "qin", "chan", "wong", "leung", "lau", "cheung", "ng", "lam", "tse", "yeung",
	"yuen", "hung", "tsui", "chow", "kwan", "mak", "fung", "yip", "siu", "kwok", "tam", "choi", "chiu", "tsang",
	"park", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "seo", "shin", "kwon", "hwang", "ahn", "jeon",
	"bae", "baek", "ryu")
