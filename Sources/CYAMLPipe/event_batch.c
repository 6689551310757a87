#include "event_batch.h"
#include "split_input.h"

#include <stdlib.h>
#include <string.h>

/// The bytes `event`'s strings take in a batch's text, each with its NUL.
static size_t text_size(const yaml_event_t *event) {
    const yaml_char_t *anchor = NULL, *tag = NULL;
    size_t size = 0;
    switch (event->type) {
    case YAML_ALIAS_EVENT: anchor = event->data.alias.anchor; break;
    case YAML_SCALAR_EVENT:
        anchor = event->data.scalar.anchor;
        tag = event->data.scalar.tag;
        size = event->data.scalar.length + 1;
        break;
    case YAML_SEQUENCE_START_EVENT:
        anchor = event->data.sequence_start.anchor;
        tag = event->data.sequence_start.tag;
        break;
    case YAML_MAPPING_START_EVENT:
        anchor = event->data.mapping_start.anchor;
        tag = event->data.mapping_start.tag;
        break;
    default: break;
    }
    if (anchor) size += strlen((const char *)anchor) + 1;
    if (tag) size += strlen((const char *)tag) + 1;
    return size;
}

/// Copies `string` (when set), its `length` bytes and a NUL, into `batch`'s text, which has
/// room for them; returns where it put them plus one, 0 for no string.
static uint32_t copy_string(batch_t *batch, const yaml_char_t *string, size_t length) {
    if (!string) return 0;
    size_t offset = batch->text_size;
    memcpy(batch->text + offset, string, length);
    batch->text[offset + length] = 0;
    batch->text_size += length + 1;
    return (uint32_t)offset + 1;
}

/// The same for an anchor or a tag, which ends with a NUL.
static uint32_t copy_name(batch_t *batch, const yaml_char_t *string) {
    return string ? copy_string(batch, string, strlen((const char *)string)) : 0;
}

/// Adds what the loader reads of `event` to `batch`, its strings in the batch's text, which
/// has room for them.
static void keep(batch_t *batch, const yaml_event_t *event) {
    kept_event_t *kept = &batch->events[batch->count++];
    *kept = (kept_event_t){
        .line = saturated(event->start_mark.line), .column = saturated(event->start_mark.column), .type = (uint8_t)event->type,
    };
    switch (event->type) {
    case YAML_SCALAR_EVENT:
        kept->value = copy_string(batch, event->data.scalar.value, event->data.scalar.length);
        kept->length = (uint32_t)event->data.scalar.length;
        kept->style = (uint8_t)event->data.scalar.style;
        kept->anchor = copy_name(batch, event->data.scalar.anchor);
        kept->tag = copy_name(batch, event->data.scalar.tag);
        break;
    case YAML_ALIAS_EVENT: kept->anchor = copy_name(batch, event->data.alias.anchor); break;
    case YAML_SEQUENCE_START_EVENT:
        kept->anchor = copy_name(batch, event->data.sequence_start.anchor);
        kept->tag = copy_name(batch, event->data.sequence_start.tag);
        break;
    case YAML_MAPPING_START_EVENT:
        kept->anchor = copy_name(batch, event->data.mapping_start.anchor);
        kept->tag = copy_name(batch, event->data.mapping_start.tag);
        break;
    default: break;
    }
}

void kept_event_restore(const kept_event_t *kept, const yaml_char_t *text, size_t line_offset, yaml_pipe_event_t *event) {
    *event = (yaml_pipe_event_t){
        .type = (yaml_event_type_t)kept->type,
        .line = saturated((size_t)kept->line + line_offset),
        .column = kept->column,
        .style = (yaml_scalar_style_t)kept->style,
        .value = kept->value ? text + kept->value - 1 : NULL,
        .length = kept->length,
        .anchor = kept->anchor ? text + kept->anchor - 1 : NULL,
        .tag = kept->tag ? text + kept->tag - 1 : NULL,
    };
}

