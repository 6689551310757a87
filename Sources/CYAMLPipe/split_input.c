#include "split_input.h"

#include <stdlib.h>
#include <string.h>

/// The line the second part's parse reads first: a top-level key whose value is the block
/// mapping that the cut's line continues.
static const char added_line[] = "r:\n";

/// How far past the middle a cut is looked for.
enum { CUT_SEARCH_BYTES = 1 << 20 };

/// Whether `byte` may start a plain key: not a space, a comment, an indicator or a quote.
static int starts_plain_key(unsigned char byte) {
    return byte > ' ' && byte < 0x7f && !strchr("#-?:,[]{}&*!|>'\"%@`", byte);
}

/// The start of a line at or after the middle of `input` that is `SPLIT_CUT_INDENT` spaces and a
/// plain key with a colon after it; 0 for none.
static size_t find_cut(const unsigned char *input, size_t size) {
    size_t end = size / 2 + CUT_SEARCH_BYTES < size ? size / 2 + CUT_SEARCH_BYTES : size;
    for (const unsigned char *line = memchr(input + size / 2, '\n', end - size / 2); line;
         line = memchr(line + 1, '\n', (size_t)(input + end - line - 1))) {
        const unsigned char *start = line + 1;
        if (input + end - start < SPLIT_CUT_INDENT + 2) return 0;
        if (start[0] != ' ' || start[1] != ' ' || !starts_plain_key(start[SPLIT_CUT_INDENT])) continue;
        const unsigned char *next = memchr(start, '\n', (size_t)(input + end - start));
        const unsigned char *colon = next ? memchr(start, ':', (size_t)(next - start)) : NULL;
        if (colon && (colon[1] == ' ' || colon[1] == '\n')) return (size_t)(start - input);
    }
    return 0;
}

/// libyaml's read handler for the second part: the added line, then the input from the cut.
static int read_second_part(void *data, unsigned char *buffer, size_t size, size_t *size_read) {
    split_input_t *split = data;
    size_t count = 0;
    if (split->added_read < sizeof added_line - 1) {
        count = sizeof added_line - 1 - split->added_read;
        if (count > size) count = size;
        memcpy(buffer, added_line + split->added_read, count);
        split->added_read += count;
    }
    size_t rest = split->size - split->position;
    if (rest > size - count) rest = size - count;
    memcpy(buffer + count, split->input + split->position, rest);
    split->position += rest;
    *size_read = count + rest;
    return 1;
}

/// Whether the second part's parse opens with what the added line and the cut's line make: a
/// top-level block mapping, the key `r` and a block mapping at `SPLIT_CUT_INDENT`, nothing else.
static int opens_as_the_cut(yaml_parser_t *parser) {
    yaml_event_t event;
    int fits = 1;
    for (int index = 0; index < 5 && fits; index++) {
        if (!yaml_parser_parse(parser, &event)) return 0;
        switch (index) {
        case 0: fits = event.type == YAML_STREAM_START_EVENT; break;
        case 1:
            fits = event.type == YAML_DOCUMENT_START_EVENT && event.data.document_start.implicit;
            break;
        case 2:
        case 4:
            fits = event.type == YAML_MAPPING_START_EVENT && event.data.mapping_start.style == YAML_BLOCK_MAPPING_STYLE
                && !event.data.mapping_start.anchor && !event.data.mapping_start.tag
                && event.start_mark.column == (index == 2 ? 0 : SPLIT_CUT_INDENT) && event.start_mark.line == (index == 2 ? 0 : 1);
            break;
        case 3:
            fits = event.type == YAML_SCALAR_EVENT && event.data.scalar.length == 1 && event.data.scalar.value[0] == 'r';
            break;
        }
        yaml_event_delete(&event);
    }
    return fits;
}

