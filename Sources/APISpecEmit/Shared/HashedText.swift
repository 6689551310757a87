import APISpecCore

/// A string as a key of a set or dictionary, hashed from one word made of its bytes
/// (`WordHash`): a `String` key hashes all of its bytes with SipHash, some 1,000
/// instructions for an operationId or a path, where this costs a fifth of that.
struct HashedText: Hashable {
    let text: String
    private let hash: UInt64

    init(_ text: String) {
        self.text = text
        var hash = WordHash()
        text.withUTF8Bytes { hash.add(UnsafeRawBufferPointer($0)) }
        self.hash = hash.value
    }

    static func == (a: HashedText, b: HashedText) -> Bool { a.hash == b.hash && a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
