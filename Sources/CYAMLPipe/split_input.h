#ifndef APISPEC_SPLIT_INPUT_H
#define APISPEC_SPLIT_INPUT_H

#include "event_batch.h"

#include <stddef.h>

// A large input is parsed in two parts at once, so that libyaml's parse, which sets a load's
// pace, takes two CPUs where the loader leaves one idle part of the time. The cut is at a
// line near the middle that starts an entry of a block mapping nested in the top-level one
// (`routes:`' or `functions:`' entries, two spaces in). The second part is parsed with a line
// of its own before it ("r:\n"), so that it opens a top-level mapping and a mapping nested in
// it as the whole input's parse has them open at the cut; its events from that entry on are
// then the whole parse's, lines shifted. The first part's parse, which ends at the cut, must
// end as that nesting does (`seam_watch`); anything else (and any failure of the first part)
// is parsed again whole, as if never cut, since a construct that spans the cut (a quoted
// string, a flow list) is not the same parsed in two.

/// The indent of the lines a cut may come before (the entries of `routes:`, `functions:`).
enum { SPLIT_CUT_INDENT = 2 };

/// The second part of a split input: its parser reads the added line, then the input from
/// the cut on.
typedef struct {
    event_source_t source;
    const unsigned char *input;
    size_t size;
    /// Where the second part starts, and where its parser's reading has got to.
    size_t cut, position;
    /// The bytes of the added line handed to the parser so far.
    size_t added_read;
} split_input_t;

/// Finds a cut in `input` and starts the second part's parse there, its first events (those
/// of the added line) parsed and checked: 1 when the input is split so, else 0 (nothing to free).
int split_input_start(split_input_t *split, const unsigned char *input, size_t size);

/// The second part's lines are counted from the added line: one before the cut's.
static inline size_t split_input_line_offset(size_t cut_line) { return cut_line - 1; }

/// Follows the first part's events to tell whether it ends as the cut's nesting does. Events
/// parsed once the parser has read to the first part's end may differ from the whole input's
/// (a scalar cut short, a list closed early, a mark at the end): they are held back until the
/// first part ends, then handed on if it ends at the seam, their marks at its end moved to
/// where the cut's line starts its key, as the whole parse places them.
typedef struct seam_watch {
    /// Open lists and mappings, and the depths the last two of them closed at.
    size_t depth, last_closed, closed_before;
    /// Whether the current document has no directives, its top-level node is a block mapping
    /// at column 0, and the last node opened at depth 2 a block mapping at `SPLIT_CUT_INDENT`.
    int plain_document, top_level_fits, nested_fits;
    /// The events held back, and once at the seam, how many of them were handed on.
    yaml_event_t *held;
    size_t held_count, held_capacity, handed_on;
    int at_seam;
    /// At the seam: the line of the first part's end, which is the cut's (0-based).
    size_t cut_line;
} seam_watch_t;

/// Notes `event`, parsed by the first part's `parser`, and holds it back (taking it) once the
/// parser has read to the part's end: 1 when held, 0 when not, -1 when out of memory.
int seam_watch_hold(seam_watch_t *watch, const yaml_parser_t *parser, const yaml_event_t *event);

/// Once the first part's last event is held: whether the part ends at the seam. If so, the
/// events held before its closing ones are handed on next (`seam_watch_next_held`).
int seam_watch_ends_at_seam(seam_watch_t *watch);

/// The next event held back to hand on, given to the caller: 0 when none is left.
int seam_watch_next_held(seam_watch_t *watch, yaml_event_t *event);

/// Frees the events still held.
void seam_watch_delete(seam_watch_t *watch);

#endif
