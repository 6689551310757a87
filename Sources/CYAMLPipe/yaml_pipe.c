#include "allocator.h"
#include "placed_thread.h"
#include "yaml_fast.h"
#include "yaml_pipe.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// Events go over in batches, so the two threads meet once per batch rather than per event.
// The batches in flight bound how far the parser runs ahead, and the memory held: 32 (4,096
// events, some 115 KiB of them besides their strings) let either side run ahead through the
// other's slower stretches, where with 4 each waited for the other in turn (a 100,000-route
// `validate` took 20-40 ms longer). They are made only for a threaded parse.
enum { BATCH_EVENTS = 128, BATCHES = 32 };

// What one side writes often sits on cache lines the other side does not write: a line
// written by both moves between the CPUs at each write. With the consumer's count of the
// events it read (written for every event) beside the counts the parser polls, a
// 100,000-route parse took a fifth more CPU time on both threads, as where the pipe landed
// in the heap decided which fields shared a line.
#define CACHE_LINE 64

/// What the loader reads of an event, as a batch keeps it: a quarter of libyaml's event.
/// Each batch the parser's thread writes is read on another CPU, and every cache line of it
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
    /// The parser stopped with this batch: at the stream's end, or failing after `count` events.
    int last;
    /// The events' anchors, tags and scalar values, copied here as each event is parsed, so
    /// that libyaml's own copies are freed by the parser's thread at once: memory it reuses,
    /// where the loader's frees had it take fresh memory for every batch. Kept for the next
    /// batch made here. It grows only while the batch is empty, so the events point into it.
    yaml_char_t *text;
    size_t text_size, text_capacity;
} batch_t;

struct yaml_pipe {
    // The parser's own.
    yaml_parser_t parser;
    /// An event parsed for a batch whose text had no room for its strings: the next one's first.
    yaml_event_t pending;
    int has_pending;
    /// The fast parse of the subset of YAML specs are written in (`yaml_fast.h`), until the
    /// input leaves it: libyaml then parses from the start, past the `fast_events` handed out.
    yaml_fast_t *fast;
    size_t fast_events;
    yaml_fast_event_t fast_pending;
    int has_fast_pending;
    /// A second fast parse of a spec read from a file, run while the batches are full: once
    /// it reached the end (`scouted`), the first one will not give the input to libyaml, so
    /// the pages it has read can go back as it goes (`read_for_good`).
    yaml_fast_t *scout;
    int scouted;
    /// The input's pages up to here were given back (`release_read`); NULL when they are kept.
    const unsigned char *released;
    uintptr_t page_size;
    // Batches published and batches given back: each written by one side and read by the
    // other without the lock, each on a line of its own.
    _Alignas(CACHE_LINE) _Atomic size_t produced;
    _Alignas(CACHE_LINE) _Atomic size_t consumed;
    // The consumer's own: whether it holds batch `consumed`, and its next event there.
    _Alignas(CACHE_LINE) int holding;
    size_t reading;
    // Unthreaded: the event handed out last, deleted when the next is asked for.
    yaml_event_t current;
    int has_current;
    // Written seldom: whether to stop, and how a side that finds nothing to do waits. It spins,
    // then sleeps on `changed` under `lock`, counted in `sleepers`: the other side takes the
    // lock to wake it only then.
    _Alignas(CACHE_LINE) _Atomic int stop;
    _Atomic int sleepers;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    int threaded;
    // The parser's thread, on another CPU than the consumer's until the parse ends.
    placed_thread_t thread;
    int joined;
    batch_t *batches;
};

// How long a side spins before it sleeps: about 100 µs here, several batches of the parser's.
// Waking a thread that slept on another CPU took tens of microseconds on this virtual
// machine, every time either side got ahead (docs/decisions.md).
enum { SPINS = 4096 };

static void pause_briefly(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ volatile("yield");
#endif
}

static int has_space(yaml_pipe_t *pipe) {
    return atomic_load(&pipe->produced) - atomic_load(&pipe->consumed) < BATCHES || atomic_load(&pipe->stop);
}

static int has_batch(yaml_pipe_t *pipe) {
    return atomic_load(&pipe->produced) != atomic_load(&pipe->consumed);
}

/// Returns once `ready(pipe)` holds.
static void await(yaml_pipe_t *pipe, int (*ready)(yaml_pipe_t *)) {
    for (int spin = 0; spin < SPINS; spin++) {
        if (ready(pipe)) return;
        pause_briefly();
    }
    // Counted before `ready` is read again, as the other side changes what it reads before it
    // reads the count (both sequentially consistent): one of the two sees the other.
    atomic_fetch_add(&pipe->sleepers, 1);
    pthread_mutex_lock(&pipe->lock);
    while (!ready(pipe)) pthread_cond_wait(&pipe->changed, &pipe->lock);
    pthread_mutex_unlock(&pipe->lock);
    atomic_fetch_sub(&pipe->sleepers, 1);
}

