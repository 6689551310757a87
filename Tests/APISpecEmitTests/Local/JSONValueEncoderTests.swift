import Testing

@testable import APISpecEmit

/// `emit --local` writes the run config's Codable types through this encoder: members in the
/// order they are encoded, scalars as JSON scalars whichever way they arrive.
@Suite struct JSONValueEncoderTests {
    struct Pet: Encodable {
        var name = "Rex"
        var age = 3
        var weight = 4.5
        var vaccinated = true
        var owner: String? = nil
        var tags = ["good", "dog"]
        var toy = Toy()
    }

    struct Toy: Encodable {
        var kind = "ball"
    }

    @Test func membersKeepTheirEncodingOrderAndScalarsTheirTypes() throws {
        let value = try JSONValueEncoder.encode(Pet())
        #expect(JSONWriter.write(value) == """
            {
              "name": "Rex",
              "age": 3,
              "weight": 4.5,
              "vaccinated": true,
              "tags": [
                "good",
                "dog"
              ],
              "toy": {
                "kind": "ball"
              }
            }

            """)
    }

    /// Written by hand: a repeated key, explicit nil, generic scalars, nested and unkeyed containers.
    struct Handwritten: Encodable {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.init(stringValue) }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("first", forKey: Key("a"))
            try container.encodeNil(forKey: Key("b"))
            try container.encode(Wrapped(value: 7), forKey: Key("c"))
            try container.encode("last", forKey: Key("a"))
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: Key("d"))
            try nested.encode(Wrapped(value: "deep"), forKey: Key("e"))
            var list = container.nestedUnkeyedContainer(forKey: Key("f"))
            try list.encode(1)
            try list.encodeNil()
            try list.encode(Wrapped(value: false))
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

    enum PathLog {
        nonisolated(unsafe) static var paths: [String] = []
    }

    @Test func aRepeatedKeyKeepsItsPlaceAndItsLastValue() throws {
        PathLog.paths = []
        let value = try JSONValueEncoder.encode(Handwritten())
        #expect(JSONWriter.write(value) == """
            {
              "a": "last",
              "b": null,
              "c": 7,
              "d": {
                "e": "deep"
              },
              "f": [
                1,
                null,
                false
              ]
            }

            """)
        // Unkeyed items add no key of their own, as before.
        #expect(PathLog.paths == ["c", "d.e", "f"])
    }
}
