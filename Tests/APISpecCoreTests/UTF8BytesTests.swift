import APISpecCore
import Testing

/// `withUTF8Bytes` stands in for `withUTF8` on strings apispec reads without changing.
struct UTF8BytesTests {
    @Test(arguments: ["", "a", "fifteen bytes!!", "sixteen bytes!!!", "ü and 🐾", String(repeating: "long ", count: 40)])
    func readsTheBytesWithUTF8Reads(_ text: String) {
        var copy = text
        #expect(text.withUTF8Bytes { Array($0) } == copy.withUTF8 { Array($0) })
    }

    /// A body whose result is nil is still called once.
    @Test func callsTheBodyOnce() {
        var calls = 0
        let result: Int? = "text".withUTF8Bytes { _ in
            calls += 1
            return nil
        }
        #expect(result == nil)
        #expect(calls == 1)
    }
}