/// Wakes the other side if it sleeps, after a change to what it waits for.
static void wake(yaml_pipe_t *pipe) {
    if (atomic_load(&pipe->sleepers) == 0) return;
    pthread_mutex_lock(&pipe->lock);
    pthread_cond_broadcast(&pipe->changed);
    pthread_mutex_unlock(&pipe->lock);
}

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

static uint32_t saturated(size_t value) { return value > UINT32_MAX ? UINT32_MAX : (uint32_t)value; }

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

/// What the loader reads of the event `kept` stands for, its strings in `text`.
static void restore(const kept_event_t *kept, const yaml_char_t *text, yaml_pipe_event_t *event) {
    *event = (yaml_pipe_event_t){
        .type = (yaml_event_type_t)kept->type,
        .line = kept->line,
        .column = kept->column,
        .style = (yaml_scalar_style_t)kept->style,
        .value = kept->value ? text + kept->value - 1 : NULL,
        .length = kept->length,
        .anchor = kept->anchor ? text + kept->anchor - 1 : NULL,
        .tag = kept->tag ? text + kept->tag - 1 : NULL,
    };
}

/// What the loader reads of libyaml's `event`, its strings in place.
static void convert(const yaml_event_t *event, yaml_pipe_event_t *converted) {
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

/// Whether `batch`'s text has room for `size` more bytes, made in an empty batch: in one
/// with events, which point into its text, the next event waits for the next batch.
typedef enum { ROOM, ROOM_IN_NEXT_BATCH, OUT_OF_MEMORY } room_t;

static room_t room(yaml_pipe_t *pipe, batch_t *batch, size_t size) {
    if (batch->text_capacity - batch->text_size >= size && batch->text_size + size < UINT32_MAX) return ROOM;
    if (batch->count > 0) return ROOM_IN_NEXT_BATCH;
    if (make_room(batch, size)) return ROOM;
    // Reported as the parser's own failures are.
    pipe->parser.error = YAML_MEMORY_ERROR;
    pipe->parser.problem = "out of memory";
    return OUT_OF_MEMORY;
}

/// Gives back the whole pages of input before `read`, a megabyte or more at a time: libyaml
/// reads its input once, forward, into a buffer of its own, and never again.
static void release_read(yaml_pipe_t *pipe, const unsigned char *read) {
    uintptr_t page = pipe->page_size;
    uintptr_t start = ((uintptr_t)pipe->released + page - 1) & ~(page - 1);
    uintptr_t end = (uintptr_t)read & ~(page - 1);
    if (end < start + (1 << 20)) return;
    madvise((void *)start, end - start, MADV_DONTNEED);
    pipe->released = (const unsigned char *)end;
}

/// Where the input will not be read again: libyaml's position, or while the fast parse runs,
/// which may yet hand the input to libyaml, its start until the scout has reached the end.
static const unsigned char *read_for_good(const yaml_pipe_t *pipe) {
    if (!pipe->fast) return pipe->parser.input.string.current;
    return pipe->scouted ? yaml_fast_needed_from(pipe->fast) : pipe->parser.input.string.start;
}

/// Runs the scout while the batches are full, some events at a time.
static void scout_while_full(yaml_pipe_t *pipe) {
    while (pipe->scout && !has_space(pipe)) {
        for (int step = 0; step < 256; step++) {
            yaml_fast_event_t event;
            int result = yaml_fast_next(pipe->scout, &event);
            if (result == 1) continue;
            pipe->scouted = result == 0;
            yaml_fast_free(pipe->scout);
            pipe->scout = NULL;
            break;
        }
    }
}

/// What `keep_fast` did.
typedef enum { FAST_KEPT, FAST_FULL, FAST_HANDED_OVER, FAST_FAILED } fast_step_t;

/// libyaml parses from the start, past the events the fast parse handed out, which were its
/// own. False when it fails meanwhile (on an input the fast parse gave up on).
static int hand_over(yaml_pipe_t *pipe) {
    yaml_fast_free(pipe->fast);
    pipe->fast = NULL;
    yaml_fast_free(pipe->scout);
    pipe->scout = NULL;
    // Pages read went back once the scout had ended, so the fast parse gave up only as memory
    // ran out: libyaml would read those pages as zeros.
    if (pipe->released && pipe->released != pipe->parser.input.string.start) {
        pipe->parser.error = YAML_MEMORY_ERROR;
        pipe->parser.problem = "out of memory";
        return 0;
    }
    for (size_t index = 0; index < pipe->fast_events; index++) {
        yaml_event_t event;
        if (!yaml_parser_parse(&pipe->parser, &event)) return 0;
        yaml_event_delete(&event);
    }
    return 1;
}

/// Adds the fast parse's next event to `batch`, as `keep` adds libyaml's.
static fast_step_t keep_fast(yaml_pipe_t *pipe, batch_t *batch) {
    yaml_fast_event_t event;
    if (pipe->has_fast_pending) {
        event = pipe->fast_pending;
        pipe->has_fast_pending = 0;
    } else if (yaml_fast_next(pipe->fast, &event) != 1) {
        // It gave up: a batch ends with the stream's end, after which nothing is asked for.
        return hand_over(pipe) ? FAST_HANDED_OVER : FAST_FAILED;
    }
    size_t size = event.type == YAML_SCALAR_EVENT ? event.length + 1 : 0;
    // A value of 4 GiB or more is libyaml's to report (see `produce`).
    if (size >= UINT32_MAX) return hand_over(pipe) ? FAST_HANDED_OVER : FAST_FAILED;
    switch (room(pipe, batch, size)) {
    case ROOM: break;
    case ROOM_IN_NEXT_BATCH:
        pipe->fast_pending = event;
        pipe->has_fast_pending = 1;
        return FAST_FULL;
    case OUT_OF_MEMORY: return FAST_FAILED;
    }
    kept_event_t *kept = &batch->events[batch->count++];
    *kept = (kept_event_t){.line = event.line, .column = event.column, .type = (uint8_t)event.type};
    if (event.type == YAML_SCALAR_EVENT) {
        kept->value = copy_string(batch, event.value, event.length);
        kept->length = (uint32_t)event.length;
        kept->style = (uint8_t)event.style;
    }
    pipe->fast_events++;
    return FAST_KEPT;
}

static void *produce(void *argument) {
    yaml_pipe_t *pipe = argument;
    for (;;) {
        scout_while_full(pipe);
        // Then the heap the loader fills, a huge page at a time, some 0.3 ms each on a virtual
        // machine: taken while the loader has 32 batches to read, they are off its thread.
        while (!has_space(pipe) && apispec_heap_fault_next()) {}
        await(pipe, has_space);
        if (atomic_load(&pipe->stop)) return NULL;
        // Only this thread writes `produced`, and the consumer reads this batch only once published.
        batch_t *batch = &pipe->batches[atomic_load(&pipe->produced) % BATCHES];
        batch->count = 0;
        batch->last = 0;
        batch->text_size = 0;
        while (batch->count < BATCH_EVENTS) {
            if (pipe->fast) {
                fast_step_t step = keep_fast(pipe, batch);
                if (step == FAST_FULL) break;
                if (step == FAST_FAILED) {
                    batch->last = 1;
                    break;
                }
                if (step == FAST_KEPT) {
                    if (batch->events[batch->count - 1].type != YAML_STREAM_END_EVENT) continue;
                    batch->last = 1;
                    break;
                }
            }
            yaml_event_t event;
            if (pipe->has_pending) {
                event = pipe->pending;
                pipe->has_pending = 0;
            } else if (!yaml_parser_parse(&pipe->parser, &event)) {
                batch->last = 1;
                break;
            }
            size_t size = text_size(&event);
            if (size >= UINT32_MAX) {
                // A kept event finds its strings by 32-bit offsets (only a spec let past the
                // default size limit can hold such a value).
                yaml_event_delete(&event);
                pipe->parser.error = YAML_MEMORY_ERROR;
                pipe->parser.problem = "a value of 4 GiB or more";
                batch->last = 1;
                break;
            }
            room_t has_room = room(pipe, batch, size);
            if (has_room == ROOM_IN_NEXT_BATCH) {
                pipe->pending = event;
                pipe->has_pending = 1;
                break;
            }
            if (has_room == OUT_OF_MEMORY) {
                yaml_event_delete(&event);
                batch->last = 1;
                break;
            }
            keep(batch, &event);
            yaml_event_delete(&event);
            if (batch->events[batch->count - 1].type == YAML_STREAM_END_EVENT) {
                batch->last = 1;
                break;
            }
        }
        atomic_fetch_add(&pipe->produced, 1);
        wake(pipe);
        if (pipe->released) release_read(pipe, batch->last ? pipe->parser.input.string.end : read_for_good(pipe));
        if (batch->last) return NULL;
    }
}

yaml_pipe_t *yaml_pipe_start(const unsigned char *input, size_t size, size_t threaded_from, int release_read_input, int fast) {
    // Aligned as its cache lines are laid out (calloc aligns to 16 bytes).
    yaml_pipe_t *pipe = aligned_alloc(CACHE_LINE, sizeof *pipe);
    if (!pipe) return NULL;
    memset(pipe, 0, sizeof *pipe);
    if (!yaml_parser_initialize(&pipe->parser)) {
        free(pipe);
        return NULL;
    }
    yaml_parser_set_input_string(&pipe->parser, input, size);
    yaml_parser_set_encoding(&pipe->parser, YAML_UTF8_ENCODING);
    // Without it (out of memory), libyaml parses alone.
    if (fast) pipe->fast = yaml_fast_start(input, size);
    if (size >= threaded_from && pthread_mutex_init(&pipe->lock, NULL) == 0) {
        if (pthread_cond_init(&pipe->changed, NULL) == 0) {
            long page_size = sysconf(_SC_PAGESIZE);
            if (release_read_input && page_size > 0) {
                pipe->released = input;
                pipe->page_size = (uintptr_t)page_size;
                if (pipe->fast) pipe->scout = yaml_fast_start(input, size);
            }
            pipe->batches = aligned_alloc(CACHE_LINE, BATCHES * sizeof *pipe->batches);
            if (pipe->batches) {
                memset(pipe->batches, 0, BATCHES * sizeof *pipe->batches);
                pipe->threaded = placed_thread_start(&pipe->thread, produce, pipe);
            }
            if (!pipe->threaded) {
                free(pipe->batches);
                pipe->batches = NULL;
                pthread_cond_destroy(&pipe->changed);
            }
        }
        if (!pipe->threaded) pthread_mutex_destroy(&pipe->lock);
    }
    return pipe;
}

int yaml_pipe_next(yaml_pipe_t *pipe, yaml_pipe_event_t *event) {
    if (!pipe->threaded) {
        if (pipe->fast) {
            yaml_fast_event_t fast;
            if (yaml_fast_next(pipe->fast, &fast) == 1) {
                pipe->fast_events++;
                *event = (yaml_pipe_event_t){
                    .type = fast.type, .line = fast.line, .column = fast.column, .style = fast.style,
                    .value = fast.value, .length = fast.length,
                };
                return 1;
            }
            if (!hand_over(pipe)) return 0;
        }
        if (pipe->has_current) yaml_event_delete(&pipe->current);
        pipe->has_current = yaml_parser_parse(&pipe->parser, &pipe->current);
        if (pipe->has_current) convert(&pipe->current, event);
        return pipe->has_current;
    }
    for (;;) {
        if (pipe->holding) {
            batch_t *batch = &pipe->batches[atomic_load(&pipe->consumed) % BATCHES];
            if (pipe->reading < batch->count) {
                restore(&batch->events[pipe->reading++], batch->text, event);
                return 1;
            }
            // A batch that ended the stream ended with its last event, which the caller stops at.
            if (batch->last) return 0;
            atomic_fetch_add(&pipe->consumed, 1);
            pipe->holding = 0;
            wake(pipe);
        }
        await(pipe, has_batch);
        pipe->holding = 1;
        pipe->reading = 0;
    }
}

/// Stops the parser thread and waits for it.
static void stop(yaml_pipe_t *pipe) {
    if (!pipe->threaded || pipe->joined) return;
    atomic_store(&pipe->stop, 1);
    wake(pipe);
    pthread_join(pipe->thread.thread, NULL);
    pipe->joined = 1;
    placed_thread_release(&pipe->thread);
}

const yaml_parser_t *yaml_pipe_parser(yaml_pipe_t *pipe) {
    stop(pipe);
    return &pipe->parser;
}

void yaml_pipe_free(yaml_pipe_t *pipe) {
    if (!pipe) return;
    if (pipe->threaded) {
        stop(pipe);
        // The batches' events are copies: their text is all there is to free.
        for (size_t index = 0; index < BATCHES; index++) free(pipe->batches[index].text);
        free(pipe->batches);
        pthread_cond_destroy(&pipe->changed);
        pthread_mutex_destroy(&pipe->lock);
    }
    if (pipe->has_current) yaml_event_delete(&pipe->current);
    if (pipe->has_pending) yaml_event_delete(&pipe->pending);
    yaml_fast_free(pipe->fast);
    yaml_fast_free(pipe->scout);
    yaml_parser_delete(&pipe->parser);
    free(pipe);
}
