#include "yaml_fast.h"

#include <stdlib.h>
#include <string.h>

// The parse reads the input a line at a time. A line's events are handed out only once the
// next line with content has been read through within the subset: libyaml reads one token
// past a scalar at a line's end before it hands the scalar out (the scalar could be a key,
// or go on), so a failure there would come before events this parse had handed out. Its
// reader goes further ahead: it decodes its input 16 KiB at a time, and fails on a control
// character anywhere in them before the parser reads on. So the input must also be free of
// those as far past a line as `LOOKAHEAD` before that line's events go: it is checked for
// the subset's bytes that far ahead, which covers each line before it is read.

enum {
    /// Lists and mappings open at once, and flow collections in one another: past these it gives up.
    MAX_BLOCKS = 64,
    MAX_FLOWS = 64,
    /// libyaml looks for a key's `:` no further than 1,024 characters from its start.
    MAX_KEY = 1000,
    /// Past a line, how far the input is checked for bytes outside the subset (see above).
    LOOKAHEAD = 64 << 10,
    /// Events held back at most: a line holding more (a huge flow collection) is left to
    /// libyaml, which hands them out as it goes, so the loader's limits bound the memory.
    MAX_HELD = 1 << 16,
};

typedef struct {
    uint32_t indent;
    uint8_t is_mapping;
    /// A list whose entries are at its mapping key's own indentation (`key:` then `- x`).
    uint8_t indentless;
} block_t;

struct yaml_fast {
    const unsigned char *input, *end;
    /// The start of the next line to read, and its number.
    const unsigned char *cursor;
    uint32_t line;
    /// The length of the input's last line when no line break ends it, else 0.
    uint32_t unended_line;
    /// The input up to here holds only printable ASCII and line feeds (`plain_bytes`).
    const unsigned char *checked;
    block_t blocks[MAX_BLOCKS];
    int depth;
    int started, ended, gave_up;
    /// The last line ended with `key:`: the value is a list or mapping on the lines below.
    int awaits_block;
    uint32_t awaiting_indent;
    /// Events made and not yet handed out: [next, safe) may be, [safe, count) wait for the next line.
    yaml_fast_event_t *events;
    size_t next, safe, count, capacity;
    /// The line being read, while it is: its start, for columns.
    const unsigned char *line_start;
    /// Where the last line with content and the one before it start: the events not handed
    /// out yet point into them, and none before (`yaml_fast_needed_from`).
    const unsigned char *content_start, *previous_content_start;
};

static int add(yaml_fast_t *parse, yaml_event_type_t type, uint32_t line, uint32_t column);

yaml_fast_t *yaml_fast_start(const unsigned char *input, size_t size) {
    yaml_fast_t *parse = calloc(1, sizeof *parse);
    if (!parse) return NULL;
    parse->input = parse->cursor = parse->checked = parse->content_start = parse->previous_content_start = input;
    parse->end = input + size;
    // Lines and columns are counted in 32 bits (as the pipe keeps libyaml's, saturated).
    if (size >= UINT32_MAX) parse->gave_up = 1;
    // Handed out once the first line is read, as libyaml's reader may refuse it first.
    if (!add(parse, YAML_STREAM_START_EVENT, 0, 0)) {
        yaml_fast_free(parse);
        return NULL;
    }
    return parse;
}

const unsigned char *yaml_fast_needed_from(const yaml_fast_t *parse) {
    return parse->ended ? parse->end : parse->previous_content_start;
}

void yaml_fast_free(yaml_fast_t *parse) {
    if (!parse) return;
    free(parse->events);
    free(parse);
}

static int give_up(yaml_fast_t *parse) {
    parse->gave_up = 1;
    return 0;
}

static uint32_t column_of(const yaml_fast_t *parse, const unsigned char *at) {
    return (uint32_t)(at - parse->line_start);
}

static int add(yaml_fast_t *parse, yaml_event_type_t type, uint32_t line, uint32_t column) {
    if (parse->count - parse->next == MAX_HELD) return give_up(parse);
    if (parse->count == parse->capacity) {
        size_t capacity = parse->capacity ? parse->capacity * 2 : 256;
        yaml_fast_event_t *events = realloc(parse->events, capacity * sizeof *events);
        if (!events) return give_up(parse);
        parse->events = events;
        parse->capacity = capacity;
    }
    parse->events[parse->count++] = (yaml_fast_event_t){.type = type, .line = line, .column = column};
    return 1;
}

