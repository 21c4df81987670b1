package cli

// Version is the Newsline version; keep it equal to FyneApp.toml's.
const Version = "0.1.0"
