package app

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestQueueRunnerHandsBackOnDrain: work runs on its own goroutine, but
// what it hands back (its done function, Do) runs only in Drain, on the
// caller's goroutine, in order, including the results of work started by
// results.
func TestQueueRunnerHandsBackOnDrain(t *testing.T) {
	q := NewQueueRunner()
	var log []string // touched by the caller's goroutine only
	started := make(chan struct{})
	q.Go(func() {
		close(started)
		q.Do(func() { log = append(log, "progress") })
	}, func() {
		log = append(log, "done")
		q.Go(func() {}, func() { log = append(log, "second done") })
	})
	<-started // the work runs without a Drain
	if !q.Wait(time.Minute) {
		t.Fatal("Wait timed out")
	}
	if len(log) != 0 {
		t.Fatalf("ran before Drain: %v", log)
	}
	q.Drain()
	if want := []string{"progress", "done", "second done"}; !slices.Equal(log, want) {
		t.Fatalf("ran %v, want %v", log, want)
	}
}

// TestQueueRunnerHold: held work starts only with Start, Drain or Wait.
func TestQueueRunnerHold(t *testing.T) {
	q := NewQueueRunner()
	q.Hold()
	ran := make(chan struct{})
	q.Go(func() { close(ran) }, nil)
	select {
	case <-ran:
		t.Fatal("held work ran")
	default:
	}
	if !q.Wait(time.Minute) {
		t.Fatal("Wait did not run the held work")
	}
	<-ran
}

// TestQueueRunnerClock: timers fire when Advance reaches their time, in
// order, each once per Reset; Stop and a later Reset put them off.
func TestQueueRunnerClock(t *testing.T) {
	q := NewQueueRunner()
	var log []string
	a := q.NewTimer(func() { log = append(log, "a") })
	b := q.NewTimer(func() { log = append(log, "b") })
	c := q.NewTimer(func() { log = append(log, "c") })
	a.Reset(300 * time.Millisecond)
	b.Reset(100 * time.Millisecond)
	c.Reset(200 * time.Millisecond)
	c.Stop()
	q.Advance(99 * time.Millisecond)
	if len(log) != 0 {
		t.Fatalf("fired early: %v", log)
	}
	a.Reset(50 * time.Millisecond) // at 149 ms now
	q.Advance(time.Second)
	if want := []string{"b", "a"}; !slices.Equal(log, want) {
		t.Fatalf("fired %v, want %v", log, want)
	}
	q.Advance(time.Hour)
	if len(log) != 2 {
		t.Fatalf("a timer fired twice: %v", log)
	}
}

// TestQueueRunnerTimerChain: a timer reset by its own function (a
// ticker, as the notes polling is) fires once per period.
func TestQueueRunnerTimerChain(t *testing.T) {
	q := NewQueueRunner()
	n := 0
	var tick Timer
	tick = q.NewTimer(func() {
		n++
		q.Go(func() {}, func() { tick.Reset(2 * time.Second) })
	})
	tick.Reset(2 * time.Second)
	q.Advance(7 * time.Second)
	if n != 3 {
		t.Fatalf("%d ticks in 7 s of 2 s each", n)
	}
}

// TestGoRunnerWaitIsBounded: Wait reports work still running once the
// time is up, and finished work once it is.
func TestGoRunnerWaitIsBounded(t *testing.T) {
	test.NewTempApp(t)
	r := NewRunner()
	release, finished := make(chan struct{}), make(chan struct{})
	r.Go(func() { <-release }, func() { close(finished) })
	if r.Wait(10 * time.Millisecond) {
		t.Fatal("Wait reported blocked work as finished")
	}
	close(release)
	if !r.Wait(time.Minute) {
		t.Fatal("Wait timed out on finished work")
	}
	<-finished // Fyne's test driver runs done at once
}

// TestClockTimerFires: a real timer calls its function once after Reset.
func TestClockTimerFires(t *testing.T) {
	test.NewTempApp(t)
	fired := make(chan struct{}, 2)
	tm := NewRunner().NewTimer(func() { fired <- struct{}{} })
	tm.Reset(time.Millisecond)
	<-fired
}
