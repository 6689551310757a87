#if defined(__linux__)
#define _GNU_SOURCE // CPU affinity: sched_getcpu, sched_setaffinity, pthread_attr_setaffinity_np
#include <sched.h>
#endif

#include "yaml_pipe.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Events go over in batches, so the two threads meet once per batch rather than per event;
// a few batches in flight bound how far the parser runs ahead, and the memory held.
enum { BATCH_EVENTS = 128, BATCHES = 4 };

/// An event carries at most three strings: its anchor, its tag and a scalar's value.
enum { EVENT_STRINGS = 3 };

/// The offset that stands for no string in a batch's text.
#define NO_TEXT SIZE_MAX

typedef struct {
    yaml_event_t events[BATCH_EVENTS];
    size_t count;
    /// The parser stopped with this batch: at the stream's end, or failing after `count` events.
    int last;
    /// The events' anchors, tags and scalar values, copied here as each event is parsed, so
    /// that libyaml's own copies are freed by the parser's thread at once: memory it reuses,
    /// where the loader's frees had it take fresh memory for every batch. Kept for the next
    /// batch made here.
    yaml_char_t *text;
    size_t text_size, text_capacity;
    /// Where each event's anchor, tag and value are in `text`.
    size_t offsets[BATCH_EVENTS][EVENT_STRINGS];
} batch_t;

struct yaml_pipe {
    yaml_parser_t parser;
    int threaded;
    pthread_t thread;
    int joined;
#if defined(__linux__)
    // The consumer's CPUs before it was held to one for the parse, given back when it ends.
    cpu_set_t consumer_cpus;
    int pinned;
#endif
    // Batches published, batches given back, and whether to stop: each written by one side and
    // read by the other without the lock.
    _Atomic size_t produced;
    _Atomic size_t consumed;
    _Atomic int stop;
    // A side that finds nothing to do spins, then sleeps on `changed` under `lock`, counted in
    // `sleepers`: the other side takes the lock to wake it only then.
    _Atomic int sleepers;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    // The consumer's own: whether it holds batch `consumed`, and its next event there.
    int holding;
    size_t reading;
    // Unthreaded: the event handed out last, deleted when the next is asked for.
    yaml_event_t current;
    int has_current;
    batch_t batches[BATCHES];
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

/// Copies `length` bytes of `string` (none when NULL) and a NUL into `batch`'s text; false
/// when out of memory.
static int keep_text(batch_t *batch, const yaml_char_t *string, size_t length, size_t *offset) {
    *offset = NO_TEXT;
    if (!string) return 1;
    if (batch->text_capacity - batch->text_size < length + 1) {
        size_t capacity = batch->text_capacity ? batch->text_capacity : 4096;
        while (capacity - batch->text_size < length + 1) capacity *= 2;
        yaml_char_t *text = realloc(batch->text, capacity);
        if (!text) return 0;
        batch->text = text;
        batch->text_capacity = capacity;
    }
    memcpy(batch->text + batch->text_size, string, length);
    batch->text[batch->text_size + length] = 0;
    *offset = batch->text_size;
    batch->text_size += length + 1;
    return 1;
}

/// Where `event` holds its anchor, tag and value; NULL for those its kind has not.
static void string_fields(yaml_event_t *event, yaml_char_t **fields[EVENT_STRINGS]) {
    fields[0] = fields[1] = fields[2] = NULL;
    switch (event->type) {
    case YAML_ALIAS_EVENT:
        fields[0] = &event->data.alias.anchor;
        break;
    case YAML_SCALAR_EVENT:
        fields[0] = &event->data.scalar.anchor;
        fields[1] = &event->data.scalar.tag;
        fields[2] = &event->data.scalar.value;
        break;
    case YAML_SEQUENCE_START_EVENT:
        fields[0] = &event->data.sequence_start.anchor;
        fields[1] = &event->data.sequence_start.tag;
        break;
    case YAML_MAPPING_START_EVENT:
        fields[0] = &event->data.mapping_start.anchor;
        fields[1] = &event->data.mapping_start.tag;
        break;
    default:
        break;
    }
}

/// Adds a copy of `event` to `batch`, its strings in the batch's text; false when out of memory.
static int keep(batch_t *batch, const yaml_event_t *event) {
    yaml_event_t *copy = &batch->events[batch->count];
    *copy = *event;
    if (copy->type == YAML_DOCUMENT_START_EVENT) {
        // The loader reads no directives.
        copy->data.document_start.version_directive = NULL;
        copy->data.document_start.tag_directives.start = NULL;
        copy->data.document_start.tag_directives.end = NULL;
    }
    yaml_char_t **fields[EVENT_STRINGS];
    string_fields(copy, fields);
    for (int field = 0; field < EVENT_STRINGS; field++) {
        yaml_char_t *string = fields[field] ? *fields[field] : NULL;
        // Only a scalar's value has a length of its own; anchors and tags end with a NUL.
        size_t length = !string ? 0 : field == 2 ? copy->data.scalar.length : strlen((const char *)string);
        if (!keep_text(batch, string, length, &batch->offsets[batch->count][field])) return 0;
    }
    return 1;
}

/// Points the batch's events at their strings, once its text no longer moves.
static void point_at_text(batch_t *batch) {
    for (size_t index = 0; index < batch->count; index++) {
        yaml_char_t **fields[EVENT_STRINGS];
        string_fields(&batch->events[index], fields);
        for (int field = 0; field < EVENT_STRINGS; field++) {
            size_t offset = batch->offsets[index][field];
            if (fields[field]) *fields[field] = offset == NO_TEXT ? NULL : batch->text + offset;
        }
    }
}

static void *produce(void *argument) {
    yaml_pipe_t *pipe = argument;
    for (;;) {
        await(pipe, has_space);
        if (atomic_load(&pipe->stop)) return NULL;
        // Only this thread writes `produced`, and the consumer reads this batch only once published.
        batch_t *batch = &pipe->batches[atomic_load(&pipe->produced) % BATCHES];
        batch->count = 0;
        batch->last = 0;
        batch->text_size = 0;
        while (batch->count < BATCH_EVENTS) {
            yaml_event_t event;
            if (!yaml_parser_parse(&pipe->parser, &event)) {
                batch->last = 1;
                break;
            }
            int kept = keep(batch, &event);
            yaml_event_delete(&event);
            if (!kept) {
                // Reported as the parser's own failures are.
                pipe->parser.error = YAML_MEMORY_ERROR;
                pipe->parser.problem = "out of memory";
                batch->last = 1;
                break;
            }
            if (batch->events[batch->count++].type == YAML_STREAM_END_EVENT) {
                batch->last = 1;
                break;
            }
        }
        point_at_text(batch);
        atomic_fetch_add(&pipe->produced, 1);
        wake(pipe);
        if (batch->last) return NULL;
    }
}

/// Starts the parser's thread on CPUs other than the caller's, and holds the caller to its
/// own until `stop`. Left to itself, Linux wakes each thread on the CPU of the thread that woke
/// it: the two then took turns on one CPU, each idle half of the parse. False when there is no
/// other CPU to run on, or no thread.
static int start_thread(yaml_pipe_t *pipe) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return 0;
#if defined(__linux__)
    cpu_set_t allowed;
    int cpu = sched_getcpu();
    // With more CPUs than a cpu_set_t holds, the threads run wherever Linux puts them.
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0 && cpu >= 0 && CPU_ISSET(cpu, &allowed)) {
        if (CPU_COUNT(&allowed) < 2) {
            pthread_attr_destroy(&attributes);
            return 0;
        }
        cpu_set_t producer = allowed;
        CPU_CLR(cpu, &producer);
        cpu_set_t consumer;
        CPU_ZERO(&consumer);
        CPU_SET(cpu, &consumer);
        if (pthread_attr_setaffinity_np(&attributes, sizeof producer, &producer) == 0
            && sched_setaffinity(0, sizeof consumer, &consumer) == 0) {
            pipe->consumer_cpus = allowed;
            pipe->pinned = 1;
        }
    }
