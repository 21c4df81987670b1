package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/interop"
)

// A Program is one binary's command line: global flags, then a command
// name and its arguments. newsline and the developer tool newsline-dev are
// both Programs, so they parse, print help and report errors alike.
type Program struct {
	Name  string // as typed: "newsline"
	About string // the opening paragraph of --help
	// Version, when set, adds --version, which prints it.
	Version  string
	Commands []*Command
	// Default runs when no command is given, and DefaultSummary says what
	// it does in --help; without Default a command is required.
	Default        func(env *Env) error
	DefaultSummary string
	// Flags declares the global flags (those before the command name)
	// on fs, storing into env. May be nil.
	Flags func(fs *flag.FlagSet, env *Env)
}

// A Command is one sub-command of a Program.
type Command struct {
	Name    string // as typed: "events", "notes add"
	Usage   string // the argument synopsis after the name: "[--doc FILE] [--json]"
	Summary string // one line for the command list
	Help    string // longer text for "newsline NAME --help"; may be empty
	// Run executes the command; c is the command itself, for its flag set
	// and help. args excludes the command name. A usage error (Usagef)
	// prints the command's usage and exits with status 2; flag.ErrHelp
	// (help was printed) exits with status 0.
	Run func(env *Env, c *Command, args []string) error
}

// An Env is what a command may touch: its streams and the global options.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Doc    string // --doc: the timeline document to open instead of the seed
	Data   string // --data: the notes directory (also NEWSLINE_DATA)

	program *Program // for the "Usage: newsline …" lines of help
}

// Run executes a command line of p and returns the exit status: 0 on
// success, 1 on failure, 2 on a usage error.
func (p *Program) Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, program: p}
	fs := flag.NewFlagSet(p.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if p.Flags != nil {
		p.Flags(fs, env)
	}
	var version *bool
	if p.Version != "" {
		version = fs.Bool("version", false, "print the version and exit")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			p.writeHelp(stdout, fs)
			return 0
		}
		fmt.Fprintf(stderr, "%s: %v\nRun '%s --help' for usage.\n", p.Name, err, p.Name)
		return 2
	}
	if version != nil && *version {
		fmt.Fprintln(stdout, p.Name, p.Version)
		return 0
	}
	rest := fs.Args()
	if len(rest) == 0 {
		if p.Default == nil {
			fmt.Fprintf(stderr, "%s: missing command\nRun '%s --help' for the list of commands.\n", p.Name, p.Name)
			return 2
		}
		return p.report(stderr, nil, p.Default(env))
	}
	name := rest[0]
	if name == "help" {
		if len(rest) > 1 {
			if c := p.command(rest[1]); c != nil {
				return p.runCommand(env, c, []string{"--help"})
			}
		}
		p.writeHelp(stdout, fs)
		return 0
	}
	c := p.command(name)
	if c == nil {
		fmt.Fprintf(stderr, "%s: unknown command %q\nRun '%s --help' for the list of commands.\n", p.Name, name, p.Name)
		return 2
	}
	return p.runCommand(env, c, rest[1:])
}

// command returns the command called name, or nil.
func (p *Program) command(name string) *Command {
	for _, c := range p.Commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func (p *Program) runCommand(env *Env, c *Command, args []string) int {
	err := c.Run(env, c, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return p.report(env.Stderr, c, err)
}

// report prints err the way every command does and returns the exit status.
func (p *Program) report(stderr io.Writer, c *Command, err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "%s: %v\n", p.Name, err)
	var ue usageError
	if !errors.As(err, &ue) {
		return 1
	}
	if c != nil {
		fmt.Fprintf(stderr, "Usage: %s %s %s\nRun '%s %s --help' for details.\n", p.Name, c.Name, c.Usage, p.Name, c.Name)
	}
	return 2
}

func (p *Program) writeHelp(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "%s\n\nUsage:\n", strings.TrimRight(p.About, "\n"))
	withCommand := p.Name + " [global flags] COMMAND [args]"
	if p.Default != nil {
		fmt.Fprintf(w, "  %-*s  %s\n", len(withCommand), p.Name+" [global flags]", p.DefaultSummary)
	}
	fmt.Fprintf(w, "  %s  run a command\n\nCommands:\n", withCommand)
	list := append([]*Command(nil), p.Commands...)
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	for _, c := range list {
		fmt.Fprintf(w, "  %-12s %s\n", c.Name, c.Summary)
	}
	if hasFlags(fs) {
		fmt.Fprint(w, "\nGlobal flags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	fmt.Fprintf(w, "\nRun '%s COMMAND --help' for a command's flags and details.\n", p.Name)
}

// usageError marks a mistake in how a command was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Usagef returns a usage error: the command's usage follows the message
// and the exit status is 2.
func Usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// FlagSet returns a flag set for c whose errors come back to the caller
// instead of exiting or printing; Parse prints c's help for -h/--help.
func (c *Command) FlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// Parse parses args with fs, allowing flags after positional arguments
// ("notes add ID TEXT --tag x"), as people type them; a "--" ends flags.
// It returns the positional arguments. For -h/--help it prints c's help to
// env.Stdout and returns flag.ErrHelp; other mistakes are usage errors.
func (c *Command) Parse(env *Env, fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.writeHelp(env, fs)
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

// writeHelp prints the full help of c, with the flags of fs if it has any.
func (c *Command) writeHelp(env *Env, fs *flag.FlagSet) {
	w := env.Stdout
	fmt.Fprintf(w, "Usage: %s [global flags] %s %s\n\n%s\n", env.program.Name, c.Name, c.Usage, c.Summary)
	if c.Help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(c.Help, "\n"))
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

// The shared flags. Commands that use the document or the notes accept
// the global --doc and --data again after their name; each declares them
// with the global value as default, so "newsline --doc F events" and
// "newsline events --doc F" mean the same.

// DocFlag declares --doc FILE on fs, storing into env.Doc. verb says what
// the command does with the document: "read", "open", "draw", "show".
func (env *Env) DocFlag(fs *flag.FlagSet, verb string) {
	fs.StringVar(&env.Doc, "doc", env.Doc, verb+" the timeline document `FILE` instead of the built-in seed")
}

// dataFlag declares --data DIR on fs, storing into env.Data; more, if not
// empty, follows the flag's one-line description.
func (env *Env) dataFlag(fs *flag.FlagSet, more string) {
	usage := "keep notes in `DIR`"
	if more != "" {
		usage += " " + more
	}
	fs.StringVar(&env.Data, "data", env.Data, usage)
}

// LoadDocument reads the document of --doc, or the embedded seed without
// it. See OpenDocument.
func (env *Env) LoadDocument() (*timeline.Document, error) {
	doc, _, err := env.OpenDocument()
	return doc, err
}

// OpenDocument reads the document of --doc, told apart by its content: a
// Newsline document, or a TimelineJS JSON or CSV file, whose notices (what
// it could not keep) go to standard error. Without --doc it is the
// embedded seed, and the report is nil.
func (env *Env) OpenDocument() (*timeline.Document, *interop.Report, error) {
	if env.Doc == "" {
		doc, err := assets.Seed()
		return doc, nil, err
	}
	doc, rep, err := interop.Open(env.Doc)
	if err != nil {
		return nil, nil, err
	}
	for _, n := range rep.Notices {
		fmt.Fprintf(env.Stderr, "newsline: %s: %s\n", env.Doc, n)
	}
	return doc, rep, nil
}
