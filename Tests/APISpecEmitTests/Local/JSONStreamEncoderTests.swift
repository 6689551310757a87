import Testing

@testable import APISpecEmit

/// `emit --local` writes the run config's Codable types through this encoder: members in the
/// order they are encoded, scalars as JSON scalars whichever way they arrive, laid out as
/// `JSONWriter` lays out the same value.
@Suite struct JSONStreamEncoderTests {
    /// The text `value` encodes to, handed on in chunks of `chunkSize` bytes.
    static func text(_ value: some Encodable, chunkSize: Int = 1 << 16) throws -> String {
        var bytes: [UInt8] = []
        var failure: (any Error)?
        _ = JSONWriter.stream(chunkSize: chunkSize, to: { chunk in
            bytes += chunk
            return true
        }) { out in
            do { try JSONStreamEncoder.write(value, into: &out) } catch { failure = error }
        }
        if let failure { throw failure }
        return String(decoding: bytes, as: UTF8.self)
    }

    struct Pet: Encodable {
        var name = "Rex"
        var age = 3
        var weight = 4.5
        var vaccinated = true
        var owner: String? = nil
        var tags = ["good", "dog"]
        var toys: [Toy] = [Toy()]
        var friends: [String] = []
        var notes: [String: String] = [:]
    }

    struct Toy: Encodable {
        var kind = "ball"
    }

    @Test func membersKeepTheirEncodingOrderAndScalarsTheirTypes() throws {
        let expected: JSONValue = [
            "name": "Rex", "age": 3, "weight": 4.5, "vaccinated": true, "tags": ["good", "dog"],
            "toys": [["kind": "ball"]], "friends": [], "notes": [:],
        ]
        #expect(try Self.text(Pet()) == JSONWriter.write(expected))
    }

    @Test func chunksOfAnySizeMakeTheSameText() throws {
        let whole = try Self.text(Pet())
        for size in [1, 3, 64] {
            #expect(try Self.text(Pet(), chunkSize: size) == whole)
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    /// Written by hand: explicit nil, generic scalars, nested and unkeyed containers, a super
    /// encoder, and a value that encodes nothing.
    struct Handwritten: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("first", forKey: Key("a"))
            try container.encodeNil(forKey: Key("b"))
            try container.encode(Wrapped(value: 7), forKey: Key("c"))
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("d"))
            try nested.encode(Wrapped(value: "deep"), forKey: Key("e"))
            var list = container.nestedUnkeyedContainer(forKey: Key("f"))
            try list.encode(1)
            try list.encodeNil()
            try list.encode(Wrapped(value: false))
            var pair = list.nestedUnkeyedContainer()
            try pair.encode(2.5)
            #expect(list.count == 4)
            try Wrapped(value: "parent").encode(to: container.superEncoder())
            try container.encode(Silent(), forKey: Key("g"))
        }
    }

    /// Arrives at the encoder as a generic value, and reports where it was encoded.
    struct Wrapped<Value: Encodable>: Encodable {
        var value: Value
        func encode(to encoder: any Encoder) throws {
            PathLog.paths.append(encoder.codingPath.map(\.stringValue).joined(separator: "."))
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }

    /// Encodes nothing at all.
    struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    enum PathLog {
        nonisolated(unsafe) static var paths: [String] = []
    }

    @Test func nestedContainersCloseWhenTheContainerAroundThemMovesOn() throws {
        PathLog.paths = []
        let expected: JSONValue = [
            "a": "first", "b": nil, "c": 7, "d": ["e": "deep"], "f": [1, nil, false, [2.5]], "super": "parent",
            "g": [:],
        ]
        #expect(try Self.text(Handwritten()) == JSONWriter.write(expected))
        // Unkeyed items add no key of their own.
        #expect(PathLog.paths == ["c", "d.e", "f", ""])
    }

    /// Goes back to a nested container after writing to the one around it.
    struct OutOfOrder: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("inner"))
            try container.encode(1, forKey: Key("next"))
            try nested.encode(2, forKey: Key("late"))
        }
    }

    @Test func writingToAClosedContainerThrowsWithItsPath() throws {
        #expect {
            try Self.text(OutOfOrder())
        } throws: { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["inner", "late"]
                && context.debugDescription.contains("after the one around it moved on")
        }
    }

    /// Asks for an array after writing an object's member.
    struct TwoKinds: Encodable {
        func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: Key.self)
            try object.encode(1, forKey: Key("a"))
            var array = encoder.unkeyedContainer()
            try? array.encode(2)
        }
    }

    @Test func twoKindsOfValueInOnePlaceThrow() throws {
        #expect(throws: EncodingError.self) { try Self.text(TwoKinds()) }
    }
}
