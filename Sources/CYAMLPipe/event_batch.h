#ifndef APISPEC_EVENT_BATCH_H
#define APISPEC_EVENT_BATCH_H

#include "yaml_pipe.h"

#include <stddef.h>
#include <stdint.h>

// Events go over in batches, so two threads meet once per batch rather than per event.
enum { BATCH_EVENTS = 128 };

// What one side writes often sits on cache lines the other side does not write: a line
// written by both moves between the CPUs at each write. With the consumer's count of the
// events it read (written for every event) beside the counts the parser polls, a
// 100,000-route parse took a fifth more CPU time on both threads, as where the pipe landed
// in the heap decided which fields shared a line.
#define CACHE_LINE 64

/// What the loader reads of an event, as a batch keeps it: a quarter of libyaml's event.
/// Each batch a parser's thread writes is read on another CPU, and every cache line of it
/// moves from one CPU's cache to the other's: with whole events that took the parser a
/// third longer than the same parse on one thread.
typedef struct {
    /// The start mark's, saturated to 32 bits (as `SourceLocation` keeps them).
    uint32_t line, column;
    /// Offsets in the batch's text plus one, 0 when the event has none: a scalar's value (of
    /// `length` bytes), its anchor and its tag (anchors and tags end with a NUL, as values do).
    uint32_t value, length, anchor, tag;
    /// A `yaml_event_type_t`, and a scalar's `yaml_scalar_style_t`.
    uint8_t type, style;
} kept_event_t;

typedef struct {
    /// On cache lines of their own (`CACHE_LINE`): the producer fills one batch while the
    /// consumer reads another.
    _Alignas(CACHE_LINE) kept_event_t events[BATCH_EVENTS];
    size_t count;
    /// The parser stopped with this batch: at the stream's end, at a split parse's seam
    /// (`seam`), or failing after `count` events.
    int last;
    /// The first part of a split parse ended here as the second part starts (`split_input.h`).
    int seam;
    /// The events' anchors, tags and scalar values, copied here as each event is parsed, so
    /// that libyaml's own copies are freed by the parser's thread at once: memory it reuses,
    /// where the loader's frees had it take fresh memory for every batch. Kept for the next
    /// batch made here. It grows only while the batch is empty, so the events point into it.
    yaml_char_t *text;
    size_t text_size, text_capacity;
} batch_t;

/// A parser and the event it parsed for a batch whose text had no room for its strings:
/// the next batch's first.
typedef struct {
    yaml_parser_t parser;
    yaml_event_t pending;
    int has_pending;
} event_source_t;

struct seam_watch;

/// Empties `batch` and parses events into it until it is full, its text has no room for the
/// next event's strings, or the parse ends or fails (then `batch->last`). `watch`, when set,
/// sees each event first, and may hold it back (the first part of a split parse, `split_input.h`).
void event_source_fill(event_source_t *source, batch_t *batch, struct seam_watch *watch);

/// Frees the parser and a pending event.
void event_source_delete(event_source_t *source);

/// What the loader reads of the event `kept` stands for, its strings in `text`, its line
/// `line_offset` further on.
void kept_event_restore(const kept_event_t *kept, const yaml_char_t *text, size_t line_offset, yaml_pipe_event_t *event);

/// What the loader reads of libyaml's `event`, its strings in place.
void event_convert(const yaml_event_t *event, yaml_pipe_event_t *converted);

/// Saturated to 32 bits, as `SourceLocation` keeps a line or a column.
static inline uint32_t saturated(size_t value) { return value > UINT32_MAX ? UINT32_MAX : (uint32_t)value; }

#endif
