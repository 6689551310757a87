#ifndef APISPEC_ALLOCATOR_H
#define APISPEC_ALLOCATOR_H

#include <stddef.h>
// glibc's allocator settings (`mallopt`), which Swift's Glibc module does not include.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif

/// Readies glibc's heap for a run that will allocate up to `bytes` more: its free top is
/// moved to a 2 MiB boundary and grown by `bytes`, which Linux is asked to back with
/// transparent huge pages (`MADV_HUGEPAGE`), and the heap is no longer trimmed (a trimmed top
/// would grow back in 4 KiB pages). Address space only: no page is touched until a block is
/// used. Does nothing where glibc's allocator (2.33 or later) is not the one in use.
void apispec_heap_reserve(size_t bytes);

#endif
