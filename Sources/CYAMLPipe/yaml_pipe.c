#include "event_batch.h"
#include "placed_thread.h"
#include "split_input.h"
#include "yaml_pipe.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// A few batches in flight bound how far the parser runs ahead, and the memory held.
enum { BATCHES = 4 };

/// A batch of the second part of a split input, in the list its parsers add to.
typedef struct second_part_batch {
    batch_t batch;
    struct second_part_batch *_Atomic next;
} second_part_batch_t;

struct yaml_pipe {
    // The parser's own (of the first part, when the input is split).
    event_source_t source;
    /// Follows the first part's events to its end (split only).
    seam_watch_t watch;
    /// The input's pages up to here were given back (`release_pages`); NULL when they are kept.
    const unsigned char *released;
    uintptr_t page_size;
    /// The input, for a parse of it whole when its split parse does not join (`parse_again_whole`).
    const unsigned char *input;
    size_t size, threaded_from;
    // Batches published and batches given back: each written by one side and read by the
    // other without the lock, each on a line of its own.
    _Alignas(CACHE_LINE) _Atomic size_t produced;
    _Alignas(CACHE_LINE) _Atomic size_t consumed;
    // The consumer's own: whether it holds batch `consumed`, and its next event there; the
    // events it handed out; and once in the second part, the batch it reads.
    _Alignas(CACHE_LINE) int holding;
    size_t reading;
    size_t handed_out;
    int in_second_part;
    second_part_batch_t *second_reading;
    /// The parse of the whole input that took over from a split one.
    yaml_pipe_t *whole;
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
    // The second part of a split input: parsed by whichever thread would otherwise wait,
    // holding `second_lock`, into a list of batches that ends at `second_last`.
    _Alignas(CACHE_LINE) int split;
    split_input_t second;
    pthread_mutex_t second_lock;
    second_part_batch_t *second_first, *second_last;
    _Atomic int second_finished;
    /// Set at the seam: the second part's lines are this many further on, and its pages
    /// may be given back as they are read.
    _Atomic int joined_at_seam;
    size_t second_line_offset;
    const unsigned char *second_released;
    int second_marks_moved;
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

static int second_part_has_batch(yaml_pipe_t *pipe) {
    return atomic_load(&pipe->second_reading->next) || atomic_load(&pipe->second_finished);
}

/// Wakes the other side if it sleeps, after a change to what it waits for.
static void wake(yaml_pipe_t *pipe) {
    if (atomic_load(&pipe->sleepers) == 0) return;
    pthread_mutex_lock(&pipe->lock);
    pthread_cond_broadcast(&pipe->changed);
    pthread_mutex_unlock(&pipe->lock);
}

/// Gives back the whole pages of input below `read_to` (which the parser has copied into
/// buffers of its own, and never reads again), `at_least` bytes or more at a time.
static void release_pages(yaml_pipe_t *pipe, const unsigned char **released, const unsigned char *read_to, uintptr_t at_least) {
    uintptr_t page = pipe->page_size;
    uintptr_t start = ((uintptr_t)*released + page - 1) & ~(page - 1);
    uintptr_t end = (uintptr_t)read_to & ~(page - 1);
    if (end < start + at_least) return;
    madvise((void *)start, end - start, MADV_DONTNEED);
    *released = (const unsigned char *)end;
}

/// Parses the second part's next batch and adds it to the list. Called holding `second_lock`.
static void parse_second_part_batch(yaml_pipe_t *pipe) {
    second_part_batch_t *added = aligned_alloc(CACHE_LINE, sizeof *added);
    if (!added) {
        // Reported as the parser's own failures are, where the list ends.
        pipe->second.source.parser.error = YAML_MEMORY_ERROR;
        pipe->second.source.parser.problem = "out of memory";
        atomic_store(&pipe->second_finished, 1);
        wake(pipe);
        return;
    }
    memset(added, 0, sizeof *added);
    event_source_fill(&pipe->second.source, &added->batch, NULL);
    if (pipe->released && atomic_load(&pipe->joined_at_seam)) {
        release_pages(pipe, &pipe->second_released, pipe->input + pipe->second.position, 1 << 20);
    }
    // Added before the list is said to end, which the consumer reads first.
    atomic_store(&pipe->second_last->next, added);
    pipe->second_last = added;
    if (added->batch.last) atomic_store(&pipe->second_finished, 1);
    wake(pipe);
}

/// Parses a batch of the second part if no other thread is at it: for a thread that would
/// otherwise wait. Returns whether it did.
static int parse_second_part_meanwhile(yaml_pipe_t *pipe) {
    if (!pipe->split || atomic_load(&pipe->second_finished) || pthread_mutex_trylock(&pipe->second_lock) != 0) return 0;
    int parsed = !atomic_load(&pipe->second_finished);
    if (parsed) parse_second_part_batch(pipe);
    pthread_mutex_unlock(&pipe->second_lock);
    return parsed;
}

/// Returns once `ready(pipe)` holds, parsing the second part of a split input meanwhile.
static void await(yaml_pipe_t *pipe, int (*ready)(yaml_pipe_t *)) {
    for (int spin = 0; spin < SPINS; spin++) {
        if (ready(pipe)) return;
        if (parse_second_part_meanwhile(pipe)) spin = 0;
        else pause_briefly();
    }
    // Counted before `ready` is read again, as the other side changes what it reads before it
    // reads the count (both sequentially consistent): one of the two sees the other.
    atomic_fetch_add(&pipe->sleepers, 1);
    pthread_mutex_lock(&pipe->lock);
    while (!ready(pipe)) pthread_cond_wait(&pipe->changed, &pipe->lock);
    pthread_mutex_unlock(&pipe->lock);
    atomic_fetch_sub(&pipe->sleepers, 1);
}

/// The first part ended at its seam: the second part's lines follow its, and the input's
/// pages up to the cut may go.
static void join_at_seam(yaml_pipe_t *pipe) {
    pipe->second_line_offset = split_input_line_offset(pipe->watch.cut_line);
    if (pipe->released) release_pages(pipe, &pipe->released, pipe->input + pipe->second.cut, 0);
    atomic_store(&pipe->joined_at_seam, 1);
}

static void *produce(void *argument) {
    yaml_pipe_t *pipe = argument;
    for (;;) {
        await(pipe, has_space);
        if (atomic_load(&pipe->stop)) return NULL;
        // Only this thread writes `produced`, and the consumer reads this batch only once published.
        batch_t *batch = &pipe->batches[atomic_load(&pipe->produced) % BATCHES];
        event_source_fill(&pipe->source, batch, pipe->split ? &pipe->watch : NULL);
        if (batch->seam) join_at_seam(pipe);
        atomic_fetch_add(&pipe->produced, 1);
        wake(pipe);
        // Split, the input's pages are kept until the seam, for a parse of it whole.
        if (pipe->released && !pipe->split) {
            release_pages(pipe, &pipe->released, pipe->source.parser.input.string.current, 1 << 20);
        }
        if (batch->last) break;
    }
    if (!pipe->split || !atomic_load(&pipe->joined_at_seam)) return NULL;
    // The first part is parsed: the second part's parse goes on here, to its end.
    while (!atomic_load(&pipe->stop) && !atomic_load(&pipe->second_finished)) {
        pthread_mutex_lock(&pipe->second_lock);
        if (!atomic_load(&pipe->second_finished)) parse_second_part_batch(pipe);
        pthread_mutex_unlock(&pipe->second_lock);
    }
    return NULL;
}

/// Splits the input for two parsers when a cut fits (`split_input.h`).
static void split(yaml_pipe_t *pipe, const unsigned char *input, size_t size) {
    if (!split_input_start(&pipe->second, input, size)) return;
    second_part_batch_t *empty = aligned_alloc(CACHE_LINE, sizeof *empty);
    if (!empty || pthread_mutex_init(&pipe->second_lock, NULL) != 0) {
        free(empty);
        event_source_delete(&pipe->second.source);
        return;
    }
    // The list starts with an empty batch, so that its parsers only ever add after one.
    memset(empty, 0, sizeof *empty);
    pipe->second_first = pipe->second_last = empty;
    pipe->second_released = input + pipe->second.cut;
    pipe->split = 1;
}

/// Undoes `split`.
static void free_second_part(yaml_pipe_t *pipe) {
    if (!pipe->split) return;
    second_part_batch_t *batch = pipe->in_second_part ? pipe->second_reading : pipe->second_first;
    while (batch) {
        second_part_batch_t *next = atomic_load(&batch->next);
        free(batch->batch.text);
        free(batch);
        batch = next;
    }
    pthread_mutex_destroy(&pipe->second_lock);
    event_source_delete(&pipe->second.source);
    seam_watch_delete(&pipe->watch);
    pipe->split = 0;
}

/// Sets the parser of the pipe's own to read `input` (once only: libyaml allows no second
/// input).
static int read_input(yaml_pipe_t *pipe, const unsigned char *input, size_t size) {
    if (!yaml_parser_initialize(&pipe->source.parser)) return 0;
    yaml_parser_set_input_string(&pipe->source.parser, input, size);
    yaml_parser_set_encoding(&pipe->source.parser, YAML_UTF8_ENCODING);
    return 1;
}

yaml_pipe_t *yaml_pipe_start(const unsigned char *input, size_t size, size_t threaded_from, size_t split_from, int release_read_input) {
    // Aligned as its cache lines are laid out (calloc aligns to 16 bytes).
    yaml_pipe_t *pipe = aligned_alloc(CACHE_LINE, sizeof *pipe);
    if (!pipe) return NULL;
    memset(pipe, 0, sizeof *pipe);
    pipe->input = input;
    pipe->size = size;
    pipe->threaded_from = threaded_from;
    if (size >= threaded_from && pthread_mutex_init(&pipe->lock, NULL) == 0) {
        if (pthread_cond_init(&pipe->changed, NULL) == 0) {
            long page_size = sysconf(_SC_PAGESIZE);
            if (release_read_input && page_size > 0) {
                pipe->released = input;
                pipe->page_size = (uintptr_t)page_size;
            }
            if (size >= split_from) split(pipe, input, size);
            if (read_input(pipe, input, pipe->split ? pipe->second.cut : size)) {
                pipe->threaded = placed_thread_start(&pipe->thread, produce, pipe);
                if (!pipe->threaded) yaml_parser_delete(&pipe->source.parser);
            }
            if (!pipe->threaded) {
                free_second_part(pipe);
                pipe->released = NULL;
                pthread_cond_destroy(&pipe->changed);
            }
        }
        if (!pipe->threaded) pthread_mutex_destroy(&pipe->lock);
    }
    if (!pipe->threaded && !read_input(pipe, input, size)) {
        free(pipe);
        return NULL;
    }
    return pipe;
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

/// The split parse's first part did not end at its seam: the input is parsed again whole, and
/// what was handed out of it passed over (the same events, as the first part is the input's
/// start). Its pages were all kept for this.
static int parse_again_whole(yaml_pipe_t *pipe, yaml_pipe_event_t *event) {
    stop(pipe);
    pipe->whole = yaml_pipe_start(pipe->input, pipe->size, pipe->threaded_from, SIZE_MAX, 0);
    if (!pipe->whole) {
        pipe->source.parser.error = YAML_MEMORY_ERROR;
        pipe->source.parser.problem = "out of memory";
        return 0;
    }
    for (size_t index = 0; index < pipe->handed_out; index++) {
        if (!yaml_pipe_next(pipe->whole, event)) return 0;
    }
    return yaml_pipe_next(pipe->whole, event);
}

/// The next event of the second part, once the first part's are all handed out.
static int next_of_second_part(yaml_pipe_t *pipe, yaml_pipe_event_t *event) {
    for (;;) {
        second_part_batch_t *reading = pipe->second_reading;
        if (pipe->reading < reading->batch.count) {
            kept_event_restore(&reading->batch.events[pipe->reading++], reading->batch.text, pipe->second_line_offset, event);
            return 1;
        }
        // A batch that ended the parse ended with its last event, which the caller stops at.
        if (reading->batch.last) return 0;
        second_part_batch_t *next = atomic_load(&reading->next);
        if (next) {
            free(reading->batch.text);
            free(reading);
            pipe->second_reading = next;
            pipe->reading = 0;
            continue;
        }
        // Out of memory for the next batch.
        if (atomic_load(&pipe->second_finished) && !atomic_load(&reading->next)) return 0;
        await(pipe, second_part_has_batch);
    }
}

int yaml_pipe_next(yaml_pipe_t *pipe, yaml_pipe_event_t *event) {
    if (pipe->whole) return yaml_pipe_next(pipe->whole, event);
    if (!pipe->threaded) {
        if (pipe->has_current) yaml_event_delete(&pipe->current);
        pipe->has_current = yaml_parser_parse(&pipe->source.parser, &pipe->current);
        if (pipe->has_current) event_convert(&pipe->current, event);
        return pipe->has_current;
    }
    if (pipe->in_second_part) return next_of_second_part(pipe, event);
    for (;;) {
        if (pipe->holding) {
            batch_t *batch = &pipe->batches[atomic_load(&pipe->consumed) % BATCHES];
            if (pipe->reading < batch->count) {
                kept_event_restore(&batch->events[pipe->reading++], batch->text, 0, event);
                pipe->handed_out++;
                return 1;
            }
            if (batch->last) {
                // Whole, a batch that ended the stream ended with its last event, which the caller stops at.
                if (!pipe->split) return 0;
                if (!batch->seam) return parse_again_whole(pipe, event);
                pipe->in_second_part = 1;
                pipe->second_reading = pipe->second_first;
                pipe->reading = 0;
                return next_of_second_part(pipe, event);
            }
            atomic_fetch_add(&pipe->consumed, 1);
            pipe->holding = 0;
            wake(pipe);
        }
        await(pipe, has_batch);
        pipe->holding = 1;
        pipe->reading = 0;
    }
}

const yaml_parser_t *yaml_pipe_parser(yaml_pipe_t *pipe) {
    if (pipe->whole) return yaml_pipe_parser(pipe->whole);
    stop(pipe);
    if (!pipe->in_second_part) return &pipe->source.parser;
    // The second part's parser counts its lines from the line added before the cut.
    yaml_parser_t *parser = &pipe->second.source.parser;
    if (!pipe->second_marks_moved) {
        parser->problem_mark.line += pipe->second_line_offset;
        parser->context_mark.line += pipe->second_line_offset;
        parser->mark.line += pipe->second_line_offset;
        pipe->second_marks_moved = 1;
    }
    return parser;
}

int yaml_pipe_parsed_in_parts(const yaml_pipe_t *pipe) { return pipe->in_second_part; }

void yaml_pipe_free(yaml_pipe_t *pipe) {
    if (!pipe) return;
    if (pipe->whole) yaml_pipe_free(pipe->whole);
    if (pipe->threaded) {
        stop(pipe);
        free_second_part(pipe);
        // The batches' events are copies: their text is all there is to free.
        for (size_t index = 0; index < BATCHES; index++) free(pipe->batches[index].text);
        pthread_cond_destroy(&pipe->changed);
        pthread_mutex_destroy(&pipe->lock);
    }
    if (pipe->has_current) yaml_event_delete(&pipe->current);
    event_source_delete(&pipe->source);
    free(pipe);
}
