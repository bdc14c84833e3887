package loaders

import "testing"

func TestTitleCharName(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"plain", "Marrowbit", "Marrowbit"},
		{"subtitle", "Quillon: A Case of Brass", "Quillon"},
		{"sequel number", "Lucky Fenwick 2", "Lucky Fenwick"},
		{"roman numeral", "Brassfang III", "Brassfang"},
		{"single letter kept", "Agent X", "Agent X"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleCharName(tc.in); got != tc.want {
				t.Errorf("titleCharName(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPersonLikeTitle(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     bool
	}{
		{"one word", "Marrowbit", true},
		{"two words", "Vela Storn", true},
		{"leading article", "The Tinsmith", false},
		{"three words", "Rescuing Sergeant Pell", false},
		{"lowercase word", "Queen of Ashes", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := personLikeTitle(tc.in); got != tc.want {
				t.Errorf("personLikeTitle(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
