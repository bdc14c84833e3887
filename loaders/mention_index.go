package loaders

import "sort"

// firstMentionFrom returns the index of the first mention of sentence si
// or a later one (len(a.ments) when there is none), by binary search over
// the mentions in sentence order.
func (a *article) firstMentionFrom(si int) int {
	return sort.Search(len(a.ments), func(i int) bool { return int(a.ments[i].sent) >= si })
}
