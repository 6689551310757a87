import Testing
@testable import APISpecEmit

/// Permissions' ids are made in one buffer that grows when a window of them is long.
struct IDBytesTests {
    @Test func partsAreReadBackInPlaceAfterTheBufferGrows() {
        let ids = IDBytes(room: 4)
        let parts = ["Items", String(repeating: "Long", count: 100), "Permission"].map { Array($0.utf8) }
        var ends: [Int] = []
        for part in parts {
            part.withUnsafeBufferPointer { ids.append($0) }
            ends.append(ids.count)
        }
        #expect(ids.count == parts.map(\.count).reduce(0, +))
        var start = 0
        for (part, end) in zip(parts, ends) {
            #expect(Array(ids.bytes(start..<end)) == part)
            start = end
        }
        ids.removeAll()
        #expect(ids.count == 0)
        Array("Next".utf8).withUnsafeBufferPointer { ids.append($0) }
        #expect(Array(ids.bytes(0..<4)) == Array("Next".utf8))
    }
}
