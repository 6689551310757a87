#include "allocator.h"
#include "placed_thread.h"
#include "file_writer.h"
#include "word_hash.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// The producer fills one buffer while the thread writes the other. A mebibyte a write: the
// kernel takes a write into the page cache in folios as large as the write allows, and at
// 64 KiB a write (the JSON writer's chunks) its own time for 160 MB was some 35 ms more here.
// The kernel's copy outruns the JSON writer, so the producer seldom waits.
enum { BUFFERS = 2, BUFFER_SIZE = 1 << 20 };
// The buffers' first touch is a page fault a page, some 2 µs each on a virtual machine (a
// millisecond for the two): the thread takes them before the producer may copy into the
// buffers, in one huge page where Linux gives one. Until then the producer writes itself.
enum { PAGE = 4096, HUGE_PAGE = 2 << 20 };

struct file_writer {
    int descriptor;
    unsigned char *memory;
    size_t lengths[BUFFERS];
    placed_thread_t thread;
    pthread_mutex_t lock;
    /// Signalled when a buffer is handed over, written, or the end is asked for.
    pthread_cond_t changed;
    /// Set by the thread once its buffers are faulted in: until then `file_writer_send`
    /// writes the producer's bytes itself.
    atomic_int ready;
    /// Set by `file_writer_finish`: a thread still faulting its buffers in stops.
    atomic_int finishing;
    // Under `lock`: buffers handed over, hashed and written so far (buffer `n % BUFFERS` is the
    // nth), whether the producer is done, and the first failure.
    size_t handed, hashed, written;
    int done;
    int error;
    /// The producer's own: bytes in the buffer it fills, buffer `handed % BUFFERS`, and the
    /// failure of a write it made itself before `ready`.
    size_t filled;
    int own_error;
    /// The hash `file_writer_hash_from` hands over: continued by the thread with the bytes of each
    /// buffer from `hash_starts[n % BUFFERS]` (`NOT_HASHED`: none), in order, before it writes
    /// them; by the producer once the thread has hashed every buffer handed over.
    word_hash_t hash;
    size_t hash_starts[BUFFERS];
    /// The producer's own: whether what it hands over is hashed, and where in the buffer it fills
    /// that starts.
    int hashing;
    size_t fill_hash_start;
};

enum { NOT_HASHED = BUFFER_SIZE + 1 };

static unsigned char *buffer(file_writer_t *writer, size_t number) {
    return writer->memory + (number % BUFFERS) * BUFFER_SIZE;
}

/// Writes every byte, or returns the errno that stopped it.
static int write_all(int descriptor, const unsigned char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = write(descriptor, bytes, count);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return written < 0 ? errno : EIO;
        bytes += written;
        count -= (size_t)written;
    }
    return 0;
}

/// Touches every page of the buffers, then lets the producer copy into them; stops if the
/// producer finishes first, which then waits for a page's fault at most.
static void fault_in(file_writer_t *writer) {
    for (size_t offset = 0; offset < (size_t)BUFFERS * BUFFER_SIZE; offset += PAGE) {
        if (atomic_load_explicit(&writer->finishing, memory_order_relaxed)) return;
        // The producer does not touch the buffers before `ready`: this write races with nothing.
        writer->memory[offset] = 0;
    }
    atomic_store_explicit(&writer->ready, 1, memory_order_release);
}

static void *run(void *argument) {
    file_writer_t *writer = argument;
    fault_in(writer);
    pthread_mutex_lock(&writer->lock);
    for (;;) {
        while (writer->written == writer->handed && !writer->done) pthread_cond_wait(&writer->changed, &writer->lock);
        if (writer->written == writer->handed) break;
        size_t number = writer->written;
        int failed = writer->error;
        pthread_mutex_unlock(&writer->lock);
        size_t length = writer->lengths[number % BUFFERS], hash_start = writer->hash_starts[number % BUFFERS];
        if (hash_start < length) {
            word_hash_add(&writer->hash, buffer(writer, number) + hash_start, length - hash_start);
            pthread_mutex_lock(&writer->lock);
            writer->hashed = number + 1;
            pthread_cond_signal(&writer->changed);
            pthread_mutex_unlock(&writer->lock);
        }
        // After a failure the rest is only counted off, so that the producer never waits on it.
        int error = failed ? 0 : write_all(writer->descriptor, buffer(writer, number), length);
        pthread_mutex_lock(&writer->lock);
        writer->hashed = number + 1;
        if (error && !writer->error) writer->error = error;
        writer->written = number + 1;
        pthread_cond_signal(&writer->changed);
    }
    pthread_mutex_unlock(&writer->lock);
    return NULL;
}

