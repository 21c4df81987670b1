package notes

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/google/uuid"
)

// These tests run the test binary again as a child process (TestMain
// dispatches on childEnv) to write notes from another process, to be
// killed, or to run as another user.

const childEnv = "NEWSLINE_NOTES_TEST_CHILD"

var crashRuns = flag.Int("notes.crashes", 0, "SIGKILL this many writers in TestCrash (default 100, 20 with -short)")

func TestMain(m *testing.M) {
	if role := os.Getenv(childEnv); role != "" {
		if err := runChild(role, os.Getenv("NEWSLINE_NOTES_TEST_DIR")); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	code := m.Run()
	for _, dir := range benchDirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// benchDirs are folders that benchmarks share between runs.
var benchDirs []string

// crashTarget is the event every writer child annotates.
var crashTarget = Target{ID: uuid.MustParse("0194b2c4-0000-7000-8000-000000000001"), Kind: KindEvent, Title: "crash test"}

// runChild plays a role in a child process:
//
//	writer N: add N notes (forever when N is 0), printing "A <id>" once
//	          each Add has returned, and every third note edit an earlier
//	          one to "v<k>", printing "E <id> <k>" once Edit has returned.
//	readonly: check that a read-only folder is handled (see readOnlyChecks).
func runChild(role, dir string) error {
	switch {
	case strings.HasPrefix(role, "writer "):
		count, err := strconv.Atoi(strings.TrimPrefix(role, "writer "))
		if err != nil {
			return err
		}
		return write(dir, count)
	case role == "readonly":
		return readOnlyChecks(dir)
	}
	return fmt.Errorf("unknown role %q", role)
}

func write(dir string, count int) error {
	s, err := Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	out := os.Stdout // unbuffered: a line is out as soon as it is written
	var ids []uuid.UUID
	for i := 0; count == 0 || i < count; i++ {
		n, err := s.Add(ctx, crashTarget, fmt.Sprintf("note %d from %d", i, os.Getpid()), []string{"crash"})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "A %s\n", n.ID)
		ids = append(ids, n.ID)
		if i%3 == 2 {
			id := ids[rand.IntN(len(ids))]
			k := i
			if _, err := s.Edit(ctx, id, fmt.Sprintf("v%d", k), []string{"crash", "edited"}); err != nil {
				return err
			}
			fmt.Fprintf(out, "E %s %d\n", id, k)
		}
	}
	return nil
}

// acks collects what writer children acknowledged.
type acks struct {
	mu     sync.Mutex
	added  map[uuid.UUID]bool
	edited map[uuid.UUID]int // the last acknowledged version
}

func newAcks() *acks {
	return &acks{added: map[uuid.UUID]bool{}, edited: map[uuid.UUID]int{}}
}

// read reads a child's output and returns how many lines it read. Only
// whole lines count: a line cut by the kill was not acknowledged.
func (a *acks) read(t *testing.T, r io.Reader, line func(n int)) {
	br := bufio.NewReader(r)
	n := 0
	for {
		s, err := br.ReadString('\n')
		if err != nil {
			return
		}
		f := strings.Fields(s)
		a.mu.Lock()
		switch {
		case len(f) == 2 && f[0] == "A":
			a.added[uuid.MustParse(f[1])] = true
		case len(f) == 3 && f[0] == "E":
			k, _ := strconv.Atoi(f[2])
			id := uuid.MustParse(f[1])
			a.edited[id] = max(a.edited[id], k)
		default:
			t.Errorf("child wrote %q", s)
		}
		a.mu.Unlock()
		n++
		if line != nil {
			line(n)
		}
	}
}

// verify checks that every acknowledged note and edit is in the database
// in dir, and that the database is sound.
func (a *acks) verify(t *testing.T, dir string) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	list, err := s.NotesOf(ctx, crashTarget.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[uuid.UUID]Note{}
	for _, n := range list {
		stored[n.ID] = n
	}
	lost := 0
	for id := range a.added {
		if _, ok := stored[id]; !ok {
			lost++
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d acknowledged notes are missing", lost, len(a.added))
	}
	for id, k := range a.edited {
		var got int
		if _, err := fmt.Sscanf(stored[id].Text, "v%d", &got); err != nil || got < k {
			t.Errorf("note %s reads %q; edit v%d was acknowledged", id, stored[id].Text, k)
		}
	}
}

func startWriter(t *testing.T, dir string, count int) (*exec.Cmd, io.ReadCloser) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=writer "+strconv.Itoa(count), "NEWSLINE_NOTES_TEST_DIR="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out
}

// TestCrash kills writer processes with SIGKILL at random moments, many
// times over the same database, then checks that every note and edit a
// writer acknowledged is there and that the database is sound.
func TestCrash(t *testing.T) {
	runs := *crashRuns
	if runs == 0 {
		runs = 100
		if testing.Short() {
			runs = 20
		}
	}
	dir := t.TempDir()
	a := newAcks()
	for run := range runs {
		cmd, out := startWriter(t, dir, 0)
		// Kill after a random number of acknowledgements (0: during
		// start-up, when the first run is creating the database), plus a
		// random few writes more that may be anywhere in their commit.
		killAfter := rand.IntN(30)
		if run == 0 {
			killAfter = 0
		}
		killed := make(chan bool, 1)
		kill := func() {
			select {
			case killed <- true:
				cmd.Process.Signal(syscall.SIGKILL)
			default:
			}
		}
		if killAfter == 0 {
			kill()
		}
		var spin sync.WaitGroup
		spin.Add(1)
		go func() {
			defer spin.Done()
			a.read(t, out, func(n int) {
				if n == killAfter {
					// Land the kill at a random point of a later write.
					go func() {
						for i := rand.IntN(2000); i > 0; i-- {
							syscall.Getpid()
						}
						kill()
					}()
				}
			})
		}()
		spin.Wait()
		err := cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("run %d: writer ended with %v, not killed", run, err)
		}
	}
	t.Logf("%d writers killed; %d notes and %d edits acknowledged", runs, len(a.added), len(a.edited))
	a.verify(t, dir)
}

