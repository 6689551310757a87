/// A logical id known by its place among the ids a template claimed
/// (`LogicalIDAllocator.lastClaimed`), its bytes read where the allocator keeps them: a
/// WebSocket API claims two ids a route, written and hashed as bytes, never made Strings.
struct ClaimedID {
    /// The id's place in the order ids were claimed.
    let number: Int
}