static int add_scalar(yaml_fast_t *parse, const unsigned char *at, yaml_scalar_style_t style,
                      const unsigned char *value, size_t length) {
    if (!add(parse, YAML_SCALAR_EVENT, parse->line, column_of(parse, at))) return 0;
    yaml_fast_event_t *event = &parse->events[parse->count - 1];
    event->style = style;
    event->value = value;
    event->length = length;
    return 1;
}

static int open_block(yaml_fast_t *parse, int is_mapping, uint32_t indent, int indentless) {
    if (parse->depth == MAX_BLOCKS) return give_up(parse);
    parse->blocks[parse->depth++] = (block_t){.indent = indent, .is_mapping = (uint8_t)is_mapping, .indentless = (uint8_t)indentless};
    return add(parse, is_mapping ? YAML_MAPPING_START_EVENT : YAML_SEQUENCE_START_EVENT, parse->line, indent);
}

static int close_block(yaml_fast_t *parse, uint32_t line, uint32_t column) {
    parse->depth--;
    return add(parse, parse->blocks[parse->depth].is_mapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT, line, column);
}

static const unsigned char *skip_spaces(const unsigned char *at, const unsigned char *end) {
    while (at < end && *at == ' ') at++;
    return at;
}

/// Whether a plain scalar starts at `at`: not at an indicator, but at a `-` with no space
/// after it (`-m`), as libyaml reads it. (`?` and `:` before a non-space start one too in a
/// block, rarely in specs: left to libyaml.)
static int starts_plain(const unsigned char *at, const unsigned char *end) {
    if (*at == '-') return at + 1 < end && at[1] != ' ';
    return !strchr("?:,[]{}#&*!|>'\"%@`", *at);
}

/// A list entry's `-`: followed by a space or the line's end.
static int is_entry(const unsigned char *at, const unsigned char *end) {
    return *at == '-' && (at + 1 == end || at[1] == ' ');
}

/// A quoted scalar at `at` that ends on this line and has no escapes: its closing quote, or
/// NULL.
static const unsigned char *quoted_end(const unsigned char *at, const unsigned char *end) {
    const unsigned char *close = memchr(at + 1, *at, (size_t)(end - at - 1));
    if (!close) return NULL;
    if (*at == '"' && memchr(at + 1, '\\', (size_t)(close - at - 1))) return NULL;
    // `''` inside single quotes is an escaped quote.
    if (*at == '\'' && close + 1 < end && close[1] == '\'') return NULL;
    return close;
}

/// Where a block context's plain scalar at `at` ends, by libyaml's rules: before `: `, a `:`
/// at the line's end, or ` #`. `colon` tells whether it ended at a `:`.
static const unsigned char *plain_end(const unsigned char *at, const unsigned char *end, int *colon) {
    const unsigned char *scan = at;
    *colon = 0;
    for (;;) {
        const unsigned char *next_colon = memchr(scan, ':', (size_t)(end - scan));
        const unsigned char *stop = next_colon ? next_colon : end;
        // A comment before it: ` #`.
        for (const unsigned char *hash = memchr(scan, '#', (size_t)(stop - scan)); hash;
             hash = memchr(hash + 1, '#', (size_t)(stop - hash - 1))) {
            if (hash > at && hash[-1] == ' ') return hash;
        }
        if (!next_colon) return end;
        if (next_colon + 1 == end || next_colon[1] == ' ') {
            *colon = 1;
            return next_colon;
        }
        scan = next_colon + 1;
    }
}

static const unsigned char *trimmed(const unsigned char *start, const unsigned char *end) {
    while (end > start && end[-1] == ' ') end--;
    return end;
}

/// The rest of a line after a value: spaces, then nothing or a comment after a space (where
/// a plain value ended, `at` is that comment).
static int ends_line(const unsigned char *at, const unsigned char *end) {
    const unsigned char *rest = skip_spaces(at, end);
    return rest == end || (*rest == '#' && rest[-1] == ' ');
}