#endif
    int started = pthread_create(&pipe->thread, &attributes, produce, pipe) == 0;
    pthread_attr_destroy(&attributes);
    return started;
}

/// Gives the consumer back the CPUs it had.
static void unpin(yaml_pipe_t *pipe) {
#if defined(__linux__)
    if (!pipe->pinned) return;
    sched_setaffinity(0, sizeof pipe->consumer_cpus, &pipe->consumer_cpus);
    pipe->pinned = 0;
#else
    (void)pipe;
#endif
}

yaml_pipe_t *yaml_pipe_start(const unsigned char *input, size_t size, size_t threaded_from) {
    yaml_pipe_t *pipe = calloc(1, sizeof *pipe);
    if (!pipe) return NULL;
    if (!yaml_parser_initialize(&pipe->parser)) {
        free(pipe);
        return NULL;
    }
    yaml_parser_set_input_string(&pipe->parser, input, size);
    yaml_parser_set_encoding(&pipe->parser, YAML_UTF8_ENCODING);
    if (size >= threaded_from && pthread_mutex_init(&pipe->lock, NULL) == 0) {
        if (pthread_cond_init(&pipe->changed, NULL) == 0) {
            pipe->threaded = start_thread(pipe);
            if (!pipe->threaded) {
                unpin(pipe);
                pthread_cond_destroy(&pipe->changed);
            }
        }
        if (!pipe->threaded) pthread_mutex_destroy(&pipe->lock);
    }
    return pipe;
}

int yaml_pipe_next(yaml_pipe_t *pipe, yaml_event_t *event) {
    if (!pipe->threaded) {
        if (pipe->has_current) yaml_event_delete(&pipe->current);
        pipe->has_current = yaml_parser_parse(&pipe->parser, &pipe->current);
        if (pipe->has_current) *event = pipe->current;
        return pipe->has_current;
    }
    for (;;) {
        if (pipe->holding) {
            batch_t *batch = &pipe->batches[atomic_load(&pipe->consumed) % BATCHES];
            if (pipe->reading < batch->count) {
                *event = batch->events[pipe->reading++];
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
    pthread_join(pipe->thread, NULL);
    pipe->joined = 1;
    unpin(pipe);
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
        pthread_cond_destroy(&pipe->changed);
        pthread_mutex_destroy(&pipe->lock);
    }
    if (pipe->has_current) yaml_event_delete(&pipe->current);
    yaml_parser_delete(&pipe->parser);
    free(pipe);
}
