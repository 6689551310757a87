#include "yaml_pipe.h"

#include <pthread.h>
#include <stdlib.h>

// Events go over in batches, so the two threads meet once per batch rather than per event;
// a few batches in flight bound how far the parser runs ahead, and the memory held.
enum { BATCH_EVENTS = 128, BATCHES = 4 };

typedef struct {
    yaml_event_t events[BATCH_EVENTS];
    size_t count;
    /// The parser stopped with this batch: at the stream's end, or failing after `count` events.
    int last;
} batch_t;

struct yaml_pipe {
    yaml_parser_t parser;
    int threaded;
    pthread_t thread;
    int joined;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    // Guarded by `lock`: batches published, batches given back, and whether to stop.
    size_t produced;
    size_t consumed;
    int stop;
    // The consumer's own: whether it holds batch `consumed`, and its next event there.
    int holding;
    size_t reading;
    batch_t batches[BATCHES];
};

static void *produce(void *argument) {
    yaml_pipe_t *pipe = argument;
    for (;;) {
        pthread_mutex_lock(&pipe->lock);
        while (pipe->produced - pipe->consumed == BATCHES && !pipe->stop) pthread_cond_wait(&pipe->changed, &pipe->lock);
        int stop = pipe->stop;
        pthread_mutex_unlock(&pipe->lock);
        if (stop) return NULL;
        // Only this thread writes `produced`, and the consumer reads this batch only once published.
        batch_t *batch = &pipe->batches[pipe->produced % BATCHES];
        batch->count = 0;
        batch->last = 0;
        while (batch->count < BATCH_EVENTS) {
            yaml_event_t *event = &batch->events[batch->count];
            if (!yaml_parser_parse(&pipe->parser, event)) {
                batch->last = 1;
                break;
            }
            batch->count++;
            if (event->type == YAML_STREAM_END_EVENT) {
                batch->last = 1;
                break;
            }
        }
        pthread_mutex_lock(&pipe->lock);
        pipe->produced++;
        pthread_cond_broadcast(&pipe->changed);
        pthread_mutex_unlock(&pipe->lock);
        if (batch->last) return NULL;
    }
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
            pipe->threaded = pthread_create(&pipe->thread, NULL, produce, pipe) == 0;
            if (!pipe->threaded) pthread_cond_destroy(&pipe->changed);
        }
        if (!pipe->threaded) pthread_mutex_destroy(&pipe->lock);
    }
    return pipe;
}

int yaml_pipe_next(yaml_pipe_t *pipe, yaml_event_t *event) {
    if (!pipe->threaded) return yaml_parser_parse(&pipe->parser, event);
    for (;;) {
        if (pipe->holding) {
            batch_t *batch = &pipe->batches[pipe->consumed % BATCHES];
            if (pipe->reading < batch->count) {
                *event = batch->events[pipe->reading++];
                return 1;
            }
            // A batch that ended the stream ended with its last event, which the caller stops at.
            if (batch->last) return 0;
            pthread_mutex_lock(&pipe->lock);
            pipe->consumed++;
            pipe->holding = 0;
            pthread_cond_broadcast(&pipe->changed);
            pthread_mutex_unlock(&pipe->lock);
        }
        pthread_mutex_lock(&pipe->lock);
        while (pipe->produced == pipe->consumed) pthread_cond_wait(&pipe->changed, &pipe->lock);
        pthread_mutex_unlock(&pipe->lock);
        pipe->holding = 1;
        pipe->reading = 0;
    }
}

/// Stops the parser thread and waits for it.
static void stop(yaml_pipe_t *pipe) {
    if (!pipe->threaded || pipe->joined) return;
    pthread_mutex_lock(&pipe->lock);
    pipe->stop = 1;
    pthread_cond_broadcast(&pipe->changed);
    pthread_mutex_unlock(&pipe->lock);
    pthread_join(pipe->thread, NULL);
    pipe->joined = 1;
}

const yaml_parser_t *yaml_pipe_parser(yaml_pipe_t *pipe) {
    stop(pipe);
    return &pipe->parser;
}

void yaml_pipe_free(yaml_pipe_t *pipe) {
    if (!pipe) return;
    if (pipe->threaded) {
        stop(pipe);
        // The events published and not handed out: the rest of the batch held, and those after it.
        for (size_t number = pipe->consumed; number < pipe->produced; number++) {
            batch_t *batch = &pipe->batches[number % BATCHES];
            size_t first = number == pipe->consumed && pipe->holding ? pipe->reading : 0;
            for (size_t index = first; index < batch->count; index++) yaml_event_delete(&batch->events[index]);
        }
        pthread_cond_destroy(&pipe->changed);
        pthread_mutex_destroy(&pipe->lock);
    }
    yaml_parser_delete(&pipe->parser);
    free(pipe);
}
