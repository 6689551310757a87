#define _GNU_SOURCE
#include "file_removal.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define SANITIZED 1
#endif
#endif

#if defined(__linux__)
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#endif

// The holder runs raw system calls only: in a sanitized build the sanitizer's state, which it
// would copy mid-call, is not worth the risk.
#if defined(__linux__) && defined(SYS_close_range) && !defined(SANITIZED)
#define HOLDER 1

// Below this size the kernel frees a file's pages (some 0.6 ms for 8 MiB) about as fast as
// a holder starts (the copy of a run's page tables).
enum { HELD_FROM = 16 << 20 };

/// Closes every descriptor but `a` and `b` (a < b): the holder must not keep the caller's
/// pipes open past its exit, or whoever reads them would wait for the holder.
static int close_all_but(int a, int b) {
    if (a > 0 && syscall(SYS_close_range, 0, a - 1, 0) != 0) return -1;
    if (b > a + 1 && syscall(SYS_close_range, a + 1, b - 1, 0) != 0) return -1;
    return (int)syscall(SYS_close_range, b + 1, ~0U, 0);
}

/// The holder: waits until `released` (a pipe's read end) ends, when the caller has unlinked
/// the file or exited, then closes `file`, which frees its pages, and exits. Ten seconds at
/// most (the caller takes microseconds): it cannot outlive a caller that went wrong by long.
static void hold(int file, int released) {
    struct pollfd end = {.fd = released, .events = POLLIN};
    struct timespec limit = {.tv_sec = 10};
    syscall(SYS_ppoll, &end, 1, &limit, NULL, 0);
    syscall(SYS_close, file);
    syscall(SYS_exit, 0);
}

int file_holder_start(int file) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    int low = file < ends[0] ? file : ends[0], high = file < ends[0] ? ends[0] : file;
    // Signals stay blocked in the starter and the holder: neither may run a handler of this
    // process's, and neither is stopped by Ctrl-C (the holder ends by itself).
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    // The starter shares this process's memory and stack while this one waits (vfork), keeps
    // the two descriptors the holder needs, starts it as a copy of itself (fork's clone, no
    // handlers run) and exits, so that the holder is nobody's child (init reaps it).
    volatile int failed = 0;
    pid_t starter = vfork();
    if (starter == 0) {
        if (close_all_but(low, high) != 0) {
            failed = 1;
        } else {
            long holder = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);
            if (holder == 0) hold(file, ends[0]);
            if (holder < 0) failed = 1;
        }
        _exit(0);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (starter > 0) {
        while (waitpid(starter, NULL, 0) < 0 && errno == EINTR) {}
    }
    close(ends[0]);
    if (starter <= 0 || failed) {
        close(ends[1]);
        return -1;
    }
    return ends[1];
}
#else
int file_holder_start(int file) {
    (void)file;
    return -1;
}
#endif

int file_remove(const char *path) {
    int released = -1;
#if defined(HOLDER)
    // A small file (most outputs) costs one look more than `unlink` alone. A large one is held
    // with O_PATH, without reading it: its pages are freed when the last holder closes it.
    struct stat status;
    if (lstat(path, &status) == 0 && S_ISREG(status.st_mode) && status.st_size >= HELD_FROM) {
        int file = open(path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
        if (file >= 0) {
            released = file_holder_start(file);
            close(file);
        }
    }
#endif
    int removed = unlink(path);
    int error = errno;
    if (released >= 0) close(released);
    errno = error;
    return removed;
}
