import Testing

@testable import APISpecCore

@Suite struct ShortTextsTests {
    private func text(_ texts: ShortTexts, _ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { texts.text($0.baseAddress!, count: $0.count) }
    }

    /// Whatever the cache holds, each text is what `String(decoding:as:)` makes of its bytes.
    @Test func everyTextIsItsBytes() {
        let texts = ShortTexts()
        var inputs: [[UInt8]] = [
            Array("a".utf8), Array("a\0".utf8), Array("\0a".utf8), Array("abcdefgh".utf8), Array("abcdefghi".utf8),
            Array("abcdefghijklmno".utf8), Array("abcdefghijklmnop".utf8), Array("K".utf8), Array("\u{212A}".utf8),
            [0xFF, 0x41], [0xE2, 0x84], Array("héllo".utf8),
        ]
        // Every length kept, and texts of one length that differ in a single byte.
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for count in 1...ShortTexts.maxCount + 1 {
            let base = Array(alphabet[..<count])
            inputs.append(base)
            for place in 0..<count {
                var changed = base
                changed[place] = UInt8(ascii: "Z")
                inputs.append(changed)
            }
        }
        // Enough texts to share slots, each asked for twice in turn.
        inputs += (0..<2_000).map { Array("key\($0)".utf8) }
        for round in 0..<2 {
            for bytes in inputs {
                let made = text(texts, bytes)
                let expected = String(decoding: bytes, as: UTF8.self)
                #expect(made == expected, "round \(round)")
                #expect(Array(made.utf8) == Array(expected.utf8), "round \(round)")
            }
        }
    }

    @Test func aRepeatedTextIsFoundAgain() {
        let texts = ShortTexts()
        let first = text(texts, Array("function".utf8))
        #expect(text(texts, Array("function".utf8)) == first)
        #expect(text(texts, Array("functions".utf8)) == "functions")
        #expect(text(texts, Array("function".utf8)) == "function")
    }
}