/// A flow collection at `*at` that closes on this line; `*at` moves past it.
static int flow(yaml_fast_t *parse, const unsigned char **at, const unsigned char *end, int depth);

/// A scalar or collection inside a flow collection; `*at` moves past it. `in_key` for a
/// flow mapping's key, which must end at `: `.
static int flow_node(yaml_fast_t *parse, const unsigned char **at, const unsigned char *end, int depth, int in_key) {
    const unsigned char *start = *at;
    if (start == end) return give_up(parse);
    if (*start == '[' || *start == '{') return in_key ? give_up(parse) : flow(parse, at, end, depth + 1);
    const unsigned char *after;
    if (*start == '"' || *start == '\'') {
        const unsigned char *close = quoted_end(start, end);
        if (!close) return give_up(parse);
        if (!add_scalar(parse, start, *start == '"' ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_SINGLE_QUOTED_SCALAR_STYLE,
                        start + 1, (size_t)(close - start - 1)))
            return 0;
        after = skip_spaces(close + 1, end);
    } else {
        if (!starts_plain(start, end)) return give_up(parse);
        // Up to a flow indicator or `: `; a `:` before another flow indicator, a comment
        // or the line's end inside the collection are left to libyaml.
        const unsigned char *scan = start;
        while (scan < end && !strchr(",[]{}", *scan)) {
            if (*scan == ':' && (scan + 1 == end || strchr(" ,[]{}?", scan[1]))) break;
            if (*scan == '#' && scan[-1] == ' ') return give_up(parse);
            scan++;
        }
        if (scan == end) return give_up(parse);
        if (*scan == ':' && (scan + 1 == end || scan[1] != ' ')) return give_up(parse);
        if (!add_scalar(parse, start, YAML_PLAIN_SCALAR_STYLE, start, (size_t)(trimmed(start, scan) - start))) return 0;
        after = scan;
    }
    // Only a key ends at `: `, and it must.
    int colon = after < end && *after == ':';
    if (colon != in_key || (colon && (after + 1 == end || after[1] != ' ' || after - start > MAX_KEY))) return give_up(parse);
    *at = colon ? skip_spaces(after + 1, end) : after;
    return 1;
}

static int flow(yaml_fast_t *parse, const unsigned char **at, const unsigned char *end, int depth) {
    if (depth > MAX_FLOWS) return give_up(parse);
    const unsigned char *open = *at;
    int is_mapping = *open == '{';
    unsigned char close = is_mapping ? '}' : ']';
    if (!add(parse, is_mapping ? YAML_MAPPING_START_EVENT : YAML_SEQUENCE_START_EVENT, parse->line, column_of(parse, open)))
        return 0;
    const unsigned char *scan = skip_spaces(open + 1, end);
    if (scan < end && *scan != close) {
        for (;;) {
            if (is_mapping && !flow_node(parse, &scan, end, depth, 1)) return 0;
            if (!flow_node(parse, &scan, end, depth, 0)) return 0;
            scan = skip_spaces(scan, end);
            if (scan == end) return give_up(parse);
            if (*scan == close) break;
            if (*scan != ',') return give_up(parse);
            scan = skip_spaces(scan + 1, end);
            // A trailing comma, or an empty entry, is left to libyaml.
            if (scan == end || *scan == close || *scan == ',') return give_up(parse);
        }
    }
    if (scan == end) return give_up(parse);
    if (!add(parse, is_mapping ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT, parse->line, column_of(parse, scan)))
        return 0;
    *at = scan + 1;
    return 1;
}

