#include "allocator.h"
#include "placed_thread.h"

#if defined(__linux__) && defined(__GLIBC__) && __GLIBC_PREREQ(2, 33)
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

// A first touch of a 4 KiB page is a page fault, some 2 µs each on a virtual machine: a
// 100,000-route run took 22,000 of them, most for the heap. A 2 MiB huge page is one fault
// and a clear of 2 MiB, a fraction of the time of its 512 small pages.
enum { HUGE_PAGE = 2 << 20, CHUNK_HEADER = 16, MMAP_MAX_DEFAULT = 65536 };
// How often the faulting thread looks at the heap's end, and after how many looks without
// growth it ends: a step of the heap lasts the caller a few milliseconds.
enum { POLL_NANOSECONDS = 100 * 1000, IDLE_POLLS = 1000 };

/// The heap from its free top up to a huge page's boundary, kept allocated so that no block
/// is carved from it; nothing but its header is ever touched.
static void *filler;

static uintptr_t round_up(uintptr_t address) { return (address + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1); }
static uintptr_t round_down(uintptr_t address) { return address & ~(uintptr_t)(HUGE_PAGE - 1); }

void apispec_advise_huge_pages(void *start, size_t length) {
    uintptr_t first = round_up((uintptr_t)start), last = round_down((uintptr_t)start + length);
    if (last > first) madvise((void *)first, last - first, MADV_HUGEPAGE);
}

/// The part of the reserved heap `apispec_heap_fault_next` faults in, a huge page at a time:
/// set before the parser's thread starts, then that thread's alone.
static uintptr_t ahead_next, ahead_end;

int apispec_heap_fault_next(void) {
    if (ahead_next >= ahead_end) return 0;
    // Faulted in, not written: the caller's main thread may be writing there already.
    if (madvise((void *)ahead_next, HUGE_PAGE, MADV_POPULATE_WRITE) != 0) {
        ahead_end = 0;
        return 0;
    }
    ahead_next += HUGE_PAGE;
    return 1;
}

void apispec_heap_reserve(size_t bytes, size_t faulted_ahead) {
    // A trimmed top would grow back in small pages.
    mallopt(M_TRIM_THRESHOLD, INT32_MAX);
    // Every block from the heap here, however large (no mapping of its own).
    mallopt(M_MMAP_MAX, 0);
    if (!filler) {
        // The free top's chunk ends at the break. A request of n bytes takes a chunk of
        // n + 8 rounded up to 16: the filler's chunk ends where the next chunk's 16-byte
        // header puts that chunk's block on a huge page's boundary.
        uintptr_t top = (uintptr_t)sbrk(0) - mallinfo2().keepcost;
        uintptr_t size = round_up(top + CHUNK_HEADER) - CHUNK_HEADER - top;
        if (size < 4 * CHUNK_HEADER) size += HUGE_PAGE;
        filler = malloc(size - CHUNK_HEADER / 2);
    }
    // One block, so that only its header and the top's after it are written before the
    // advice: a page written first in a 2 MiB range would keep that range in small pages.
    void *block = malloc(bytes);
    mallopt(M_MMAP_MAX, MMAP_MAX_DEFAULT);
    if (!block) return;
    apispec_advise_huge_pages(block, bytes);
    // The heap's next blocks are carved from the block's start, upward.
    ahead_next = round_up((uintptr_t)block);
    // Within the block: past it lies what the heap has not reserved.
    uintptr_t block_end = (uintptr_t)block + bytes, wanted = ahead_next + faulted_ahead;
    ahead_end = round_down(wanted < block_end ? wanted : block_end);
    // It joins the free top again; the heap's next blocks are carved from its start.
    free(block);
}

/// The heap's end (the program break), from the kernel: glibc's own copy is the caller's.
static uintptr_t heap_end(void) { return (uintptr_t)syscall(SYS_brk, 0); }

/// Faults in what the heap grows by past `argument`, where it ended when the caller asked.
static void *fault_ahead(void *argument) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t faulted = (uintptr_t)argument & ~(page - 1);
    struct timespec pause = {0, POLL_NANOSECONDS};
    for (int idle = 0; idle < IDLE_POLLS; idle++) {
        uintptr_t end = heap_end();
        if (end > faulted) {
            // Faulted in, not written: the caller may be writing there already.
            if (madvise((void *)faulted, end - faulted, MADV_POPULATE_WRITE) != 0 && errno == EINVAL) break;
            faulted = end;
            idle = 0;
        } else if (end < faulted) {
            faulted = end;
        }
        nanosleep(&pause, NULL);
    }
    return NULL;
}

void apispec_heap_fault_ahead(size_t step) {
    // It wakes itself, and ends by itself or with the process.
    if (placed_thread_start_detached(fault_ahead, (void *)heap_end())) mallopt(M_TOP_PAD, (int)step);
}
#else
int apispec_heap_fault_next(void) { return 0; }

void apispec_heap_fault_ahead(size_t step) {
    (void)step;
}

void apispec_advise_huge_pages(void *start, size_t length) {
    (void)start;
    (void)length;
}

void apispec_heap_reserve(size_t bytes, size_t faulted_ahead) {
    (void)bytes;
    (void)faulted_ahead;
}
#endif
