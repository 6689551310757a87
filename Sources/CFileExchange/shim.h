// What AtomicFile needs of Linux beyond Swift's Glibc module: renameat2(RENAME_EXCHANGE),
// which glibc declares only for _GNU_SOURCE, and O_TMPFILE, which it names only then.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

/// 0 once `from` and `to` were exchanged, else -1 with `errno` set (ENOSYS or EINVAL where the
/// system or file system has no exchange).
static inline int apispec_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */);
#else
    (void)from;
    (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

/// A file with no name in `directory`, open for writing, that vanishes with the process unless
/// `apispec_name_unnamed` names it; -1 where the system or file system cannot make one, or
/// where it could not be named (no /proc).
static inline int apispec_open_unnamed(const char *directory, mode_t mode) {
#if defined(__linux__) && defined(__O_TMPFILE)
    if (access("/proc/self/fd", X_OK) != 0) return -1;
    return open(directory, __O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
#else
    (void)directory;
    (void)mode;
    errno = EOPNOTSUPP;
    return -1;
#endif
}

/// Gives the file `apispec_open_unnamed` opened as `descriptor` the name `path`: 0, or -1 with
/// `errno` set.
static inline int apispec_name_unnamed(int descriptor, const char *path) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", descriptor);
    return linkat(AT_FDCWD, link, AT_FDCWD, path, AT_SYMLINK_FOLLOW);
}
