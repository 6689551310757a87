// Runs `apispec_heap_reserve` on a process's main thread, as the CLI does (a test's own
// threads allocate from other arenas than glibc's main heap), and prints what it left:
// `top BYTES`, `aligned 0|1` (the next block starts on a 2 MiB boundary) and `eligible
// 0|1` (/proc/self/smaps' THPeligible where the free top lies). For HugePageTests.
#include "allocator.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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

int main(int argc, char **argv) {
    size_t bytes = argc > 1 ? strtoull(argv[1], NULL, 10) : 0;
    apispec_heap_reserve(bytes);
    // Freed at the top: a trimming heap would give the top back here.
    free(malloc(1 << 20));
    size_t top = mallinfo2().keepcost;
    uintptr_t middle = (uintptr_t)sbrk(0) - top / 2;
    // The heap is all but empty: a page-sized block comes from the top's start.
    void *next = malloc(4096);
    printf("top %zu\naligned %d\neligible %d\n", top, ((uintptr_t)next & ((2 << 20) - 1)) == 0, eligible(middle));
    free(next);
    return 0;
}
