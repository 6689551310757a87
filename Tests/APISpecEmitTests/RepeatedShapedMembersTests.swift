import Testing

@testable import APISpecEmit

/// Members given by a shaped key (`JSONSink.members(repeating:key:piece:_:)`) are written once,
/// and their text copied while the same key comes again at the same place; a key of the same
/// shape there has that text with its own piece in place of the other's (`ShapedKey`), unless
/// a piece is not written as it is (JSON escapes it) or is not found in the text exactly once.
/// Whatever the output, the text is the writer's text of the members given.
@Suite struct RepeatedShapedMembersTests: SinkFeeding {
    /// Even places open their object, odd ones follow a member: texts are held by place, four
    /// at most. `a:g` (3) and `a:f` (7) are made from the `a` text before them at their place,
    /// `a:x` (9) from `a:f`'s, `b:g` (6) from `b:f`'s. Made: `a:h` (10) and `b:h` (12), as no
    /// text of their shape is held at their place any longer; `a:q"` (11), whose piece JSON
    /// escapes; `b:v` (15), as the only `b` text at its place, `b:w`'s, has its piece twice (the
    /// member's key too); `e`, whose members are none, at each place it is no longer held.
    static let order = ShapedName.order

    /// An object for each of `order`: every second with a member before the run, every third
    /// with one after it; `made` collects the names whose members were made.
    static func feed<Sink: JSONSink>(
        _ order: [String], into sink: inout Sink, repeating values: RepeatedValues<ShapedName>, made: inout [String]
    ) {
        sink.object { outer in
            for (index, name) in order.enumerated() {
                let key = ShapedName(name)
                outer.object("o\(index)") { object in
                    if index % 2 == 1 { object.member("first", .int(index)) }
                    object.members(repeating: values, key: key, piece: { key.piece }) { run in
                        made.append(name)
                        for (name, value) in key.members { run.member(name, value) }
                    }
                    if index % 3 == 0 { object.member("last", .int(index)) }
                }
            }
        }
    }

    @Test func theTextIsTheWritersThroughEveryOutput() {
        Self.expectTheWritersText(of: Self.order)
    }

    @Test func membersAreMadeOnlyWhenTheirTextIsNotHeldNorMadeFromItsShapes() {
        let made = Self.madeWhenWritten(Self.order)
        #expect(made == ["a:f", "a:f", "b:f", "e:f", "e:f", "e:g", "a:h", "a:q\"", "b:h", "b:w", "e:f", "b:v"])
    }
}