// TestConcurrentProcesses runs two writer processes on a new database at
// once: both must finish without error, and every note of both be there.
func TestConcurrentProcesses(t *testing.T) {
	dir := t.TempDir()
	const each = 150
	a := newAcks()
	var cmds []*exec.Cmd
	var wg sync.WaitGroup
	for range 2 {
		cmd, out := startWriter(t, dir, each)
		cmds = append(cmds, cmd)
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.read(t, out, nil)
		}()
	}
	wg.Wait()
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer: %v", err)
		}
	}
	if len(a.added) != 2*each {
		t.Errorf("%d notes acknowledged, want %d", len(a.added), 2*each)
	}
	a.verify(t, dir)
}

// TestReadOnlyFolder checks a notes folder that cannot be written: the
// existing notes can be read, a change fails with ErrReadOnly and a clear
// message, and nothing is lost. Root ignores permissions, so as root the
// checks run in a child process as user nobody.
func TestReadOnlyFolder(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "notes")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(ctx, crashTarget, "kept", nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if os.Geteuid() != 0 {
		if err := readOnlyChecks(dir); err != nil {
			t.Fatal(err)
		}
		return
	}
	// The child must reach the test binary and the folder as nobody.
	exe := filepath.Join(base, "notes.test")
	data, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(exe, data, 0o755); err != nil {
		t.Fatal(err)
	}
	for d := base; d != "/" && d != "."; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o011 != 0o011 {
			if d != base && d != filepath.Dir(base) {
				t.Skipf("%s is not searchable by other users", d)
			}
			os.Chmod(d, fi.Mode().Perm()|0o011)
		}
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=readonly", "NEWSLINE_NOTES_TEST_DIR="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("checks as nobody: %v\n%s", err, out)
	}
}

// readOnlyChecks runs in a process that can read dir but not write it.
func readOnlyChecks(dir string) error {
	s, err := Open(dir)
	if err != nil {
		return fmt.Errorf("open read-only folder: %v", err)
	}
	defer s.Close()
	if !s.ReadOnly() {
		return errors.New("ReadOnly is false")
	}
	list, err := s.NotesOf(ctx, crashTarget.ID)
	if err != nil || len(list) != 1 || list[0].Text != "kept" {
		return fmt.Errorf("reading: %d notes, %v", len(list), err)
	}
	_, err = s.Add(ctx, crashTarget, "new", nil)
	if !errors.Is(err, ErrReadOnly) {
		return fmt.Errorf("Add: %v, want ErrReadOnly", err)
	}
	for _, part := range []string{s.Path(), "read-only", "nothing was saved", "--data"} {
		if !strings.Contains(err.Error(), part) {
			return fmt.Errorf("message %q does not say %q", err, part)
		}
	}
	if _, err := s.Edit(ctx, list[0].ID, "changed", nil); !errors.Is(err, ErrReadOnly) {
		return fmt.Errorf("Edit: %v, want ErrReadOnly", err)
	}
	// A new database cannot be made in a read-only folder.
	sub := filepath.Join(dir, "new")
	if _, err := Open(sub); !errors.Is(err, ErrReadOnly) {
		return fmt.Errorf("Open in a read-only folder: %v, want ErrReadOnly", err)
	}
	return nil
}
