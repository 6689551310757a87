/// The entries of every open list or mapping of a tree being built, one run after another,
/// the innermost container's last. Closing a container moves its run out into an array of its
/// size: each list is allocated once, where appending to an array of its own grew it by
/// doubling (a copy each time) and then copied it once more to its size.
final class EntryStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Entries held, of every open container.
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func append(_ element: consuming Element) {
        if count == capacity { resize(to: capacity * 2) }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// The run from `start` on (the innermost container's, which ends here), in place: valid
    /// until the next change.
    func run(from start: Int) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: storage + start, count: count - start)
    }

    /// Takes the run from `start` on, as an array of its size.
    func removeRun(from start: Int) -> [Element] {
        let length = count - start
        let run = [Element](unsafeUninitializedCapacity: length) { buffer, initialized in
            if let base = buffer.baseAddress { base.moveInitialize(from: storage + start, count: length) }
            initialized = length
        }
        count = start
        // A very large run (a spec's routes, when the tree keeps them) leaves room that the
        // rest of the tree would not use: given back, not held with the tree.
        if capacity > Self.keptCapacity, count < capacity / 4 { resize(to: max(Self.keptCapacity, count * 2)) }
        return run
    }

    private static var keptCapacity: Int { 4_096 }

    private func resize(to newCapacity: Int) {
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = newCapacity
    }
}
