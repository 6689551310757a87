import Testing

@testable import APISpecEmit

/// `ChunkOutput` stores a constant key (`JSONSink.key(constant:)`) in word, half-word or byte
/// moves by its length: each length, at each place near the end of a chunk, must come out as
/// the same key given as a String.
@Suite struct ChunkOutputConstantKeyTests {
    static let keys: [StaticString] = [
        "",
        "a",
        "ab",
        "abc",
        "abcd",
        "abcde",
        "abcdef",
        "abcdefg",
        "abcdefgh",
        "abcdefghi",
        "abcdefghij",
        "abcdefghijk",
        "abcdefghijkl",
        "abcdefghijklm",
        "abcdefghijklmn",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "abcdefghijklmnopqr",
        "abcdefghijklmnopqrs",
        "abcdefghijklmnopqrst",
        "abcdefghijklmnopqrstu",
        "abcdefghijklmnopqrstuv",
        "abcdefghijklmnopqrstuvw",
        "abcdefghijklmnopqrstuvwx",
        "abcdefghijklmnopqrstuvwxy",
        "abcdefghijklmnopqrstuvwxyz",
        "abcdefghijklmnopqrstuvwxyza",
        "abcdefghijklmnopqrstuvwxyzab",
        "abcdefghijklmnopqrstuvwxyzabc",
        "abcdefghijklmnopqrstuvwxyzabcd",
        "abcdefghijklmnopqrstuvwxyzabcde",
        "abcdefghijklmnopqrstuvwxyzabcdef",
        "abcdefghijklmnopqrstuvwxyzabcdefg",
        "abcdefghijklmnopqrstuvwxyzabcdefgh",
        "abcdefghijklmnopqrstuvwxyzabcdefghi",
        "abcdefghijklmnopqrstuvwxyzabcdefghij",
        "abcdefghijklmnopqrstuvwxyzabcdefghijk",
        "abcdefghijklmnopqrstuvwxyzabcdefghijkl",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklm",
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmn",
        "x-amazon-apigateway-integration",
    ]

    @Test(arguments: [5, 16, 23, 1 << 16]) func constantKeysAreWrittenAsStringKeys(chunkSize: Int) {
        for key in Self.keys {
            for lead in 0..<8 {
                #expect(Self.written(chunkSize: chunkSize, lead: lead) { $0.appendKey(constant: key) }
                    == Self.written(chunkSize: chunkSize, lead: lead) { $0.appendKey(key.description) }, "\(key)")
            }
        }
    }

    /// A text sink, counting or writing, writes a constant key as the same key given as a String.
    @Test func sinksWriteConstantKeysAsStringKeys() {
        for key in Self.keys {
            var constant = JSONTextSink(CountingOutput(), indent: 1)
            constant.object { $0.key(constant: key); $0.value(true) }
            var string = JSONTextSink(CountingOutput(), indent: 1)
            string.object { $0.key(key.description); $0.value(true) }
            #expect(constant.output.count == string.output.count)
            var value = JSONValueSink()
            value.object { $0.key(constant: key); $0.value(true) }
            #expect(value.take() == [key.description: true])
        }
    }

    /// What `append` writes into a `ChunkOutput` of `chunkSize` after `lead` bytes.
    static func written(chunkSize: Int, lead: Int, _ append: (inout ChunkOutput) -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        var output = ChunkOutput(capacity: chunkSize) { bytes += $0; return true }
        for _ in 0..<lead { output.append(UInt8(ascii: "-")) }
        append(&output)
        output.flush()
        return bytes
    }
}
