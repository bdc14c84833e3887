package loaders

// continuationKey reports whether a film key reads as a later instalment
// ("x: the return", "x 2", "x '62"): a colon or a digit in it.
func continuationKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c == ':' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}
