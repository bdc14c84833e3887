package loadrun

import (
	"fmt"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress reports articles done out of the total and facts per second:
// a progress bar on a terminal, a plain line every few seconds otherwise.
type progress struct {
	mu          sync.Mutex
	opts        Options
	bar         *progressbar.ProgressBar
	total, done int
	facts       int
	start, last time.Time
}

func newProgress(opts Options, total, done int) *progress {
	p := &progress{opts: opts, total: total, done: done, start: time.Now(), last: time.Now()}
	if opts.Progress == nil || total == 0 {
		return p
	}
	if opts.Terminal {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(opts.Progress),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionShowIts(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(opts.Progress) }),
		)
		_ = p.bar.Set(done)
	}
	return p
}

// add records n more articles done and facts written.
func (p *progress) add(n, facts int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.facts += facts
	if p.opts.Progress == nil || p.total == 0 {
		return
	}
	rate := float64(p.facts) / time.Since(p.start).Seconds()
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("loading (%.0f facts/s)", rate))
		_ = p.bar.Set(p.done)
		return
	}
	if time.Since(p.last) >= p.opts.Every {
		p.last = time.Now()
		fmt.Fprintf(p.opts.Progress, "load: %d/%d articles, %d facts (%.0f facts/s), eta %s\n",
			p.done, p.total, p.facts, rate, p.eta().Round(time.Second))
	}
}

// eta estimates the time left from the rate so far.
func (p *progress) eta() time.Duration {
	el := time.Since(p.start)
	if p.done == 0 {
		return 0
	}
	return time.Duration(float64(el) / float64(p.done) * float64(p.total-p.done))
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
