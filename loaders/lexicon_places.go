package loaders

// placeNames are the folded names of countries, US states, regions and
// major cities: general vocabulary, never a company or a person ("co-produced
// by France's M6", "in a London studio", "the New York society"). Names
// also used as personal names or titles of their own ("Georgia",
// "Indiana", "Montana", "Washington", "Chicago") are left out.
var placeNames = setOf(
	// countries and regions (one-word countries are in countries too)
	"america", "usa", "uk", "united states", "united kingdom", "north america", "south america", "latin america",
	"central america", "europe", "asia", "africa", "middle east", "scandinavia", "new zealand", "south korea",
	"north korea", "south africa", "czech republic", "hong kong", "puerto rico",
	// US states
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
	"hawaii", "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maryland", "massachusetts",
	"michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada", "new hampshire", "new jersey",
	"new mexico", "new york", "north carolina", "south carolina", "ohio", "oklahoma", "oregon", "pennsylvania",
	"rhode island", "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming", "west virginia",
	// regions of other countries
	"sonora", "sinaloa", "bavaria", "tuscany", "sicily", "catalonia", "andalusia", "quebec", "ontario",
	"british columbia", "hokkaido", "siberia", "patagonia",
	// major cities
	"london", "rome", "madrid", "tokyo", "moscow", "beijing", "shanghai", "seoul", "mumbai", "sydney", "melbourne",
	"toronto", "vancouver", "montreal", "budapest", "prague", "vienna", "warsaw", "dublin", "edinburgh", "glasgow",
	"amsterdam", "brussels", "lisbon", "stockholm", "oslo", "copenhagen", "helsinki", "athens", "istanbul",
	"cairo", "dubai", "bangkok", "manila", "jakarta", "taipei", "osaka", "kyoto", "los angeles", "boston",
	"atlanta", "miami", "seattle", "san francisco", "las vegas", "new orleans", "detroit", "baltimore",
	"hollywood", "brooklyn", "manhattan", "mexico city", "rio de janeiro", "buenos aires", "new delhi",
	"hamburg", "munich", "milan", "naples", "florence", "venice", "barcelona", "marseille", "lyon",
	// more major cities (not ones also common as surnames, given names or
	// titles: "Houston", "Austin", "Phoenix", "Memphis", "Paris")
	"berlin", "frankfurt", "cologne", "zurich", "geneva", "rotterdam", "antwerp", "turin", "genoa", "bologna",
	"palermo", "seville", "bilbao", "porto", "krakow", "kyiv", "kiev", "st. petersburg", "saint petersburg",
	"belgrade", "bucharest", "sofia", "beirut", "tehran", "baghdad", "karachi", "lahore", "delhi", "kolkata",
	"chennai", "bangalore", "hyderabad", "kuala lumpur", "hanoi", "ho chi minh city", "busan", "incheon",
	"yokohama", "nagoya", "guangzhou", "shenzhen", "chongqing", "chengdu", "wuhan", "hangzhou", "macau",
	"kowloon", "auckland", "brisbane", "adelaide", "johannesburg", "cape town", "lagos", "nairobi",
	"casablanca", "marrakech", "havana", "bogota", "sao paulo", "montevideo", "caracas", "guadalajara",
	"tijuana", "calgary", "ottawa", "philadelphia", "pittsburgh", "san diego", "santa monica", "pasadena",
	"burbank", "long beach", "new york city", "harlem", "bronx", "staten island")

// placeHeads end the names of places ("Shelby County", "Crane Island",
// "Echo Valley"): such a name is no company, whatever weak cue typed it
// one ("Lake", "Bay" and "Harbour" end surnames, "City" club names, and
// are left out).
var placeHeads = setOf("island", "islands", "valley", "county", "heights", "springs", "canyon", "peninsula")

// realAgencies are the acronyms of real-world intelligence, police and
// space agencies: organisations of the real world, never characters.
var realAgencies = setOf("cia", "fbi", "nsa", "kgb", "mi5", "mi6", "nasa", "dea", "atf", "interpol", "mossad",
	"stasi", "fsb", "lapd", "nypd", "dhs", "cdc", "nato")

// streetHeads end the names of streets ("Madison Avenue"): places, never
// a company ("Road", "Lane" and "Drive" end surnames and titles too, and
// are left out).
var streetHeads = setOf("avenue", "street", "boulevard", "plaza")

// moreDemonyms are demonyms of countries and regions the lexicon's
// demonyms leave out ("a Bulgarian police inspector"): adjectives that
// name nobody. Ones that are also given names ("Roman", "Christian") are
// left out.
var moreDemonyms = setOf("bulgarian", "romanian", "serbian", "croatian", "bosnian", "slovak", "slovenian", "albanian",
	"lithuanian", "latvian", "estonian", "armenian", "lebanese", "syrian", "iraqi", "afghan", "jordanian", "moroccan",
	"algerian", "tunisian", "libyan", "ethiopian", "kenyan", "ghanaian", "senegalese", "somali", "sudanese",
	"congolese", "venezuelan", "bolivian", "ecuadorian", "uruguayan", "paraguayan", "jamaican", "haitian",
	"bangladeshi", "nepali", "nepalese", "mongolian", "tibetan", "cambodian", "burmese", "singaporean", "kazakh",
	"uzbek", "chechen", "belarusian", "moldovan", "maltese", "cypriot", "qatari", "emirati", "kuwaiti", "yemeni",
	"palestinian", "kurdish", "catalan", "basque", "sicilian", "bavarian", "texan", "californian", "parisian",
	"venetian", "neapolitan", "quebecois", "flemish", "prussian", "ottoman", "byzantine", "mayan", "aztec")
