import Testing

@testable import APISpecEmit

/// `InlineText` reads a small string from the string's own words: each length a small
/// string can have must come back with its bytes, and its escapes found at each place.
@Suite struct InlineTextTests {
    static func stored(_ text: InlineText) -> [UInt8] {
        var bytes = [UInt8](repeating: 0xFF, count: InlineText.room)
        bytes.withUnsafeMutableBytes { text.storeQuoted(at: $0.baseAddress!) }
        return Array(bytes[..<(text.count + 2)])
    }

    @Test func smallStringsComeBackAsWritten() {
        for length in 0...15 {
            for string in [String(repeating: "a", count: length), String(repeating: "é", count: length / 2)] {
                guard let text = InlineText(string) else {
                    Issue.record("\(string.debugDescription) is small")
                    continue
                }
                #expect(text.count == string.utf8.count)
                #expect(!text.needsEscape)
                #expect(Self.stored(text) == Array("\"\(string)\"".utf8))
            }
        }
    }

    @Test func escapesAreFoundAtEachPlace() {
        for length in 1...15 {
            for place in 0..<length {
                for escape in ["\"", "\\", "\n", "\u{01}", "\u{1F}"] {
                    var characters = Array(repeating: Character("a"), count: length)
                    characters[place] = Character(escape)
                    let string = String(characters)
                    #expect(InlineText(string)?.needsEscape == true, "\(string.debugDescription)")
                }
            }
        }
    }

    @Test func largeStringsAreLeftToTheirStorage() {
        var native = String(repeating: "-", count: 32)
        #expect(InlineText(native) == nil)
        native.removeAll(keepingCapacity: true)
        native += "abc"
        #expect(InlineText(native) == nil)
        #expect(InlineText(String(repeating: "b", count: 16)) == nil)
    }
}
