package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// A command is one sub-command of newsline. Each lives in its own
// cmd_*.go file and registers itself from init, so that adding a command
// never touches the others.
type command struct {
	name    string // as typed: "events", "notes", …
	usage   string // the argument synopsis after the name: "[--doc FILE] [--json]"
	summary string // one line for the command list
	help    string // longer text for "newsline NAME --help"; may be empty
	hidden  bool   // left out of the command list (developer tools)
	// run executes the command. args excludes the command name. A usageError
	// return prints the command's usage and exits with status 2.
	run func(env *cmdEnv, args []string) error
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("newsline: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// cmdEnv is what a command may touch: its streams and the global options.
type cmdEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	global globalOptions
}

// globalOptions are the flags accepted before the sub-command.
type globalOptions struct {
	doc  string // --doc: timeline document to open instead of the seed
	data string // --data: notes directory (also NEWSLINE_DATA)
}

// usageError marks a mistake in how a command was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// newFlagSet returns a flag set for command c whose errors come back to the
// caller instead of exiting, and whose -h/--help prints c's help.
func newFlagSet(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet("newsline "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args with fs, allowing flags after positional arguments
// ("notes add ID TEXT --tag x"), as people type them. A "--" ends flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		rest := fs.Args()
		// Parse stops at the first positional argument, or just after "--".
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// writeCommandHelp prints the full help of c.
func writeCommandHelp(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: newsline [global flags] %s %s\n\n%s\n", c.name, c.usage, c.summary)
	if c.help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(c.help, "\n"))
	}
	if fs != nil && hasFlags(fs) {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}

func hasFlags(fs *flag.FlagSet) bool {
	found := false
	fs.VisitAll(func(*flag.Flag) { found = true })
	return found
}

func sortedCommands() []*command {
	var list []*command
	for _, c := range commands {
		if !c.hidden {
			list = append(list, c)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	return list
}

// helpOr turns a parse error into the command's help (for -h/--help, which
// then returns flag.ErrHelp so that the exit status is 0) or returns it.
func helpOr(env *cmdEnv, c *command, fs *flag.FlagSet, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		writeCommandHelp(env.stdout, c, fs)
	}
	return err
}
