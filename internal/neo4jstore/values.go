package neo4jstore

// Conversions of the values the driver returns (lists come back as []any,
// integers as int64).

// strList converts a driver list value to []string (nil when absent).
func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, e := range l {
		s, _ := e.(string)
		out = append(out, s)
	}
	return out
}

// intList converts a driver list value to []int.
func intList(v any) []int {
	l, _ := v.([]any)
	out := make([]int, 0, len(l))
	for _, e := range l {
		n, _ := e.(int64)
		out = append(out, int(n))
	}
	return out
}

func str(v any) string { s, _ := v.(string); return s }