int split_input_start(split_input_t *split, const unsigned char *input, size_t size) {
    size_t cut = find_cut(input, size);
    if (cut == 0) return 0;
    *split = (split_input_t){.input = input, .size = size, .cut = cut, .position = cut};
    if (!yaml_parser_initialize(&split->source.parser)) return 0;
    yaml_parser_set_input(&split->source.parser, read_second_part, split);
    yaml_parser_set_encoding(&split->source.parser, YAML_UTF8_ENCODING);
    if (opens_as_the_cut(&split->source.parser)) return 1;
    yaml_parser_delete(&split->source.parser);
    return 0;
}

/// Notes what a document, a list or a mapping that opens or closes is, as far as the seam asks.
static void note(seam_watch_t *watch, const yaml_event_t *event) {
    switch (event->type) {
    case YAML_DOCUMENT_START_EVENT:
        watch->plain_document = !event->data.document_start.version_directive
            && event->data.document_start.tag_directives.start == event->data.document_start.tag_directives.end;
        break;
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT: {
        watch->depth++;
        int block_mapping = event->type == YAML_MAPPING_START_EVENT && event->data.mapping_start.style == YAML_BLOCK_MAPPING_STYLE;
        if (watch->depth == 1) watch->top_level_fits = block_mapping && event->start_mark.column == 0;
        if (watch->depth == 2) watch->nested_fits = block_mapping && event->start_mark.column == SPLIT_CUT_INDENT;
        break;
    }
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        watch->closed_before = watch->last_closed;
        watch->last_closed = watch->depth;
        if (watch->depth > 0) watch->depth--;
        break;
    default: break;
    }
}

int seam_watch_hold(seam_watch_t *watch, const yaml_parser_t *parser, const yaml_event_t *event) {
    note(watch, event);
    if (!parser->eof && watch->held_count == 0) return 0;
    if (watch->held_count == watch->held_capacity) {
        size_t capacity = watch->held_capacity ? 2 * watch->held_capacity : 256;
        yaml_event_t *held = realloc(watch->held, capacity * sizeof *held);
        if (!held) return -1;
        watch->held = held;
        watch->held_capacity = capacity;
    }
    watch->held[watch->held_count++] = *event;
    return 1;
}

int seam_watch_ends_at_seam(seam_watch_t *watch) {
    // The nested mapping's end, the top-level mapping's, the document's (implicit: the second
    // part continues the document) and the stream's, at the start of the cut's line.
    if (watch->held_count < 4) return 0;
    const yaml_event_t *closing = watch->held + watch->held_count - 4;
    if (closing[0].type != YAML_MAPPING_END_EVENT || watch->closed_before != 2 || !watch->nested_fits
        || closing[1].type != YAML_MAPPING_END_EVENT || watch->last_closed != 1 || !watch->top_level_fits
        || closing[2].type != YAML_DOCUMENT_END_EVENT || !closing[2].data.document_end.implicit || !watch->plain_document
        || closing[3].type != YAML_STREAM_END_EVENT || closing[3].start_mark.column != 0 || closing[3].start_mark.line == 0) {
        return 0;
    }
    yaml_mark_t end = closing[3].start_mark;
    watch->cut_line = end.line;
    for (size_t index = 0; index < watch->held_count - 4; index++) {
        if (watch->held[index].start_mark.index == end.index) watch->held[index].start_mark.column = SPLIT_CUT_INDENT;
    }
    for (size_t index = watch->held_count - 4; index < watch->held_count; index++) yaml_event_delete(&watch->held[index]);
    watch->held_count -= 4;
    watch->at_seam = 1;
    return 1;
}

int seam_watch_next_held(seam_watch_t *watch, yaml_event_t *event) {
    if (watch->handed_on == watch->held_count) return 0;
    *event = watch->held[watch->handed_on++];
    return 1;
}

void seam_watch_delete(seam_watch_t *watch) {
    for (size_t index = watch->handed_on; index < watch->held_count; index++) yaml_event_delete(&watch->held[index]);
    free(watch->held);
}
