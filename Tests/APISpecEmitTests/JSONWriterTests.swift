import Testing

@testable import APISpecEmit

@Suite struct JSONWriterTests {
    @Test(arguments: [
        ("plain /pets/{id} ünïcødé", #""plain /pets/{id} ünïcødé""#),
        ("quote \" and backslash \\", #""quote \" and backslash \\""#),
        ("lines\nand\ttabs\r", #""lines\nand\ttabs\r""#),
        ("bell \u{07} and \u{1F}", #""bell \u0007 and \u001f""#),
    ])
    func stringsAreEscapedOnlyWhereJSONNeedsIt(_ text: String, _ expected: String) {
        #expect(JSONWriter.write(.string(text)) == expected + "\n")
    }

    @Test func nestingIndentsTwoSpacesPerLevelAtAnyDepth() {
        var value: JSONValue = .int(1)
        for _ in 0..<40 { value = .array([value]) }
        let lines = JSONWriter.write(value).split(separator: "\n")
        #expect(lines[40] == Substring(String(repeating: "  ", count: 40) + "1"))
        #expect(lines.last == "]")
    }
}
