/// Permissions' ids made one after another (`InvokePermissions.add`), each part copied into
/// its place at once: appended to a `[UInt8]`, whose `append(contentsOf:)` is generic over
/// sequences, a part cost some 90 instructions, and an id has three. A class that owns its
/// memory: what `bytes(_:)` gives is read in place until the next `append` or `removeAll`.
final class IDBytes {
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    /// Room for `room` bytes before the first growth.
    init(room: Int) {
        storage = .allocate(capacity: max(room, 1))
    }

    deinit {
        storage.deallocate()
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if count + bytes.count > storage.count { grow(toHold: count + bytes.count) }
        _ = UnsafeMutableBufferPointer(rebasing: storage[count..<(count + bytes.count)]).initialize(fromContentsOf: bytes)
        count += bytes.count
    }

    /// The bytes of `range` (within `count`), in place.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(range.upperBound <= count, "only bytes appended are read")
        return UnsafeBufferPointer(rebasing: storage[range])
    }

    func removeAll() {
        count = 0
    }

    private func grow(toHold needed: Int) {
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(needed, 2 * storage.count))
        _ = larger.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: storage[..<count]))
        storage.deallocate()
        storage = larger
    }
}
