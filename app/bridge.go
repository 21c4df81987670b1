package app

// The bridge between the UI goroutine and background work. Every
// goroutine of the window (outside the timeline widget, which starts
// none) starts in this file, every result comes back to the UI goroutine
// through it, and every timer runs through it: the rest of the package
// calls a Runner and never says `go`, fyne.Do or time.AfterFunc.

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// A Runner does the window's background work and keeps its timers. The
// window calls Go, NewTimer and Wait on the UI goroutine only; background
// work calls Do to hand something to the UI goroutine.
type Runner interface {
	// Go runs work on a goroutine of its own, then done, if not nil, on
	// the UI goroutine. Work must read only what it was given: values
	// that nothing changes, such as a document, or things safe for
	// concurrent use, such as the notes store.
	Go(work, done func())
	// Do hands f to the UI goroutine, without waiting for it to run.
	Do(f func())
	// NewTimer returns a stopped timer that calls f on the UI goroutine.
	NewTimer(f func()) Timer
	// Wait waits at most timeout for the work started by Go to finish and
	// reports whether it did. It does not wait for the done functions:
	// they need the UI goroutine, which the caller holds.
	Wait(timeout time.Duration) bool
}

// A Timer calls its function on the UI goroutine once a pause has passed.
// Its methods are called on the UI goroutine.
type Timer interface {
	// Reset arms the timer to fire d from now, replacing any earlier time.
	Reset(d time.Duration)
	// Stop disarms it: its function does not run until the next Reset.
	Stop()
}

// NewRunner returns the runner of a window on a real display: goroutines,
// results handed back with fyne.Do, timers of the system clock. New uses
// it when Options.Runner is nil.
func NewRunner() Runner { return &goRunner{} }

type goRunner struct {
	running inFlight
}

func (r *goRunner) Go(work, done func()) {
	r.running.add()
	go func() {
		defer r.running.done()
		work()
		if done != nil {
			fyne.Do(done)
		}
	}()
}

func (r *goRunner) Do(f func()) { fyne.Do(f) }

func (r *goRunner) Wait(timeout time.Duration) bool { return r.running.wait(timeout) }

func (r *goRunner) NewTimer(f func()) Timer { return &clockTimer{f: f} }

// clockTimer is a Timer of the system clock. A timer that fires queues f
// with fyne.Do; a Reset or Stop that comes before f runs cancels it, as
// gen tells (gen is read and written on the UI goroutine only).
type clockTimer struct {
	f   func()
	t   *time.Timer
	gen uint64
}

func (t *clockTimer) Reset(d time.Duration) {
	t.Stop()
	gen := t.gen
	t.t = time.AfterFunc(d, func() {
		fyne.Do(func() {
			if t.gen == gen {
				t.gen++
				t.f()
			}
		})
	})
}

func (t *clockTimer) Stop() {
	t.gen++
	if t.t != nil {
		t.t.Stop()
	}
}

// inFlight counts work running in the background.
type inFlight struct {
	mu   sync.Mutex
	n    int
	idle chan struct{} // closed when n drops to 0
}

func (f *inFlight) add() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n == 0 {
		f.idle = make(chan struct{})
	}
	f.n++
}

func (f *inFlight) done() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n--
	if f.n == 0 {
		close(f.idle)
	}
}

// wait waits at most timeout (forever if negative) for n to be 0.
func (f *inFlight) wait(timeout time.Duration) bool {
	f.mu.Lock()
	if f.n == 0 {
		f.mu.Unlock()
		return true
	}
	idle := f.idle
	f.mu.Unlock()
	if timeout < 0 {
		<-idle
		return true
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-idle:
		return true
	case <-t.C:
		return false
	}
}

// QueueRunner is a Runner for tests and off-screen pictures on Fyne's test
// driver, whose fyne.Do runs a function at once on the calling goroutine
// (which would put UI work on a background goroutine). Work still runs on
// goroutines of its own, concurrently with the caller, as in a real
// window; what it hands back waits in a queue until the caller's Drain
// runs it. Timers follow a fake clock that only Advance moves.
//
// The caller plays the UI goroutine: it calls every method but Do from
// one goroutine.
type QueueRunner struct {
	mu      sync.Mutex
	queue   []func() // handed back by Do and finished work, to run on Drain
	holding bool     // Go keeps new work in held until Start
	held    []func()
	running inFlight      // work started by Go (held work included) and not finished
	now     time.Duration // the fake clock, from 0
	timers  []*queueTimer
}

// NewQueueRunner returns a runner whose results wait for Drain.
func NewQueueRunner() *QueueRunner { return &QueueRunner{} }

func (q *QueueRunner) Go(work, done func()) {
	q.running.add()
	run := func() {
		defer q.running.done()
		work()
		if done != nil {
			q.Do(done)
		}
	}
	q.mu.Lock()
	if q.holding {
		q.held = append(q.held, run)
		q.mu.Unlock()
		return
	}
	q.mu.Unlock()
	go run()
}

func (q *QueueRunner) Do(f func()) {
	q.mu.Lock()
	q.queue = append(q.queue, f)
	q.mu.Unlock()
}

// Hold keeps work that Go is given from now on from starting until
// Start, Drain or Wait: for a test that acts before the work runs (cancels
// it, checks that closing waits for it).
func (q *QueueRunner) Hold() {
	q.mu.Lock()
	q.holding = true
	q.mu.Unlock()
}

// Start starts the held work, without waiting for it, and stops holding.
func (q *QueueRunner) Start() {
	q.mu.Lock()
	held := q.held
	q.held, q.holding = nil, false
	q.mu.Unlock()
	for _, run := range held {
		go run()
	}
}

// Wait starts any held work and waits at most timeout for all work to
// finish; what it hands back stays queued.
func (q *QueueRunner) Wait(timeout time.Duration) bool {
	q.Start()
	return q.running.wait(timeout)
}

// Drain lets all background work finish and runs what it handed back, on
// the caller's goroutine, until nothing is left: results may start more
// work, whose results run too.
func (q *QueueRunner) Drain() {
	for {
		q.Wait(-1)
		q.mu.Lock()
		queue := q.queue
		q.queue = nil
		q.mu.Unlock()
		if len(queue) == 0 {
			return
		}
		for _, f := range queue {
			f()
		}
	}
}

// Advance drains, then moves the fake clock on by d: the timers due
// meanwhile fire in the order of their times, each followed by a Drain.
func (q *QueueRunner) Advance(d time.Duration) {
	q.Drain()
	end := q.now + d
	for {
		t := q.nextDue(end)
		if t == nil {
			break
		}
		q.now = t.at
		t.armed = false
		t.f()
		q.Drain()
	}
	q.now = end
}

// nextDue returns the armed timer that fires first, at end at the latest.
func (q *QueueRunner) nextDue(end time.Duration) *queueTimer {
	var next *queueTimer
	for _, t := range q.timers {
		if t.armed && t.at <= end && (next == nil || t.at < next.at) {
			next = t
		}
	}
	return next
}

func (q *QueueRunner) NewTimer(f func()) Timer {
	t := &queueTimer{q: q, f: f}
	q.timers = append(q.timers, t)
	return t
}

// queueTimer is a Timer of a QueueRunner's fake clock.
type queueTimer struct {
	q     *QueueRunner
	f     func()
	at    time.Duration
	armed bool
}

func (t *queueTimer) Reset(d time.Duration) { t.at, t.armed = t.q.now+d, true }
func (t *queueTimer) Stop()                 { t.armed = false }
