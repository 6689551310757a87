import CAllocator

/// How the C allocator is set for a run, before anything is allocated.
enum AllocatorSettings {
    /// Blocks this large or larger are mapped on their own, and given back when freed.
    static let mappedBlockBytes: Int32 = 128 << 10

    /// glibc raises its threshold for mapping a block to the size of the largest mapped block
    /// freed, up to 32 MB: once a large spec's bytes (10 MB at 100,000 routes) are freed,
    /// every large temporary list a run makes is carved from the heap instead, and the heap
    /// keeps that memory when the list is freed. Fixing the threshold at glibc's own default
    /// keeps such lists mapped and returned: 1.5-2 MB less peak memory at 100,000 routes.
    static func apply() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, mappedBlockBytes)
        #endif
    }

    /// Smaller specs leave the heap as it is: a run of ten routes touches too little of it to gain.
    static let readiedFromBytes = 16 << 10
    /// The heap a run takes at most for each byte of its spec (`emit --cloudformation` of
    /// 100,000 REST routes: 9 bytes), and at least, in address space only.
    static let heapPerSpecByte = 16
    static let leastHeapBytes = 32 << 20
    /// A larger `--max-size` reserves no more than this.
    static let mostHeapBytes = 2 << 30

    /// Readies the heap for a spec of `byteCount` bytes, once it is read: in 2 MiB huge pages
    /// where Linux gives them (docs/decisions.md), a fault each instead of 512. Nothing is
    /// touched until it is used; large lists are then carved from the heap, not mapped.
    static func prepare(forSpecOf byteCount: Int) {
        guard byteCount >= readiedFromBytes else { return }
        apispec_heap_reserve(
            min(max(byteCount * heapPerSpecByte, leastHeapBytes), mostHeapBytes), byteCount * faultedWhileParsingPerSpecByte)
    }

    /// The heap the parser's thread faults in while it waits for the loader, for each byte of
    /// the spec: what every run of a 100,000-route spec fills (`validate` 6.5-9 bytes), so
    /// that its peak memory stays as it was (at 10 bytes a 100,000-route `validate` peaked
    /// at 109 MB instead of 78).
    static let faultedWhileParsingPerSpecByte = 6

    /// How much the heap grows at a time when its pages are faulted in ahead.
    static let faultedStepBytes = 1 << 20
    /// Smaller specs leave the heap as it is for `emit --local`: at 1,000 routes (91 KiB) the
    /// faulting thread, which shares the parser's CPU, gained nothing beyond the noise.
    static let faultedAheadFromBytes = 256 << 10

    /// Readies the heap for a spec of `byteCount` bytes, once it is read, for a run that
    /// keeps 4 KiB pages (`emit --local`): another CPU faults its pages in as it grows, a
    /// mebibyte ahead of the run's first touch (docs/decisions.md).
    static func faultHeapAhead(forSpecOf byteCount: Int) {
        guard byteCount >= faultedAheadFromBytes else { return }
        apispec_heap_fault_ahead(faultedStepBytes)
    }
}
