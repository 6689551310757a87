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
}