file_writer_t *file_writer_start(int descriptor) {
    file_writer_t *writer = calloc(1, sizeof *writer);
    if (!writer) return NULL;
    writer->descriptor = descriptor;
    size_t size = (size_t)BUFFERS * BUFFER_SIZE;
    if (posix_memalign((void **)&writer->memory, HUGE_PAGE, size) != 0) writer->memory = NULL;
    // Advice only: without transparent huge pages the thread faults the pages in one by one.
    if (writer->memory) apispec_advise_huge_pages(writer->memory, size);
    if (writer->memory && pthread_mutex_init(&writer->lock, NULL) == 0) {
        if (pthread_cond_init(&writer->changed, NULL) == 0) {
            if (placed_thread_start(&writer->thread, run, writer)) return writer;
            pthread_cond_destroy(&writer->changed);
        }
        pthread_mutex_destroy(&writer->lock);
    }
    free(writer->memory);
    free(writer);
    return NULL;
}

/// Hands the buffer being filled to the thread, and waits until the next one is free:
/// the failure so far.
static int hand_over(file_writer_t *writer) {
    pthread_mutex_lock(&writer->lock);
    writer->lengths[writer->handed % BUFFERS] = writer->filled;
    writer->hash_starts[writer->handed % BUFFERS] = writer->hashing ? writer->fill_hash_start : NOT_HASHED;
    writer->handed += 1;
    writer->filled = 0;
    writer->fill_hash_start = 0;
    pthread_cond_signal(&writer->changed);
    while (writer->handed - writer->written == BUFFERS) pthread_cond_wait(&writer->changed, &writer->lock);
    int error = writer->error;
    pthread_mutex_unlock(&writer->lock);
    return error;
}

int file_writer_send(file_writer_t *writer, const void *bytes, size_t count) {
    if (writer->own_error) return writer->own_error;
    // Nothing is handed over before `ready`: these bytes follow the last ones written.
    if (!atomic_load_explicit(&writer->ready, memory_order_acquire)) {
        if (writer->hashing) word_hash_add(&writer->hash, bytes, count);
        writer->own_error = write_all(writer->descriptor, bytes, count);
        return writer->own_error;
    }
    unsigned char *filling = buffer(writer, writer->handed) + writer->filled;
    // Written in place (`file_writer_room`): only counted. The room's end is a buffer's end.
    if (bytes == filling && count <= BUFFER_SIZE - writer->filled) {
        writer->filled += count;
        return writer->filled == BUFFER_SIZE ? hand_over(writer) : 0;
    }
    const unsigned char *next = bytes;
    while (count > 0) {
        size_t room = BUFFER_SIZE - writer->filled;
        size_t part = count < room ? count : room;
        memcpy(buffer(writer, writer->handed) + writer->filled, next, part);
        writer->filled += part;
        next += part;
        count -= part;
        if (writer->filled == BUFFER_SIZE) {
            int error = hand_over(writer);
            if (error) return error;
        }
    }
    // A failure is seen at the next hand-over: at most a buffer's copy later.
    return 0;
}

void *file_writer_room(file_writer_t *writer, size_t *count) {
    *count = 0;
    // After a failed write the thread only counts buffers off: the next send reports it.
    if (writer->own_error || !atomic_load_explicit(&writer->ready, memory_order_acquire)) return NULL;
    *count = BUFFER_SIZE - writer->filled;
    return buffer(writer, writer->handed) + writer->filled;
}

void file_writer_hash_from(file_writer_t *writer, const word_hash_t *hash) {
    writer->hash = *hash;
    writer->hashing = 1;
    writer->fill_hash_start = writer->filled;
}

void file_writer_hash_end(file_writer_t *writer, word_hash_t *hash) {
    pthread_mutex_lock(&writer->lock);
    while (writer->hashed != writer->handed) pthread_cond_wait(&writer->changed, &writer->lock);
    pthread_mutex_unlock(&writer->lock);
    // The rest is in the buffer being filled, the producer's.
    if (writer->filled > writer->fill_hash_start) {
        word_hash_add(&writer->hash, buffer(writer, writer->handed) + writer->fill_hash_start, writer->filled - writer->fill_hash_start);
    }
    *hash = writer->hash;
    writer->hashing = 0;
}

int file_writer_finish(file_writer_t *writer) {
    atomic_store_explicit(&writer->finishing, 1, memory_order_relaxed);
    if (writer->filled > 0) hand_over(writer);
    pthread_mutex_lock(&writer->lock);
    writer->done = 1;
    pthread_cond_signal(&writer->changed);
    pthread_mutex_unlock(&writer->lock);
    pthread_join(writer->thread.thread, NULL);
    placed_thread_release(&writer->thread);
    // The producer's own writes came first.
    int error = writer->own_error ? writer->own_error : writer->error;
    pthread_cond_destroy(&writer->changed);
    pthread_mutex_destroy(&writer->lock);
    free(writer->memory);
    free(writer);
    return error;
}
