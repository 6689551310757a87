import Testing

@testable import APISpecEmit

/// Members given by key (`JSONSink.members(repeating:key:_:)`) are written once, and their text
/// copied while the same key comes again at the same place: where they open their object and
/// where they follow a member, and when there are none. Whatever the output, the text is the
/// writer's text of the members given.
@Suite struct RepeatedMembersTests: SinkFeeding {
    static let runs: [String: [(String, JSONValue)]] = [
        "a": [("x", 1), ("y", ["z": true])], "b": [("w", "text")], "e": [],
    ]

    static let order = ["a", "a", "b", "a", "e", "e", "b", "a", "e"]

    /// An object for each of `order`: every second with a member before the run, every third
    /// with one after it; `made` collects the keys whose members were made.
    static func feed<Sink: JSONSink>(
        _ order: [String], into sink: inout Sink, repeating values: RepeatedValues<String>, made: inout [String]
    ) {
        sink.object { outer in
            for (index, key) in order.enumerated() {
                outer.object("o\(index)") { object in
                    if index % 2 == 1 { object.member("first", .int(index)) }
                    object.members(repeating: values, key: key) { run in
                        made.append(key)
                        for (name, value) in Self.runs[key]! { run.member(name, value) }
                    }
                    if index % 3 == 0 { object.member("last", .int(index)) }
                }
            }
        }
    }

    @Test func theTextIsTheWritersThroughEveryOutput() {
        Self.expectTheWritersText(of: Self.order)
    }

    /// Members opening their object and following a member are held apart: the second `a`
    /// follows one, the fourth follows one as the second did; `e` opens at 4, follows at 5
    /// (replacing the first `a`), `b` opens at 6 as at 2, and the last `e` opens at 8 as at 4.
    @Test func membersAreMadeOnlyWhenTheirTextIsNotHeld() {
        #expect(Self.madeWhenWritten(Self.order) == ["a", "a", "b", "e", "e"])
    }
}
