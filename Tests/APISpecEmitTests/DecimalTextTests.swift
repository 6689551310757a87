import Testing

@testable import APISpecEmit

/// `DecimalText` writes an integer without making its string: it must count and store what
/// `String(int)` spells, at every length and sign.
@Suite struct DecimalTextTests {
    static let values: [Int] = [0, 1, 9, 10, 99, 100, 29_000, 30_000, Int.max, Int.min, Int.min + 1]
        + (0...18).flatMap { power -> [Int] in
            let value = (0..<power).reduce(1) { result, _ in result * 10 }
            return [value - 1, value, value + 1, -value, -(value - 1)]
        }

    @Test(arguments: values) func storesAndCountsWhatStringSpells(value: Int) {
        var bytes = [UInt8](repeating: 0, count: DecimalText.maximumByteCount)
        let count = bytes.withUnsafeMutableBufferPointer { DecimalText.store(value, at: $0.baseAddress!) }
        #expect(String(decoding: bytes[..<count], as: UTF8.self) == String(value))
        #expect(DecimalText.byteCount(value) == String(value).utf8.count)
    }

    @Test func aChunkOutputWritesNumbersAsTheWriterDoes() {
        let value = JSONValue.array(Self.values.map { .int($0) })
        for chunkSize in [7, 21, 1 << 16] {
            var bytes: [UInt8] = []
            #expect(JSONDocument(value).stream(chunkSize: chunkSize) { bytes += $0; return true })
            #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.write(value))
        }
    }
}
