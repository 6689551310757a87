import Testing
@testable import APISpecEmit

/// `NumbersByHash` finds a number by its hash and its caller's say: numbers of the same hash,
/// or of hashes that share a slot, must each be found again, and a new one only where none is.
struct NumbersByHashTests {
    @Test
    func eachTextGetsItsOwnNumberWhateverItsHash() {
        // Hashes that share their lower bits (one slot), and their upper half (one tag).
        let texts = ["a", "b", "c", "d", "e", "f"]
        let hashes: [UInt64] = [0x1_0000_0005, 0x2_0000_0005, 0x1_0000_0005, 0x1_0000_0015, 7, 0x1_0000_0005]
        var table = NumbersByHash(capacity: texts.count)
        var numbered: [String] = []
        for (text, hash) in zip(texts, hashes) {
            let number = table.number(hash: hash, new: numbered.count) { numbered[$0] == text }
            #expect(number == numbered.count)
            numbered.append(text)
        }
        for (text, hash) in zip(texts, hashes) {
            #expect(table.number(hash: hash, new: -1) { numbered[$0] == text } == numbered.firstIndex(of: text))
        }
        #expect(table.number(hash: hashes[0], new: numbered.count) { _ in false } == numbered.count)
    }
}
