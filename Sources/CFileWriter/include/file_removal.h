#ifndef APISPEC_FILE_REMOVAL_H
#define APISPEC_FILE_REMOVAL_H

/// Removes `path` as unlink(2) does: 0, or -1 with `errno` set. The name is gone when it
/// returns. When the file is large, the kernel's freeing of its pages (some 10 ms for a
/// 180 MB output still in the page cache) is left to a holder (`file_holder_start`), which
/// closes the file once it is unlinked: the caller does not wait for it. Where no holder can
/// be started, the file is freed here.
int file_remove(const char *path);

/// Starts a holder of `file`: a process of its own that keeps only `file` and a pipe's read end
/// open, closes `file` once the returned descriptor (the pipe's write end, which only the
/// caller holds) is closed or the caller exits, and then exits. It is a copy of the caller
/// (fork's, without its handlers), nobody's child to wait for. -1 where none can be started
/// (no Linux `close_range`, no process, or a sanitized build).
int file_holder_start(int file);

#endif