/// A value on its key's or entry's line, up to the line's end: a flow collection, a quoted
/// scalar or a plain one.
static int inline_value(yaml_fast_t *parse, const unsigned char *at, const unsigned char *end) {
    const unsigned char *after;
    if (*at == '[' || *at == '{') {
        after = at;
        if (!flow(parse, &after, end, 1)) return 0;
    } else if (*at == '"' || *at == '\'') {
        const unsigned char *close = quoted_end(at, end);
        if (!close) return give_up(parse);
        if (!add_scalar(parse, at, *at == '"' ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_SINGLE_QUOTED_SCALAR_STYLE, at + 1,
                        (size_t)(close - at - 1)))
            return 0;
        after = close + 1;
    } else {
        if (!starts_plain(at, end)) return give_up(parse);
        int colon;
        after = plain_end(at, end, &colon);
        // `key: value: x` is an error, `key: value:` a key in a value's place.
        if (colon) return give_up(parse);
        if (!add_scalar(parse, at, YAML_PLAIN_SCALAR_STYLE, at, (size_t)(trimmed(at, after) - at))) return 0;
    }
    return ends_line(after, end) || give_up(parse);
}

/// A mapping's `key: value` or `key:` at `at`, the mapping's indentation.
static int key_value(yaml_fast_t *parse, const unsigned char *at, const unsigned char *end) {
    const unsigned char *colon;
    if (*at == '"' || *at == '\'') {
        const unsigned char *close = quoted_end(at, end);
        // A key's `:` is followed by a space or the line's end.
        if (!close || close + 1 == end || close[1] != ':' || (close + 2 < end && close[2] != ' ')) return give_up(parse);
        colon = close + 1;
        if (!add_scalar(parse, at, *at == '"' ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_SINGLE_QUOTED_SCALAR_STYLE, at + 1,
                        (size_t)(close - at - 1)))
            return 0;
    } else {
        if (!starts_plain(at, end)) return give_up(parse);
        int found;
        colon = plain_end(at, end, &found);
        if (!found) return give_up(parse);
        if (!add_scalar(parse, at, YAML_PLAIN_SCALAR_STYLE, at, (size_t)(trimmed(at, colon) - at))) return 0;
    }
    if (colon - at > MAX_KEY) return give_up(parse);
    const unsigned char *value = skip_spaces(colon + 1, end);
    if (value < end && *value != '#') return inline_value(parse, value, end);
    // `key:`, the value on the lines below.
    parse->awaits_block = 1;
    parse->awaiting_indent = column_of(parse, at);
    return 1;
}

/// A list entry's `- ` at `at`: a value, or a mapping that starts on its line.
static int entry(yaml_fast_t *parse, const unsigned char *at, const unsigned char *end) {
    const unsigned char *item = skip_spaces(at + 1, end);
    // `-` alone (a list or mapping below it, or nothing), or a list in a list: left to libyaml.
    if (item == end || *item == '#' || is_entry(item, end)) return give_up(parse);
    int is_key = 0;
    if (*item == '"' || *item == '\'') {
        const unsigned char *close = quoted_end(item, end);
        is_key = close && close + 1 < end && close[1] == ':' && (close + 2 == end || close[2] == ' ');
    } else if (starts_plain(item, end)) {
        plain_end(item, end, &is_key);
    }
    if (!is_key) return inline_value(parse, item, end);
    return open_block(parse, 1, column_of(parse, item), 0) && key_value(parse, item, end);
}

/// A line with content, its first character at `at`.
static int content_line(yaml_fast_t *parse, const unsigned char *at, const unsigned char *end) {
    uint32_t column = column_of(parse, at);
    int is_list_entry = is_entry(at, end);
    if (!parse->started) {
        // The document's root: a mapping from the first column.
        if (column != 0 || is_list_entry) return give_up(parse);
        parse->started = 1;
        return add(parse, YAML_DOCUMENT_START_EVENT, parse->line, 0) && open_block(parse, 1, 0, 0) && key_value(parse, at, end);
    }
    if (parse->awaits_block) {
        parse->awaits_block = 0;
        uint32_t indent = parse->awaiting_indent;
        if (column > indent) {
            if (is_list_entry) return open_block(parse, 0, column, 0) && entry(parse, at, end);
            return open_block(parse, 1, column, 0) && key_value(parse, at, end);
        }
        if (column == indent && is_list_entry) return open_block(parse, 0, column, 1) && entry(parse, at, end);
        // An empty value.
        return give_up(parse);
    }
    // Lists and mappings deeper than this line end at its first token.
    while (parse->depth > 0) {
        const block_t *block = &parse->blocks[parse->depth - 1];
        int ends = block->indent > column || (block->indentless && block->indent == column && !is_list_entry);
        if (!ends) break;
        if (!close_block(parse, parse->line, column)) return 0;
    }
    if (parse->depth == 0 || parse->blocks[parse->depth - 1].indent != column) return give_up(parse);
    if (parse->blocks[parse->depth - 1].is_mapping) return !is_list_entry ? key_value(parse, at, end) : give_up(parse);
    return is_list_entry ? entry(parse, at, end) : give_up(parse);
}