void event_convert(const yaml_event_t *event, yaml_pipe_event_t *converted) {
    *converted = (yaml_pipe_event_t){
        .type = event->type,
        .line = saturated(event->start_mark.line),
        .column = saturated(event->start_mark.column),
    };
    switch (event->type) {
    case YAML_SCALAR_EVENT:
        converted->value = event->data.scalar.value;
        converted->length = event->data.scalar.length;
        converted->style = event->data.scalar.style;
        converted->anchor = event->data.scalar.anchor;
        converted->tag = event->data.scalar.tag;
        break;
    case YAML_ALIAS_EVENT: converted->anchor = event->data.alias.anchor; break;
    case YAML_SEQUENCE_START_EVENT:
        converted->anchor = event->data.sequence_start.anchor;
        converted->tag = event->data.sequence_start.tag;
        break;
    case YAML_MAPPING_START_EVENT:
        converted->anchor = event->data.mapping_start.anchor;
        converted->tag = event->data.mapping_start.tag;
        break;
    default: break;
    }
}

/// Makes room for `size` more bytes of text in an empty batch; false when out of memory.
static int make_room(batch_t *batch, size_t size) {
    size_t capacity = batch->text_capacity ? batch->text_capacity : 4096;
    while (capacity < size) capacity *= 2;
    yaml_char_t *text = realloc(batch->text, capacity);
    if (!text) return 0;
    batch->text = text;
    batch->text_capacity = capacity;
    return 1;
}

/// Ends `batch` with a failure that libyaml's own failures are reported as.
static void fail(event_source_t *source, batch_t *batch, const char *problem) {
    source->parser.error = YAML_MEMORY_ERROR;
    source->parser.problem = problem;
    batch->last = 1;
}

/// The first part's next event, through its `watch`: 1 with an event to keep, 0 when the batch
/// ends (at the seam, or where the part cannot join the second).
static int next_watched(event_source_t *source, batch_t *batch, struct seam_watch *watch, yaml_event_t *event) {
    for (;;) {
        if (watch->at_seam) {
            if (seam_watch_next_held(watch, event)) return 1;
            batch->last = 1;
            batch->seam = 1;
            return 0;
        }
        if (!yaml_parser_parse(&source->parser, event)) {
            batch->last = 1;
            return 0;
        }
        int held = seam_watch_hold(watch, &source->parser, event);
        if (held < 0) {
            yaml_event_delete(event);
            fail(source, batch, "out of memory");
            return 0;
        }
        if (!held) return 1;
        if (event->type != YAML_STREAM_END_EVENT) continue;
        if (!seam_watch_ends_at_seam(watch)) {
            batch->last = 1;
            return 0;
        }
    }
}

void event_source_fill(event_source_t *source, batch_t *batch, struct seam_watch *watch) {
    batch->count = 0;
    batch->last = 0;
    batch->seam = 0;
    batch->text_size = 0;
    while (batch->count < BATCH_EVENTS) {
        yaml_event_t event;
        if (source->has_pending) {
            event = source->pending;
            source->has_pending = 0;
        } else if (watch) {
            if (!next_watched(source, batch, watch, &event)) return;
        } else if (!yaml_parser_parse(&source->parser, &event)) {
            batch->last = 1;
            return;
        }
        size_t size = text_size(&event);
        if (size >= UINT32_MAX) {
            // A kept event finds its strings by 32-bit offsets (only a spec let past the
            // default size limit can hold such a value).
            yaml_event_delete(&event);
            return fail(source, batch, "a value of 4 GiB or more");
        }
        if (batch->text_capacity - batch->text_size < size || batch->text_size + size >= UINT32_MAX) {
            // The events so far point into the text: the next batch takes this one.
            if (batch->count > 0) {
                source->pending = event;
                source->has_pending = 1;
                return;
            }
            if (!make_room(batch, size)) {
                yaml_event_delete(&event);
                return fail(source, batch, "out of memory");
            }
        }
        keep(batch, &event);
        int ended = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (ended) {
            batch->last = 1;
            return;
        }
    }
}

void event_source_delete(event_source_t *source) {
    if (source->has_pending) yaml_event_delete(&source->pending);
    yaml_parser_delete(&source->parser);
}
