@testable import APISpecEmit
import Testing

/// A test that feeds the same members into any JSON sink, with repeated text kept in
/// `values` (`RepeatedMembersTests`, `RepeatedOpenObjectsTests`,
/// `RepeatedShapedMembersTests`), by keys `Key` it makes of the names in `order`; `made`
/// collects the names whose members were made rather than copied.
protocol SinkFeeding {
    associatedtype Key: Equatable
    static func feed<Sink: JSONSink>(
        _ order: [String], into sink: inout Sink, repeating values: RepeatedValues<Key>, made: inout [String])
}

extension SinkFeeding {
    /// Whatever the output (counted, or in chunks of several sizes), the text sink's text of
    /// `order` is the writer's text of the value a value sink makes of it.
    static func expectTheWritersText(of order: [String]) {
        var made: [String] = []
        var values = JSONValueSink()
        feed(order, into: &values, repeating: RepeatedValues(), made: &made)
        // The writer's document of the value, its closing newline left out.
        let expected = Array(JSONWriter.write(values.take()).utf8.dropLast())
        var counting = JSONTextSink(CountingOutput(), indent: 0)
        feed(order, into: &counting, repeating: RepeatedValues(capacity: 4), made: &made)
        #expect(counting.output.count == expected.count)
        for chunk in [1, 7, 64, 100_000] {
            var sent: [UInt8] = []
            var sink = JSONTextSink(ChunkOutput(capacity: chunk) { sent += $0; return true }, indent: 0)
            feed(order, into: &sink, repeating: RepeatedValues(capacity: 4), made: &made)
            sink.output.flush()
            #expect(sent == expected, "chunks of \(chunk)")
        }
    }

    /// The names of `order` whose members a text sink made rather than copied, its texts held
    /// four at most.
    static func madeWhenWritten(_ order: [String]) -> [String] {
        var made: [String] = []
        var sink = JSONTextSink(ChunkOutput(capacity: 100_000) { _ in true }, indent: 0)
        feed(order, into: &sink, repeating: RepeatedValues(capacity: 4), made: &made)
        return made
    }
}

/// A key of fed members made of a name of the order, `shape:piece` (`ShapedKey`).
struct ShapedName: ShapedKey {
    var shape: String
    var piece: String

    init(_ name: String) {
        let parts = name.split(separator: ":", maxSplits: 1)
        (shape, piece) = (String(parts[0]), String(parts[1]))
    }

    /// The members a key gives: its piece once in a string (but for a piece that is also a
    /// member's key), none for shape `e`.
    var members: [(String, JSONValue)] {
        switch shape {
        case "a": return [("x", 1), ("uri", .string("pre \(piece) post")), ("y", ["z": true])]
        case "b": return [("w", .string("text \(piece)"))]
        default: return []
        }
    }

    /// Keys of two shapes with members and one without, pieces repeated, one that JSON escapes
    /// (`q"`) and one that is also a key (`w`): what each suite's feeding makes of them is
    /// told there.
    static let order = [
        "a:f", "a:f", "b:f", "a:g", "e:f", "e:f", "b:g", "a:f", "e:g", "a:x", "a:h", "a:q\"", "b:h", "b:w", "e:f", "b:v",
    ]
}
