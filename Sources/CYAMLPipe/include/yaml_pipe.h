#ifndef APISPEC_YAML_PIPE_H
#define APISPEC_YAML_PIPE_H

#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

/// libyaml's events (made fast while the input keeps to the subset `yaml_fast.h` reads),
/// parsed ahead on a thread of its own for an input of `threaded_from` bytes or more when
/// another CPU is allowed, else as they are asked for. The thread runs C alone and never
/// calls into Swift, whose release build counts references for one thread (Package.swift).
/// On Linux the caller is held to its CPU, and the parser kept off it, until the parse ends.
typedef struct yaml_pipe yaml_pipe_t;

/// Starts parsing `input` (UTF-8), which must stay alive until `yaml_pipe_free`. NULL when
/// out of memory. With `release_read_input`, the whole pages of `input` the parser has read
/// are given back to the system as it goes (threaded only): their bytes then read as zeros,
/// so nothing else may read `input` any more. With `fast`, the input is parsed by
/// `yaml_fast.h` for as long as it keeps to the subset it reads, and by libyaml from there
/// on; without it (for tests), by libyaml alone. The events are the same.
yaml_pipe_t *yaml_pipe_start(const unsigned char *input, size_t size, size_t threaded_from, int release_read_input, int fast);

/// What the loader reads of an event: its type and where it starts (0-based, saturated to 32
/// bits), a scalar's value, length and style, and the anchor and tag of a scalar, list or
/// mapping, an alias's anchor; NULL or zero where the event has none. Its strings stay the
/// pipe's.
typedef struct {
    yaml_event_type_t type;
    uint32_t line, column;
    yaml_scalar_style_t style;
    const yaml_char_t *value;
    size_t length;
    const yaml_char_t *anchor, *tag;
} yaml_pipe_event_t;

/// The next event, in order. Its strings last until the next call or `yaml_pipe_free`. 0
/// when the parser failed: `yaml_pipe_parser` says why.
int yaml_pipe_next(yaml_pipe_t *pipe, yaml_pipe_event_t *event);

/// The parser, once it stopped: its `error`, `problem`, `context` and marks after a failure.
const yaml_parser_t *yaml_pipe_parser(yaml_pipe_t *pipe);

/// Stops the parser if it still runs, and frees everything the caller was not handed.
void yaml_pipe_free(yaml_pipe_t *pipe);

/// Asks for the cache line at `address` ahead of a read (Swift has no way to say so).
static inline void yaml_pipe_prefetch(const void *address) { __builtin_prefetch(address); }

#endif
