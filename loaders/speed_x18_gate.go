package loaders

// The word gate of (*pctx).run's second loop (the rules run at each word
// item): most of those rules act only at a word from a fixed set (their
// first, cheap test, which returns before any side effect), so one look-up
// of the item's vocabulary bits decides whether any of them can act there.
// runGateWords is the union of their trigger words; the rules whose test
// needs no trigger word at item i (a neighbour, a mention, a word shape)
// run outside the gate. Completeness is tested: TestRunGateWordRules checks
// wordRules' cases against the set from the source, and
// TestRunGateComplete extracts the test pool with the gate on and off and
// requires the same output.

// runGateWords holds every word at which a gated rule can act:
//   - wordRules: its switch's cases (the function is one switch on p.w(i))
//   - withParticiples: "with" (withCastTitle, its own test), directedCastVerbs (directedActorsIn)
//   - crewPhrases: "music", "score", creditShareNouns, lensVerbs (its switch's cases)
//   - withAsJob, castCompanions ("along", "joined"), asWellAs ("as"), comesFrom ("from"),
//     takeOver ("over"), sharedCredit, jobList, companiesProduce, coProduction, dutyCredit,
//     castAppear, possessiveWork, listReturn, respectively: the words of their first test
//   - gerundCredit (gerundWords), ownCrewCopula (ownCrewHeads and their plurals),
//     fromCreators (fromCreatorNouns), produceWith (coProduceVerbs), creatorCredits
//     (creatorVerbs, "co-created", "co-creates"), wentOnList (wentOnWords), nextPart (setStructural_4),
//     repriseRoles (repriseVerbs), parallelCast (setStructural_2)
//   - castTail: all its rules but listPredicate, which runs outside the gate
//     (starAppositive castMemberNouns, selfCameo selfWords, castNounList
//     castNounOpeners, replacedAs replaceVerbs; the words listed below)
var runGateWords = runGateUnion()

func runGateUnion() map[string]bool {
	words := []string{
		// wordRules
		"title", "spun", "directed", "written", "produced", "co-written", "distributed", "scored", "edited", "shot", "penned", "helmed", "composed", "released", "created", "developed", "photographed", "co-produced", "adapted", "starring", "featuring", "features", "feature", "headlined", "toplined", "fronted", "including", "stars", "co-starring", "alongside", "opposite", "through", "via", "predecessor", "successor", "follow-up", "forerunner", "chair", "co-production", "production", "coproduction", "release", "ensemble", "lineup", "line-up", "cast", "star", "starred", "co-star", "co-stars", "appear", "appears", "lead", "character", "role", "cameo", "part", "as", "share", "shares", "shared", "serve", "serves", "serving", "act", "acts", "stayed", "stay", "stays", "remain", "remains", "remained", "streaming", "stream", "streams", "streamed", "premiere", "premieres", "premiered", "premiering", "airs", "air", "aired", "airing", "available", "arrives", "arrive", "arriving", "lands", "land", "landing", "debuts", "debuted", "dropped", "drops", "renewed", "renews", "moving", "moved", "moves", "hits", "hit", "opens", "ran", "runs", "among", "reprise", "reprises", "reprising", "reprised", "under", "director", "filmmaker", "writer-director", "producer", "producers", "writer", "screenwriter", "composer", "cinematographer", "editor", "co-writer", "co-producer", "co-director", "showrunner", "showrunners", "co-showrunner", "co-showrunners", "writers", "co-writers", "screenwriters", "composers", "cinematographers", "editors", "designer", "designers", "coordinator", "photography", "choreographer", "led", "trained-post", "training-post", "follows", "follow", "focus", "focuses", "centers", "centres", "centered", "centred", "revolves", "in", "wrote", "co-wrote", "co-directed", "by", "plays", "play", "played", "portrays", "portrayed", "voices", "voiced", "playing", "portraying", "voice", "voicing", "portray", "lending", "lends", "lend", "lent", "which", "that", "include", "includes", "included", "are", "were", "credited", "marketed", "known", "a.k.a.", "aka", "retitled", "renamed",
		// the other gated rules' literal trigger words
		"with", "music", "score", "along", "joined", "from", "over", "credit", "credits",
		"producers", "writers", "screenwriters", "editors", "composers", "produce", "co-produce",
		"co-production", "coproduction", "co-created", "co-creates", "duty", "duties",
		"appear", "appears", "appearing", "co-stars", "co-star", "cameos", "his", "her", "their",
		"back", "return", "returning", "out", "respectively",
		// castTail but for listPredicate (called outside the gate):
		// knownForCredits (careerCueObject's cases), singleBack ("back"),
		// recastFrom ("over"), its own test (";"); the sets below
		"starred", "co-starred", "starring", "co-starring", "appeared", "headlined", "fronted",
		"include", "includes", "seen", "known", ";",
	}
	for _, s := range []map[string]bool{directedCastVerbs, creditShareNouns, lensVerbs, gerundWords, fromCreatorNouns,
		coProduceVerbs, creatorVerbs, wentOnWords, setStructural_4, repriseVerbs, setStructural_2,
		castMemberNouns, selfWords, castNounOpeners, replaceVerbs} {
		for w := range s {
			words = append(words, w)
		}
	}
	for w := range ownCrewHeads {
		words = append(words, w, w+"s")
	}
	return setOf(words...)
}

// runGateOff lets a test switch the gate off (every word item passes).
var runGateOff = false

// runGateOffset and runGateShift locate runGateWords' bit in a vocabulary
// row (set by init, after the vocabulary is frozen: this file's name sorts
// after speed_s1_vocab.go).
var (
	runGateOffset int
	runGateShift  uint32
)

func init() {
	runGateOffset, runGateShift = vocabBit(runGateWords, "runGateWords")
}

// vocabBit returns the offset and shift of set's bit in a vocabulary row,
// for a gate that reads the bit without looking up the set's slot on every
// call. It panics, naming the set by name, when set is not in the
// vocabulary (call it only after the vocabulary is frozen).
func vocabBit(set map[string]bool, name string) (int, uint32) {
	key := setKey(set)
	for h := slotHash(key); ; h = (h + 1) % slotCount {
		s := &slots[h]
		if s.key == key {
			return int(s.off), s.sh
		}
		if s.key == 0 {
			panic(name + " is not in the vocabulary")
		}
	}
}

// runGate reports whether word item i (no mention) holds a word of
// runGateWords.
func (p *pctx) runGate(i int) bool {
	it := &p.it[i]
	if it.v == 0 {
		it.v = vocabRow(it.w) + 1
	}
	return vocabBits[int(it.v-1)+runGateOffset]>>runGateShift&1 != 0
}
