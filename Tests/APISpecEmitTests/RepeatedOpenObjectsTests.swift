import Testing

@testable import APISpecEmit

/// A member whose object is left open after members given by key
/// (`JSONSink.openObject(_:repeating:key:_:)`) is written once, and its text, from the member's
/// start, copied while the same key comes again at the same place; an object left without
/// members is written each time. Members added to the open object, and after it, follow as
/// they would. Whatever the output, the text is the writer's text of the value given.
@Suite struct RepeatedOpenObjectsTests: SinkFeeding {
    static let runs: [String: [(String, JSONValue)]] = [
        "a": [("x", 1), ("y", ["z": true])], "b": [("w", "text")], "e": [],
    ]

    static let order = ["a", "a", "b", "a", "e", "e", "b", "a", "e"]

    /// An object for each of `order`: every second with a member before the open one, every
    /// third with one added to the open object, every fourth with one after it; `made`
    /// collects the keys whose members were made.
    static func feed<Sink: JSONSink>(
        _ order: [String], into sink: inout Sink, repeating values: RepeatedValues<String>, made: inout [String]
    ) {
        sink.object { outer in
            for (index, key) in order.enumerated() {
                outer.object("o\(index)") { object in
                    if index % 2 == 1 { object.member("first", .int(index)) }
                    object.openObject("open", repeating: values, key: key) { run in
                        made.append(key)
                        for (name, value) in Self.runs[key]! { run.member(name, value) }
                    }
                    if index % 3 == 0 { object.member("added", .int(index)) }
                    object.end()
                    if index % 4 == 0 { object.member("last", .int(index)) }
                }
            }
        }
    }

    @Test func theTextIsTheWritersThroughEveryOutput() {
        Self.expectTheWritersText(of: Self.order)
    }

    /// Held apart by whether the member follows another: `a` first at 0 (opening), then at 1
    /// (following), copied at 3 and 7; `b` at 2 (opening) copied at 6; `e` is made each time.
    @Test func membersAreMadeOnlyWhenTheirTextIsNotHeld() {
        var made: [String] = []
        var sent: [UInt8] = []
        var sink = JSONTextSink(ChunkOutput(capacity: 100_000) { sent += $0; return true }, indent: 0)
        Self.feed(Self.order, into: &sink, repeating: RepeatedValues(capacity: 4), made: &made)
        #expect(made == ["a", "a", "b", "e", "e", "e"])
    }
}
