#ifndef APISPEC_YAML_PIPE_H
#define APISPEC_YAML_PIPE_H

#include <stddef.h>
#include <yaml.h>

/// libyaml's events, parsed ahead on a thread of its own for an input of `threaded_from`
/// bytes or more when another CPU is allowed, else as they are asked for. The thread runs
/// libyaml alone and never calls into Swift, whose release build counts references for one
/// thread (Package.swift). On Linux the caller is held to its CPU, and the parser kept off
/// it, until the parse ends.
typedef struct yaml_pipe yaml_pipe_t;

/// Starts parsing `input` (UTF-8), which must stay alive until `yaml_pipe_free`. NULL when
/// out of memory. With `release_read_input`, the whole pages of `input` the parser has read
/// are given back to the system as it goes (threaded only): their bytes then read as zeros,
/// so nothing else may read `input` any more.
yaml_pipe_t *yaml_pipe_start(const unsigned char *input, size_t size, size_t threaded_from, int release_read_input);

/// The next event, in order. It stays the pipe's: the caller does not delete it, and its
/// strings last until the next call or `yaml_pipe_free`. Parsed ahead, it holds what the
/// loader reads: its type, its start mark's line and column, and a scalar's value, length,
/// style, anchor and tag, an alias's anchor, a list's or mapping's anchor and tag; every
/// other field is zero (a document start's directives are always left out). 0 when the
/// parser failed: `yaml_pipe_parser` says why.
int yaml_pipe_next(yaml_pipe_t *pipe, yaml_event_t *event);

/// The parser, once it stopped: its `error`, `problem`, `context` and marks after a failure.
const yaml_parser_t *yaml_pipe_parser(yaml_pipe_t *pipe);

/// Stops the parser if it still runs, and frees everything the caller was not handed.
void yaml_pipe_free(yaml_pipe_t *pipe);

#endif
