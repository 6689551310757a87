// Linux's renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not include (glibc
// declares renameat2 only for _GNU_SOURCE): swaps two existing paths in one step.
#include <errno.h>
#include <fcntl.h>
#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
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
