/// The methods of a document's operations, numbered: OpenAPI's own, API Gateway's
/// any-method, then each other a route is written with (validation reports those). A place
/// holds its method's number: a string for each of 100,000 places cost a retain and a release
/// each time a place was copied, and a lower-cased copy of the route's method an allocation.
struct OperationMethods {
    /// Each method's key in a path item, by number.
    private(set) var names = OperationSlot.openAPIMethods + [OperationSlot.anyMethod]

    /// A constant, not found in `openAPIMethods`: read for each place, a value made once was checked for being made.
    static let options: Int32 = 4
    static let anyMethod = Int32(OperationSlot.openAPIMethods.count)

    /// The number of a route key's method as written, in any case, but `ANY`'s (which is nil).
    /// The usual spellings are told apart without lower-casing.
    mutating func number(ofWritten method: String) -> Int32? {
        // A usual spelling is a small string, whose two words are the same as the literal's:
        // compared at once (comparing strings called into the standard library for each that
        // differed). Any other string goes on to be compared as a string.
        if MemoryLayout<String>.size == 16 {
            let words = unsafeBitCast(method, to: (UInt64, UInt64).self)
            for number in Self.usualWords.indices where Self.usualWords[number] == words { return Int32(number) }
        }
        switch method {
        case "GET": return 0
        case "PUT": return 1
        case "POST": return 2
        case "DELETE": return 3
        case "OPTIONS": return 4
        case "HEAD": return 5
        case "PATCH": return 6
        case "ANY": return nil
        default: return number(of: method.lowercased())
        }
    }

    /// The two words of each usual spelling of OpenAPI's methods, by number (none where a
    /// string is not two words).
    private static let usualWords = MemoryLayout<String>.size != 16 ? [] : ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH"].map {
        unsafeBitCast($0, to: (UInt64, UInt64).self)
    }

    /// The number of a lower-case method (`any` is nil), numbered when first seen. One
    /// written as the any-method's key has its number: numbers are equal where names are.
    mutating func number(of method: String) -> Int32? {
        guard method != "any" else { return nil }
        if let known = names.firstIndex(of: method) { return Int32(known) }
        names.append(method)
        return Int32(names.count - 1)
    }

    subscript(number: Int32) -> String { names[Int(number)] }

    /// The keys of OpenAPI's methods and of the any-method, by number, as constants: written
    /// with no look for bytes to escape, nor a string's storage to reach (`JSONSink.key(constant:)`).
    static let constantKeys: [StaticString] = ["get", "put", "post", "delete", "options", "head", "patch", "x-amazon-apigateway-any-method"]

    /// Writes method number `number` as the key of its operation in a path item.
    func writeKey<Sink: JSONSink>(_ number: Int32, into sink: inout Sink) {
        guard Int(number) < Self.constantKeys.count else { return sink.key(self[number]) }
        sink.key(constant: Self.constantKeys[Int(number)])
    }

}
