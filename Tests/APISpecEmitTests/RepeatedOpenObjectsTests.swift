import Testing

@testable import APISpecEmit

/// A member whose object is left open after members given by key
/// (`JSONSink.openObject(_:repeating:key:piece:_:)`) is written once, and its text, from the
/// member's start, copied while the same key comes again at the same place; a key of the same
/// shape there has that text with its own piece in place of the other's (`ShapedKey`), unless
/// a piece is not written as it is (JSON escapes it) or is not found in the text exactly once.
/// An object left without members is written each time. Members added to the open object, and
/// after it, follow as they would. Whatever the output, the text is the writer's text of the
/// value given.
@Suite struct RepeatedOpenObjectsTests: SinkFeeding {
    /// Even places open their object, odd ones follow a member: texts are held by place.
    /// `a:g` (3) is made from `a:f` (1), `b:g` (6) from `b:f` (2), `a:x` (9) from `a:f` (1),
    /// `b:h` (12) from `b:g`; `a:f` (7) is copied. Made: `a:h` (10), as no `a` text is held at
    /// its place any longer; `a:q"` (11), whose piece JSON escapes; `b:v` (15), as the only `b`
    /// text at its place, `b:w`'s, has its piece twice (the member's key too); `e`, which
    /// leaves its object without members, each time.
    static let order = ShapedName.order

    /// An object for each of `order`: every second with a member before the open one, every
    /// third with one added to the open object, every fourth with one after it; `made`
    /// collects the names whose members were made.
    static func feed<Sink: JSONSink>(
        _ order: [String], into sink: inout Sink, repeating values: RepeatedValues<ShapedName>, made: inout [String]
    ) {
        sink.object { outer in
            for (index, name) in order.enumerated() {
                let key = ShapedName(name)
                outer.object("o\(index)") { object in
                    if index % 2 == 1 { object.member("first", .int(index)) }
                    object.openObject("open", repeating: values, key: key, piece: { key.piece }) { run in
                        made.append(name)
                        for (name, value) in key.members { run.member(name, value) }
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

    @Test func membersAreMadeOnlyWhenTheirTextIsNotHeldNorMadeFromItsShapes() {
        let made = Self.madeWhenWritten(Self.order)
        #expect(made == ["a:f", "a:f", "b:f", "e:f", "e:f", "e:g", "a:h", "a:q\"", "b:w", "e:f", "b:v"])
    }
}
