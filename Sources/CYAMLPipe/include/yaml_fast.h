#ifndef APISPEC_YAML_FAST_H
#define APISPEC_YAML_FAST_H

#include <stddef.h>
#include <stdint.h>
#include <yaml.h>

/// A parse of the plain subset of YAML that specs are written in, several times faster than
/// libyaml's, whose events are libyaml's own: the same types, start marks, scalar values and
/// styles, in the same order. The subset is one document of block mappings and lists (a list
/// entry may start a mapping on its line), flow lists and mappings that end on the line they
/// start on, plain scalars on one line, and quoted scalars on one line without escapes, all
/// in printable ASCII, indented with spaces, with comments. On anything else (an anchor, an
/// alias, a tag, a block scalar, a directive, a tab, a byte outside printable ASCII, a
/// scalar over two lines, an empty value, an error) it gives up, and hands out no event it
/// has not checked libyaml hands out too: a caller then asks libyaml for the rest, from the
/// event after the last one handed out (`yaml_pipe.c`).
typedef struct yaml_fast yaml_fast_t;

/// What `yaml_fast_next` hands out: an event's type and where it starts (0-based), and a
/// scalar's value (in the input, not NUL-terminated) and style. No anchors or tags: the
/// subset has none.
typedef struct {
    yaml_event_type_t type;
    uint32_t line, column;
    yaml_scalar_style_t style;
    const unsigned char *value;
    size_t length;
} yaml_fast_event_t;

/// Starts a parse of `input`, which must stay alive until `yaml_fast_free`. NULL when out of memory.
yaml_fast_t *yaml_fast_start(const unsigned char *input, size_t size);

/// 1 with the next event; 0 after the stream's end was handed out; -1 once the parse gave up
/// (every event before that was libyaml's, and none follows).
int yaml_fast_next(yaml_fast_t *parse, yaml_fast_event_t *event);

/// Where the input the events not handed out yet point into starts: the parse reads none
/// before it again.
const unsigned char *yaml_fast_needed_from(const yaml_fast_t *parse);

void yaml_fast_free(yaml_fast_t *parse);

#endif
