/// A set of ASCII bytes, the stand-in for a regular expression's `[A-Za-z0-9_-]` in matchers that
/// walk `utf8`. Swift `Regex` parses its pattern anew each time it is evaluated, which cost a
/// tenth of a whole `apispec validate`. No byte of a non-ASCII character is in any class, so a
/// matcher built from classes accepts ASCII only: what AWS accepts in names, regions and ids.
struct ASCIIClass: ExpressibleByStringLiteral, Sendable {
    /// Bit `b` of `low` is byte `b`; bit `b - 64` of `high` is byte `b` from 64 to 127.
    private let low: UInt64, high: UInt64

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The class of exactly the characters of `members`, which must be ASCII.
    init(stringLiteral members: String) {
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in members.utf8 {
            precondition(byte < 0x80, "an ASCIIClass holds ASCII only")
            if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
        }
        self.init(low: low, high: high)
    }

    static let lowercase: ASCIIClass = "abcdefghijklmnopqrstuvwxyz"
    static let uppercase: ASCIIClass = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let letters = lowercase + uppercase
    static let digits: ASCIIClass = "0123456789"
    static let alphanumerics = letters + digits

    static func + (lhs: ASCIIClass, rhs: ASCIIClass) -> ASCIIClass {
        ASCIIClass(low: lhs.low | rhs.low, high: lhs.high | rhs.high)
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << byte) != 0 : byte < 128 && high & (1 << (byte - 64)) != 0
    }
}

extension BidirectionalCollection<UInt8> {
    /// `[members]{lengths}`, matching the whole collection.
    func matches(_ members: ASCIIClass, lengths: ClosedRange<Int> = 1...Int.max) -> Bool {
        lengths.contains(count) && allSatisfy(members.contains)
    }

    /// `[first][rest]{restLengths}`, matching the whole collection.
    func matches(first: ASCIIClass, rest: ASCIIClass, restLengths: ClosedRange<Int>) -> Bool {
        guard let head = self.first, first.contains(head) else { return false }
        return dropFirst().matches(rest, lengths: restLengths)
    }

    /// `[edges]([inner]*[edges])?` of `lengths` bytes, matching the whole collection: a label whose
    /// first and last byte are `edges` (a DNS label does not start or end with `-`).
    func matches(edges: ASCIIClass, inner: ASCIIClass, lengths: ClosedRange<Int>) -> Bool {
        guard let head = first, let tail = last, edges.contains(head), edges.contains(tail) else { return false }
        return matches(inner + edges, lengths: lengths)
    }

    /// Whether the collection begins with the bytes of `prefix`; the rest when it does.
    func dropping(prefix: String) -> SubSequence? {
        starts(with: prefix.utf8) ? dropFirst(prefix.utf8.count) : nil
    }
}
