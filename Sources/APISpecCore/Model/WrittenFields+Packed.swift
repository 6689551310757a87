extension WrittenFields {
    /// One or two compact fields in two words, in place: each field's key number plus one (12
    /// bits), its line (28) and its column (24); a second word of 0 is no second field. A field
    /// past those bounds (a line past 268 million) is not packed, and stays in a list.
    struct Packed: Sendable {
        static let capacity = 2
        private let first: UInt64
        private let second: UInt64

        /// Nil when either field does not fit.
        init?(_ first: Compact, _ second: Compact?) {
            guard let first = Self.word(first) else { return nil }
            var secondWord: UInt64 = 0
            if let second {
                guard let word = Self.word(second) else { return nil }
                secondWord = word
            }
            self.first = first
            self.second = secondWord
        }

        var count: Int { second == 0 ? 1 : 2 }

        subscript(place: Int) -> Compact {
            Self.field(place == 0 ? first : second)
        }

        /// The fields as a list, for a change to them.
        var list: [Compact] {
            count == 1 ? [self[0]] : [self[0], self[1]]
        }

        private static func word(_ field: Compact) -> UInt64? {
            guard field.number < 0xFFF, field.line < 1 << 28, field.column < 1 << 24 else { return nil }
            return (UInt64(field.number) + 1) << 52 | UInt64(field.line) << 24 | UInt64(field.column)
        }

        private static func field(_ word: UInt64) -> Compact {
            Compact(number: UInt16((word >> 52) - 1), line: UInt32((word >> 24) & 0xFFF_FFFF), column: UInt32(word & 0xFF_FFFF))
        }
    }
}
