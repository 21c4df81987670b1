// Package notes keeps people's annotations on a timeline — notes, tags and
// stars on events and entities — in an embedded SQLite database, and
// exports and imports them.
//
// # Model
//
// A Note is multi-line text about one target, an event or an entity named
// by its stable UUID. A target has any number of notes. Each note has its
// own UUID (version 7, so that IDs sort by creation time), its own tags,
// and created and updated times (milliseconds, UTC). A Star marks a whole
// target; a target has at most one. A target's tags are the union of its
// notes' tags.
//
// Each note and star keeps a copy of its target as it read when it was
// written (Target: the event's title and date, or the entity's name, and
// the document's ID and title), so that a note still reads well when the
// document changes or is gone. Exports prefer the document's current
// text and fall back to the copies.
//
// Tags are normalised (NormalizeTags): no leading '#', no spaces (inner
// space becomes '-'), no duplicates ignoring case and accents. Note text is
// stored exactly as given, NUL and other control characters included; it
// must be valid UTF-8 and at most MaxTextBytes.
//
// # Store
//
// The database is the file notes.db in the notes folder (DataDir, or --data
// DIR, or NEWSLINE_DATA), created with mode 0700 for the folder. It is in
// WAL mode with synchronous=FULL: a change is acknowledged (the method
// returns nil) only after its transaction is committed and the write-ahead
// log synced to disk, so that it survives a kill -9 of the process at any
// moment and also a power cut. (synchronous=NORMAL would survive kill -9
// too, but could lose the last commits on power loss; notes are saved
// after pauses in typing, so the cost of a sync per save is negligible.)
// Every write is one transaction begun with BEGIN IMMEDIATE and a busy
// timeout, so that several processes — the window and the command line,
// or two windows — write at once without losing each other's changes.
//
// The schema is versioned by PRAGMA user_version and marked as Newsline's
// by PRAGMA application_id. Opening checks, through a read-only connection
// before anything is written, that the file is a SQLite database, is
// Newsline's, is not newer than this code (ErrNewer) and passes SQLite's
// quick_check (ErrCorrupt); a refused file is never written to, and the
// error gives its path and how to recover. Migrations run in one
// transaction. A database that cannot be written is opened read-only when
// possible (Store.ReadOnly); changes then fail with ErrReadOnly, as they
// fail with ErrDiskFull on a full disk, and the caller keeps its text.
//
// Schema version 1:
//
//	notes(id TEXT PRIMARY KEY,        -- UUID
//	      target TEXT, kind TEXT,     -- the target's UUID; "event" or "entity"
//	      text TEXT, tags TEXT,       -- tags: a JSON array of strings
//	      created INTEGER, updated INTEGER,  -- Unix milliseconds
//	      deleted INTEGER,            -- 1: a tombstone (text and tags emptied;
//	                                  --    updated: when it was deleted)
//	      title, date_start, date_end, date_human, doc_id, doc_title TEXT)
//	                                  -- the copy of the target; dates as in
//	                                  -- the timeline file format ("2025-11")
//	stars(target TEXT PRIMARY KEY, kind TEXT,
//	      starred INTEGER,            -- 0: unstarred, kept for merging
//	      created INTEGER, updated INTEGER,
//	      title, date_start, date_end, date_human, doc_id, doc_title TEXT)
//	meta(id INTEGER PRIMARY KEY CHECK (id = 1),
//	     generation INTEGER)          -- incremented by every write
//
// Deleting a note leaves a tombstone, so that merging an older copy of it
// does not bring it back; Delete returns the note so that Restore can undo
// the deletion. Unstarring likewise keeps the star's row.
//
// # For the window
//
// Add, Edit, Delete and Restore change notes; an Edit that changes nothing
// writes nothing, so auto-saving after every pause in typing is cheap.
// NotesOf lists a target's notes for its card. SetStar and Starred handle
// stars. Overview snapshots what the timeline needs of every target at
// once: markers (Annotated, HasNotes, Starred), the filter (Show) and
// search over note text and tags (Match, Folded). Generation changes
// whenever any process writes: poll it to refresh after the command line
// or another window wrote.
//
// # Exports
//
// Export writes a Set (Store.Snapshot) in one of four Formats, in timeline
// order of the document in Options (events no longer in it by their copied
// date among the others; then entities by name), either only annotated
// targets or, with Options.All, every event. ExportFile writes atomically.
//
//   - Markdown, for Obsidian and other Markdown tools: YAML front matter
//     (title, document, document_id, exported, tags as a list; strings
//     double-quoted), then per target a "##" section: date (ISO 8601 and
//     as people read it), ID, star, tags, the event's quotes, and its
//     notes, each under a "###" heading that is its date and time in words
//     ("Tue 6 Jan 2026, 09:30 CET", in Options.Location). Text is escaped
//     so that it shows as typed and cannot add markup, but for a note's
//     #tags, written as they are so that Obsidian reads them as tags, and
//     its line breaks, kept as hard breaks (two spaces before the break,
//     which CommonMark and Obsidian both read as one).
//   - JSON: a W3C Web Annotation AnnotationCollection with one embedded
//     AnnotationPage. Each note is an Annotation (id urn:uuid:…, motivation
//     commenting, created, modified) whose body holds a TextualBody with
//     purpose commenting (the text, format text/plain) and one with purpose
//     tagging per tag. Each star is an Annotation with motivation
//     bookmarking and ID StarID(target). The event or entity is a target,
//     a SpecificResource with source urn:uuid:<target> that carries the
//     copy of the target as schema:additionalType ("event" or "entity"),
//     schema:name, schema:startDate, schema:endDate, schema:temporal (the
//     date as people read it) and dcterms:isPartOf (the document's
//     urn:uuid and schema:name). When the document is at hand, a
//     TextQuoteSelector (exact, prefix, suffix) gives the event's main
//     evidence: when its article has a web address, on a first target
//     whose source is that address (so that Hypothesis and other Web
//     Annotation tools anchor the note in the article), else on the
//     event's target. JSON is lossless.
//   - CSV: RFC 4180, UTF-8 with a byte order mark, a header row, one row
//     per note: event_date, event, note, tags, starred, created, updated,
//     note_id, event_id. Cells that start with = + - @ or a tab get a
//     leading apostrophe so that a spreadsheet never evaluates them.
//   - HTML: one self-contained printable page, every user text escaped;
//     dates and times in words, IDs only in element IDs.
//
// The human-readable formats show NUL as U+FFFD and CR line ends as LF.
//
// # Import
//
// ReadJSON reads a JSON export back (or other Web Annotations: a page, an
// array, a single annotation; of several targets, the one with a
// urn:uuid: source) with every problem reported by its place in
// the file; Store.Merge merges it by note UUID in one transaction: a note
// replaces the local one only if its modified time is later, so importing
// twice changes nothing.
package notes
