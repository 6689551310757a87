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
/// The first `faulted_ahead` bytes of it (whole huge pages) are left to
/// `apispec_heap_fault_next`.
void apispec_heap_reserve(size_t bytes, size_t faulted_ahead);

/// Faults in the next huge page of the heap `apispec_heap_reserve` left to it (Linux's
/// `MADV_POPULATE_WRITE`, which writes nothing): 1, or 0 once there is none left or Linux
/// cannot. For one thread other than the caller of `apispec_heap_reserve`, started after it:
/// the YAML parser's, while it waits for the loader (`CYAMLPipe`), so that the loader finds
/// the memory it fills faulted in.
int apispec_heap_fault_next(void);

/// For a run that keeps 4 KiB pages: has glibc grow its heap `step` bytes at a time, and a
/// thread on another CPU fault in each step as soon as the heap has grown by it (Linux's
/// `MADV_POPULATE_WRITE`), ahead of the caller's first touch of its pages. The thread ends
/// once the heap has not grown for a tenth of a second. Does nothing with one CPU, or where
/// Linux cannot populate (before 5.14).
void apispec_heap_fault_ahead(size_t step);

/// Asks Linux to back the whole 2 MiB pages within `length` bytes at `start` with transparent
/// huge pages, before anything is written there: a large block a run fills at once (a spec
/// read from its file) then takes a page fault each 2 MiB instead of each 4 KiB.
void apispec_advise_huge_pages(void *start, size_t length);

#endif
