package loaders

// institutionNouns end the names of the story's schools, hospitals and
// martial sects ("X High", "X College", "X University", "X Hospital", "the
// X Sect"): a capitalised run of two or more words closed by one is an
// organisation of the story, as the fictional group nouns are; the value
// is the kind recorded.
var institutionNouns = map[string]string{"high": "school", "college": "school", "university": "school",
	"hospital": "hospital", "sect": "sect"}

func init() {
	for w, k := range institutionNouns {
		if fictionalOrgNouns[w] == "" {
			fictionalOrgNouns[w] = k
		}
	}
}
