// Readies the heap as the CLI does, on a process's main thread (a test's own threads
// allocate from other arenas than glibc's main heap), and prints what that left. For
// HugePageTests.
//
//   apispec-heap-probe reserve BYTES    `apispec_heap_reserve`: `top BYTES`, `aligned 0|1`
//                                       (the next block starts on a 2 MiB boundary),
//                                       `eligible 0|1` (THPeligible where the free top lies)
//   apispec-heap-probe fault-ahead      `apispec_heap_fault_ahead`: `resident PAGES`, `pages
//                                       PAGES` (of 8 MiB the heap grew by, untouched here),
//                                       `able 0|1` (two CPUs and MADV_POPULATE_WRITE)
//   apispec-heap-probe fault-next       `apispec_heap_reserve` of 32 MiB, 8 MiB of it left to
//                                       `apispec_heap_fault_next`, called until it says no more:
//                                       `calls N`, `ahead PAGES` and `beyond PAGES` (resident in
//                                       those 8 MiB and the 8 MiB after), `populates 0|1`
//   apispec-heap-probe advise           `apispec_advise_huge_pages` on mappings of their own:
//                                       `eligible 0|1` for one of 8 MiB, `small 0|1` for one
//                                       of 1 MiB, which holds no whole huge page
#define _GNU_SOURCE // sched_getaffinity
#include "allocator.h"

#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

/// THPeligible of the mapping holding `address`, or -1 if none says.
static int eligible(uintptr_t address) {
    FILE *smaps = fopen("/proc/self/smaps", "r");
    if (!smaps) return -1;
    char line[512];
    int inside = 0, answer = -1;
    while (answer < 0 && fgets(line, sizeof line, smaps)) {
        unsigned long start, end, value;
        if (sscanf(line, "%lx-%lx ", &start, &end) == 2) inside = start <= address && address < end;
        else if (inside && sscanf(line, "THPeligible: %lu", &value) == 1) answer = (int)value;
    }
    fclose(smaps);
    return answer;
}

static int reserve(size_t bytes) {
    apispec_heap_reserve(bytes, 0);
    // Freed at the top: a trimming heap would give the top back here.
    free(malloc(1 << 20));
    size_t top = mallinfo2().keepcost;
    uintptr_t middle = (uintptr_t)sbrk(0) - top / 2;
    // The heap is all but empty: a page-sized block comes from the top's start.
    void *next = malloc(4096);
    int aligned = ((uintptr_t)next & ((2 << 20) - 1)) == 0;
    printf("top %zu\naligned %d\neligible %d\n", top, aligned, eligible(middle));
    free(next);
    return 0;
}

/// Whether Linux populates memory on request (`MADV_POPULATE_WRITE`, 5.14).
static int populates(void) {
    void *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) return 0;
    int populated = madvise(page, 4096, MADV_POPULATE_WRITE) == 0;
    munmap(page, 4096);
    return populated;
}

/// Whether the faulting thread can work here: two CPUs, and a kernel that populates.
static int able(void) {
    cpu_set_t allowed;
    return sched_getaffinity(0, sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) >= 2 && populates();
}

/// Pages of the `bytes` at `start` that are resident.
static size_t resident_pages(uintptr_t start, size_t bytes) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE), pages = bytes / page, resident = 0;
    unsigned char *in = calloc(pages, 1);
    if (in && mincore((void *)start, bytes, in) == 0) {
        for (size_t index = 0; index < pages; index++) resident += in[index] & 1;
    }
    free(in);
    return resident;
}

static int fault_ahead(void) {
    apispec_heap_fault_ahead(1 << 20);
    // 8 MiB of blocks under glibc's mapping threshold, from the heap as it grows; glibc
    // writes only each block's header, a page in 15.
    enum { BLOCK = 60 << 10, BLOCKS = 140 };
    uintptr_t first = (uintptr_t)malloc(BLOCK), last = first;
    for (int count = 1; count < BLOCKS; count++) last = (uintptr_t)malloc(BLOCK);
    struct timespec wait = {0, 200 * 1000 * 1000};
    nanosleep(&wait, NULL);
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = (first + page - 1) & ~(page - 1), end = (last + BLOCK) & ~(page - 1);
    printf("resident %zu\npages %zu\nable %d\n", resident_pages(start, end - start), (end - start) / page, able());
    return 0;
}

static int fault_next(void) {
    enum { RESERVED = 32 << 20, AHEAD = 8 << 20 };
    apispec_heap_reserve(RESERVED, AHEAD);
    // The heap's next block starts the reservation, on a huge page's boundary (`reserve`).
    uintptr_t start = (uintptr_t)malloc(4096) & ~(uintptr_t)((2 << 20) - 1);
    int calls = 0;
    while (apispec_heap_fault_next()) calls++;
    printf("calls %d\nahead %zu\nbeyond %zu\npopulates %d\n", calls, resident_pages(start, AHEAD),
           resident_pages(start + AHEAD, AHEAD), populates());
    return 0;
}

/// THPeligible of a fresh mapping of `size` bytes, once advised.
static int advised(size_t size) {
    void *block = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED) return -1;
    apispec_advise_huge_pages(block, size);
    int answer = eligible((uintptr_t)block + size / 2);
    munmap(block, size);
    return answer;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "reserve") == 0) return reserve(strtoull(argv[2], NULL, 10));
    if (argc == 2 && strcmp(argv[1], "fault-ahead") == 0) return fault_ahead();
    if (argc == 2 && strcmp(argv[1], "fault-next") == 0) return fault_next();
    if (argc == 2 && strcmp(argv[1], "advise") == 0) {
        printf("eligible %d\nsmall %d\n", advised(8 << 20), advised(1 << 20));
        return 0;
    }
    fprintf(stderr, "usage: apispec-heap-probe reserve BYTES | fault-ahead | fault-next | advise\n");
    return 2;
}
