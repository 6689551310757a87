import APISpecCore
import Testing

/// `joinedText` stands in for the standard library's `joined(separator:)` on apispec's paths.
struct JoinedTextTests {
    @Test(arguments: [[], [""], ["a"], ["a", "b"], ["", "ü", ""], ["one", "two", "three"]], ["", ", ", "/"])
    func joinsAsTheStandardLibraryDoes(_ parts: [String], separator: String) {
        #expect(parts.joinedText(separator: separator) == parts.joined(separator: separator))
    }
}
