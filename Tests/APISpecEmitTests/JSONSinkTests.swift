import Testing

@testable import APISpecEmit

/// Code that makes a value into a sink must get, from the text sink, the text `JSONWriter`
/// writes of the value, and from the value sink, the value itself.
@Suite struct JSONSinkTests {
    static let values: [JSONValue] = [
        "text",
        [],
        [:],
        [1, -2, 2.5, true, nil, "a\"b\\c\n"],
        ["name": "ünïcødé →", "empty": [:], "none": [], "nested": ["deeper": [["deepest": [1, [2, [3]]]]]]],
        [[:], [[]], ["key": [:]]],
    ]

    /// Feeds `value` to `sink` piece by piece; a value `whole` levels down and deeper is given
    /// whole; with `bytes`, a string is given as its UTF-8 bytes.
    static func feed<Sink: JSONSink>(_ value: JSONValue, into sink: inout Sink, whole: Int = .max, bytes: Bool = false) {
        switch value {
        case .object(let members) where whole > 0:
            sink.object { object in
                for (key, member) in members {
                    object.key(key)
                    feed(member, into: &object, whole: whole - 1, bytes: bytes)
                }
            }
        case .array(let items) where whole > 0:
            sink.array { array in
                for item in items { feed(item, into: &array, whole: whole - 1, bytes: bytes) }
            }
        case .string(let string) where bytes:
            Array(string.utf8).withUnsafeBufferPointer { sink.value(bytes: $0) }
        default:
            sink.value(value)
        }
    }

    @Test(arguments: values, [0, 1, 3]) func theTextSinkWritesWhatTheWriterWrites(_ value: JSONValue, indent: Int) {
        for whole in [0, 1, 2, .max] {
            var sink = JSONTextSink(CountingOutput(), indent: indent)
            Self.feed(value, into: &sink, whole: whole)
            var written = CountingOutput()
            JSONWriter.write(value, indent: indent, into: &written)
            #expect(sink.output.count == written.count)
        }
        for bytes in [false, true] {
            var text = JSONTextSink(Bytes(), indent: 0)
            Self.feed(value, into: &text, bytes: bytes)
            #expect(String(decoding: text.output.bytes + [UInt8(ascii: "\n")], as: UTF8.self) == JSONWriter.write(value))
        }
    }

    @Test(arguments: values) func theValueSinkMakesTheValue(_ value: JSONValue) {
        for whole in [0, 1, .max] {
            for bytes in [false, true] {
                var sink = JSONValueSink()
                Self.feed(value, into: &sink, whole: whole, bytes: bytes)
                #expect(sink.take() == value)
            }
        }
    }

    @Test func aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() {
        var sink = JSONValueSink()
        sink.object { object in
            object.member("a", 1)
            object.member("b", 2)
            object.member("a", 3)
        }
        #expect(JSONWriter.write(sink.take()) == JSONWriter.write(["a": 1, "b": 2, "a": 3]))
    }
}

/// The bytes a sink writes.
private struct Bytes: JSONOutput {
    var bytes: [UInt8] = []
    mutating func append(_ byte: UInt8) { bytes.append(byte) }
    mutating func append(bytes: UnsafeRawBufferPointer) { self.bytes += bytes }
    mutating func appendSpaces(_ count: Int) { bytes += Array(repeating: UInt8(ascii: " "), count: count) }
}
