#ifndef APISPEC_FILE_WRITER_H
#define APISPEC_FILE_WRITER_H

#include <stddef.h>

#include "word_hash.h"

/// A thread that writes to a file descriptor the bytes handed to it, in order, so that the
/// kernel's copy of a large output into the page cache runs beside the code that makes the
/// next bytes. Only C runs on it: it reads its own buffers and calls write(2), nothing else.
/// One producer hands it bytes; the bytes are copied into one of two mebibyte buffers the
/// thread owns, written a buffer at a time, and the producer waits only when both are still
/// being written. Until the thread has faulted its buffers in, the producer writes the bytes
/// itself (its own page faults cost more than its writes).
typedef struct file_writer file_writer_t;

/// A started writer for `descriptor`, or NULL when there is no other CPU to run it on, or no
/// thread or memory (then the caller writes as before). Until `file_writer_finish`, on Linux the
/// caller is held to its CPU and the thread to the others (`placed_thread_start`).
file_writer_t *file_writer_start(int descriptor);

/// Hands over `count` bytes: 0 once they are the thread's, or the errno of a write that
/// failed (seen when a buffer is handed over; nothing more is written then). Bytes written in
/// place, at the address `file_writer_room` gave, are handed over without a copy.
int file_writer_send(file_writer_t *writer, const void *bytes, size_t count);

/// Where the next bytes may be written in place, and in `count` how many fit: the rest of the
/// buffer being filled. NULL until the thread has faulted its buffers in, or after the
/// producer's own write failed.
void *file_writer_room(file_writer_t *writer, size_t *count);

/// Hashes with `hash` (`word_hash.h`) every byte handed over from now on, until
/// `file_writer_hash_end`: the thread hashes each buffer before it writes it, so that the hash
/// of a large output costs its producer nothing. Only one hash at a time.
void file_writer_hash_from(file_writer_t *writer, const word_hash_t *hash);

/// Stores in `hash` the hash `file_writer_hash_from` began, with every byte handed over since,
/// and hashes no more: waits for the thread to hash the buffers it has.
void file_writer_hash_end(file_writer_t *writer, word_hash_t *hash);

/// Waits until everything handed over is written, ends the thread and frees the writer:
/// 0, or the errno of the first write that failed.
int file_writer_finish(file_writer_t *writer);

#endif
