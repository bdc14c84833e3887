package loaders

import "testing"

// TestRepeatedInHeadline checks that a title with a small word inside
// ("Death in Harbour") written in a title-case headline, where the next
// word is capitalised too, counts as written again for the body's
// mention, and that a body repetition before a capitalised word still
// does not.
func TestRepeatedInHeadline(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"headline in title case",
			"Murder in Harbour Renewed for Two More Series\n\nThe network has renewed Murder in Harbour for two further series, taking the whodunit on.",
			[]string{"murder in harbour="}, []string{"murder="}},
		{"guard: a longer name in the body",
			"News\n\nShe joined Murder in Harbour Town last year. Then she renewed Murder in Harbour for two further series.",
			nil, []string{"murder in harbour="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeysOf(mentionTypes(c.text)), c.want, c.not)
		})
	}
}

// mentionKeysOf returns the "key=" part of "key=Type" lines.
func mentionKeysOf(lines []string) []string {
	var keys []string
	for _, l := range lines {
		for i := 0; i < len(l); i++ {
			if l[i] == '=' {
				keys = append(keys, l[:i+1])
				break
			}
		}
	}
	return keys
}
