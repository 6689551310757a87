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

    /// The element at `index`, in place. The loader's open containers are changed where they
    /// are, with no check that the storage is shared (an array's element is, on every change).
    ///
    /// The pointer is into the stack's storage, which `append` and `removeRun` may move: use it
    /// only until this stack's next `append`, `removeLast` or `removeRun` (other stacks may
    /// change meanwhile), and keep it in a local, never in a stored property.
    func element(at index: Int) -> UnsafeMutablePointer<Element> {
        storage + index
    }

    /// Takes the last element; there is one.
    func removeLast() -> Element {
        count -= 1
        return (storage + count).move()
    }

    /// Takes the run from `start` on, as an array of its size.
    func removeRun(from start: Int) -> [Element] {
        // Moved out one by one into an array made for them: `Array(unsafeUninitializedCapacity:)`
        // looks the array's type up at run time (500-700 instructions a list), and a copy
        // retains what its elements hold, only to release it from here.
        var run: [Element] = []
        run.reserveCapacity(count - start)
        run.append(contentsOf: Moving(current: storage + start, end: storage + count))
        assert(run.count == count - start, "every element of the run is moved")
        count = start
        // A very large run (a spec's routes, when the tree keeps them) leaves room that the
        // rest of the tree would not use: given back, not held with the tree.
        if capacity > Self.keptCapacity, count < capacity / 4 { resize(to: max(Self.keptCapacity, count * 2)) }
        return run
    }

    private static var keptCapacity: Int { 4_096 }

    /// The elements from `current` to `end`, each moved out as it is read.
    private struct Moving: Sequence, IteratorProtocol {
        var current: UnsafeMutablePointer<Element>
        let end: UnsafeMutablePointer<Element>

        var underestimatedCount: Int { end - current }

        mutating func next() -> Element? {
            guard current < end else { return nil }
            defer { current += 1 }
            return current.move()
        }
    }

    private func resize(to newCapacity: Int) {
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        moved.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = newCapacity
    }
}
