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
#include <sched.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#endif

// The holder is a process that shares this one's memory (CLONE_VM) and runs raw system calls
// only, on a stack of its own: sanitizers, whose state it would share, do not allow it.
#if defined(__linux__) && defined(SYS_close_range) && !defined(SANITIZED)
#define HOLDER 1

// Below this size the kernel frees a file's pages faster than a holder starts (some 0.1 ms).
enum { HELD_FROM = 8 << 20 };
// The starter's and the holder's stacks; they make a few calls each.
enum { STACK = 16 * 1024 };

struct holding {
    int file;
    /// The read end of a pipe whose write end only the caller holds: end of file once the
    /// caller has unlinked the file, or has exited.
    int released;
    /// Set by the starter when it could not shed the caller's other descriptors.
    atomic_int failed;
    unsigned char *holder_stack;
};

/// Closes every descriptor but `a` and `b` (a < b): the holder must not keep the caller's
/// pipes open past its exit, or whoever reads them would wait for the holder.
static int close_all_but(int a, int b) {
    if (a > 0 && syscall(SYS_close_range, 0, a - 1, 0) != 0) return -1;
    if (b > a + 1 && syscall(SYS_close_range, a + 1, b - 1, 0) != 0) return -1;
    return (int)syscall(SYS_close_range, b + 1, ~0U, 0);
}

/// The holder: waits for the caller's unlink, then closes the file, which frees its pages. It
/// waits ten seconds at most (the caller takes microseconds), so that it cannot outlive a
/// caller that went wrong by long.
static int hold(void *argument) {
    struct holding *holding = argument;
    struct pollfd released = {.fd = holding->released, .events = POLLIN};
    struct timespec limit = {.tv_sec = 10};
    syscall(SYS_ppoll, &released, 1, &limit, NULL, 0);
    syscall(SYS_close, holding->file);
    return 0;
}

/// The starter, which the caller waits for: keeps the two descriptors the holder needs and
/// starts it, then exits, so that the holder is nobody's child to wait for (init reaps it).
static int start(void *argument) {
    struct holding *holding = argument;
    int low = holding->file < holding->released ? holding->file : holding->released;
    int high = holding->file < holding->released ? holding->released : holding->file;
    if (close_all_but(low, high) != 0 || clone(hold, holding->holder_stack, CLONE_VM | SIGCHLD, holding) < 0) {
        atomic_store(&holding->failed, 1);
    }
    return 0;
}

int file_holder_start(int file) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    // Never unmapped: the holder runs on it after this returns, and after this process exits.
    unsigned char *memory = mmap(NULL, 2 * STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (memory == MAP_FAILED) {
        close(ends[0]);
        close(ends[1]);
        return -1;
    }
    struct holding *holding = (struct holding *)memory;
    holding->file = file;
    holding->released = ends[0];
    atomic_init(&holding->failed, 0);
    holding->holder_stack = memory + STACK;
    // Signals stay blocked in both: a handler of this process must not run on their stacks.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    pid_t starter = clone(start, memory + 2 * STACK, CLONE_VM | SIGCHLD, holding);
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    if (starter > 0) {
        while (waitpid(starter, NULL, 0) < 0 && errno == EINTR) {}
    }
    close(ends[0]);
    if (starter <= 0 || atomic_load(&holding->failed)) {
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
    // O_PATH holds the file without reading it: its pages are freed when the last holder closes it.
    int file = open(path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (file >= 0) {
        struct stat status;
        if (fstat(file, &status) == 0 && S_ISREG(status.st_mode) && status.st_size >= HELD_FROM) {
            released = file_holder_start(file);
        }
        close(file);
    }
#endif
    int removed = unlink(path);
    int error = errno;
    if (released >= 0) close(released);
    errno = error;
    return removed;
}
