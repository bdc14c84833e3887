package loadrun

import "github.com/franchisekg/franchisekg/loaders"

// ExtractorVersion is the hand-kept part of the extractor fingerprint: bump
// it when the rules change what they extract and graphs loaded before
// should be re-extracted at their next load (unchanged articles are
// otherwise skipped). TestExtractorVersionCurrent fails when the rules'
// output on the seeds or the committed test pool changes while this
// stays the same. The learned model's part follows its bytes by itself
// (loaders.LearnedModelHash: a retrained model reloads what the old one
// extracted).
const ExtractorVersion = "16"

// Fingerprint names the extractor whose output a load stores, for load's
// skip key (content hash and fingerprint): the rules' version, and with the
// learned credit classifier on, the first 16 hex digits of its model's
// SHA-256. A load whose fingerprint differs from the one an article was
// stored with extracts and writes the article again even when its content
// is unchanged (Summary.Reextracted).
func Fingerprint(learned bool) string {
	f := "rules-" + ExtractorVersion
	if learned {
		f += "+learned-" + loaders.LearnedModelHash()
	}
	return f
}