/// Whether every byte is printable ASCII or a line feed. Tabs, carriage returns, control
/// characters (which libyaml's reader refuses) and anything past ASCII (some of which it
/// refuses too, and whose columns count characters, not bytes) are left to libyaml.
static int plain_bytes(const unsigned char *at, const unsigned char *end) {
    unsigned char bad = 0;
    for (; at < end; at++) {
        unsigned char c = *at;
        bad |= (unsigned char)(((unsigned char)(c - 0x20) >= 0x5f) & (c != '\n'));
    }
    return !bad;
}

/// Reads the next line; 0 at the input's end or once it gave up.
static int read_line(yaml_fast_t *parse) {
    if (parse->cursor == parse->end) return 0;
    const unsigned char *start = parse->cursor;
    const unsigned char *newline = memchr(start, '\n', (size_t)(parse->end - start));
    const unsigned char *end = newline ? newline : parse->end;
    parse->cursor = newline ? newline + 1 : parse->end;
    if (!newline) parse->unended_line = (uint32_t)(end - start);
    // The line and the input `LOOKAHEAD` past it, checked in steps of half of that or more
    // (a line is within the last step unless longer than half of it, and then checked now).
    size_t ahead = (size_t)(parse->end - parse->cursor);
    const unsigned char *horizon = parse->cursor + (ahead < LOOKAHEAD ? ahead : LOOKAHEAD);
    if (parse->checked < horizon && (horizon == parse->end || horizon - parse->checked >= LOOKAHEAD / 2)) {
        if (!plain_bytes(parse->checked, horizon)) return give_up(parse);
        parse->checked = horizon;
    }
    parse->line_start = start;
    const unsigned char *at = skip_spaces(start, end);
    int has_content = at < end && *at != '#';
    if (has_content) {
        // Document markers and directives start in the first column.
        if (at == start && (*at == '%' || (end - at >= 3 && (!memcmp(at, "---", 3) || !memcmp(at, "...", 3)))))
            return give_up(parse);
        // The events before this line's may go now that it read within the subset.
        size_t first = parse->count;
        if (!content_line(parse, at, end)) return 0;
        parse->safe = first;
        parse->previous_content_start = parse->content_start;
        parse->content_start = start;
    }
    parse->line++;
    return 1;
}

/// The stream's end: the lists and mappings deeper than where libyaml's scanner stops end
/// there; the rest, the document and the stream end at the start of the line after it.
static int finish(yaml_fast_t *parse) {
    if (!parse->started || parse->awaits_block) return give_up(parse);
    uint32_t line = parse->line, column = 0;
    if (parse->unended_line) {
        line--;
        column = parse->unended_line;
        while (parse->depth > 0 && parse->blocks[parse->depth - 1].indent > column)
            if (!close_block(parse, line, column)) return 0;
        line++;
    }
    while (parse->depth > 0)
        if (!close_block(parse, line, 0)) return 0;
    if (!add(parse, YAML_DOCUMENT_END_EVENT, line, 0) || !add(parse, YAML_STREAM_END_EVENT, line, 0)) return 0;
    parse->safe = parse->count;
    parse->ended = 1;
    return 1;
}

int yaml_fast_next(yaml_fast_t *parse, yaml_fast_event_t *event) {
    while (parse->next == parse->safe) {
        if (parse->ended) return 0;
        if (parse->gave_up) return -1;
        // Keep only the events not yet handed out.
        memmove(parse->events, parse->events + parse->next, (parse->count - parse->next) * sizeof *parse->events);
        parse->count -= parse->next;
        parse->safe -= parse->next;
        parse->next = 0;
        if (!read_line(parse) && !parse->gave_up) finish(parse);
    }
    *event = parse->events[parse->next++];
    return 1;
}
