import Testing

@testable import APISpecCore

/// `WordHash` names REST deployments in templates: its values must not change from machine to
/// machine or run to run, nor with how the bytes are handed over.
struct WordHashTests {
    static func hex(_ text: String, pieces: Int? = nil) -> String {
        hex(Array(text.utf8), pieces: pieces)
    }

    static func hex(_ bytes: [UInt8], pieces: Int? = nil) -> String {
        var hash = WordHash()
        let piece = max(pieces ?? bytes.count, 1)
        for start in stride(from: 0, to: bytes.count, by: piece) {
            bytes[start..<min(start + piece, bytes.count)].withUnsafeBytes { hash.add($0) }
        }
        let digits = String(hash.value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Values from an independent implementation of the same steps (four little-endian words
    /// a step, one to each lane; the bytes short of a step, zero-padded, then the lanes and
    /// the count, mixed in last).
    @Test(arguments: [
        ("", "3751f92fc9a10f13"),
        ("foobar", "dc9d0ec6566b18de"),
        ("{\n      \"Name\": \"pets\"\n    }", "57d78038b970dc30"),
    ])
    func valuesAreTheSameEverywhere(_ text: String, _ expected: String) {
        #expect(Self.hex(text) == expected)
        for pieces in [1, 3, 7, 8, 9] { #expect(Self.hex(text, pieces: pieces) == expected) }
    }

    /// Every byte value, over many steps, in pieces that end anywhere in a step.
    @Test func manyStepsInPiecesOfAnyLength() {
        let bytes = Array(repeating: Array(0...255 as ClosedRange<UInt8>), count: 3).flatMap { $0 }
        for pieces in [nil, 1, 5, 8, 31, 32, 33, 100] { #expect(Self.hex(bytes, pieces: pieces) == "bdf5ac1d9492fb05") }
    }

    /// Zero bytes at the end read as the same word as none: the count tells them apart.
    @Test func trailingZeroBytesChangeTheHash() {
        let hashes = (0...9).map { Self.hex("ab" + String(repeating: "\0", count: $0)) }
        #expect(Set(hashes).count == hashes.count)
    }
}
