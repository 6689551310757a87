import Testing

@testable import APISpecCore

/// `Provenance.set(count:_:)` appends a decoded entity's fields at once when it has none yet:
/// it must record what setting them one at a time (`set(number:at:)`) records.
@Suite struct RecordedFieldsTests {
    static let file = FileName("r.yaml")
    static func at(_ line: Int, in file: FileName = file) -> APISpecCore.SourceLocation { APISpecCore.SourceLocation(file: file, line: line, column: 3) }
    static let start = KnownKeys.numbered.starts["routes.*"]!

    /// Numbers of three keys of `routes.*`, and where each was written (one in another file).
    static func fields(otherFileAt index: Int?) -> [(number: UInt16, location: APISpecCore.SourceLocation)] {
        (0..<3).map { place in
            let file = place == index ? FileName("other.yaml") : Self.file
            return (UInt16(start + 2 * place), at(10 + place, in: file))
        }
    }

    static func oneByOne(_ provenance: Provenance, _ fields: [(number: UInt16, location: APISpecCore.SourceLocation)]) -> Provenance {
        var provenance = provenance
        for field in fields { provenance.set(number: field.number, at: field.location) }
        return provenance
    }

    static func atOnce(_ provenance: Provenance, _ fields: [(number: UInt16, location: APISpecCore.SourceLocation)]) -> Provenance {
        var provenance = provenance
        provenance.set(count: fields.count) { fields[$0] }
        return provenance
    }

    @Test(arguments: [nil, 0, 1, 2])
    func atOnceIsOneByOne(otherFileAt index: Int?) {
        let fields = Self.fields(otherFileAt: index)
        var inheriting = Provenance(Self.at(1))
        inheriting.inherit([("auth", Self.at(2))])
        var written = Provenance(Self.at(1))
        written.set(number: UInt16(Self.start + 2), at: Self.at(5))
        for provenance in [Provenance(Self.at(1)), inheriting, written] {
            let expected = Self.oneByOne(provenance, fields)
            let recorded = Self.atOnce(provenance, fields)
            #expect(recorded == expected)
            #expect(recorded.fields.map(\.key) == expected.fields.map(\.key))
            #expect(recorded.fields.map(\.location) == expected.fields.map(\.location))
        }
    }

    /// One or two fields are packed in place: what they record, read back every way, is what
    /// the same fields listed one by one record; a line too large to pack keeps them listed.
    @Test(arguments: [(1, 10), (2, 10), (2, 1 << 28), (1, 1 << 29)])
    func packedFieldsReadAsListedOnes(count: Int, line: Int) {
        let fields = (0..<count).map { place in
            (number: UInt16(Self.start + place), location: APISpecCore.SourceLocation(file: Self.file, line: line + place, column: 7 + place))
        }
        let expected = Self.oneByOne(Provenance(Self.at(1)), fields)
        var recorded = Self.atOnce(Provenance(Self.at(1)), fields)
        #expect(recorded == expected)
        #expect(recorded.fields.map(\.key) == expected.fields.map(\.key))
        #expect(recorded.fields.map(\.location) == expected.fields.map(\.location))
        for field in fields {
            let key = Provenance.key(numbered: Int(field.number))
            #expect(recorded[key] == field.location)
        }
        var numbers: [Int] = []
        recorded.forEachKey(number: { numbers.append($0) }, text: { _ in Issue.record("a decoded key is numbered") })
        #expect(numbers == fields.map { Int($0.number) })
        // Changed afterwards, they change as listed ones do.
        func change(_ provenance: inout Provenance) {
            provenance.set(number: UInt16(Self.start), at: Self.at(30))
            provenance.set("colour", at: Self.at(31))
        }
        var changed = expected
        change(&recorded)
        change(&changed)
        #expect(recorded == changed)
        #expect(recorded.fields.map(\.key) == changed.fields.map(\.key))
        var moved = Self.atOnce(Provenance(Self.at(1)), fields)
        moved.entity = APISpecCore.SourceLocation(file: FileName("moved.yaml"), line: 1, column: 1)
        #expect(moved.fields.map(\.location) == expected.fields.map(\.location))
    }
}
