import Testing

@testable import APISpecEmit

/// A member's value given by key (`JSONSink.value(repeating:key:_:)`) is written once, and its
/// text copied while the same key comes again at the same indent: whatever the output, the
/// text is the writer's text of the values given, and a value is made only when its text is
/// not held.
@Suite struct RepeatedValuesTests {
    static let values: [String: JSONValue] = [
        "a": JSONSinkTests.values[4], "b": JSONSinkTests.values[5], "c": "text", "d": [1, [2, [3]]],
    ]

    /// A member for each of `order`, named by its place, every third one nested a level deeper
    /// (the same key at another indent), its value given by key; `made` collects the keys
    /// whose values were made.
    static func feed<Sink: JSONSink>(
        _ order: [String], into sink: inout Sink, repeating values: RepeatedValues<String>, made: inout [String]
    ) {
        func give(_ key: String, at index: Int, into sink: inout Sink) {
            sink.key("m\(index)")
            sink.value(repeating: values, key: key) { sink in
                made.append(key)
                JSONSinkTests.feed(Self.values[key]!, into: &sink)
            }
        }
        sink.object { object in
            for (index, key) in order.enumerated() {
                if index % 3 == 2 { object.object("n\(index)") { give(key, at: index, into: &$0) } } else { give(key, at: index, into: &object) }
            }
        }
    }

    static let orders = [
        ["a", "a", "a", "b", "b", "a", "c", "c", "d", "d", "d", "a"],
        ["a", "b", "a", "b", "c", "a", "b", "d", "c", "a"],
    ]

    /// The writer's text of what the value sink makes (every value made, none repeated).
    static func text(_ order: [String]) -> [UInt8] {
        var made: [String] = []
        var sink = JSONValueSink()
        feed(order, into: &sink, repeating: RepeatedValues(), made: &made)
        #expect(made == order)
        // The writer's document, its newline left out.
        return Array(JSONWriter.write(sink.take()).utf8.dropLast())
    }

    @Test(arguments: orders, [1, 2, 3]) func theTextIsTheWritersThroughEveryOutput(_ order: [String], capacity: Int) {
        let expected = Self.text(order)
        var made: [String] = []
        var counting = JSONTextSink(CountingOutput(), indent: 0)
        Self.feed(order, into: &counting, repeating: RepeatedValues(capacity: capacity), made: &made)
        #expect(counting.output.count == expected.count)
        let buffered = [UInt8](unsafeUninitializedCapacity: expected.count) { storage, count in
            var sink = JSONTextSink(BufferOutput(buffer: storage), indent: 0)
            Self.feed(order, into: &sink, repeating: RepeatedValues(capacity: capacity), made: &made)
            count = sink.output.position
        }
        #expect(buffered == expected)
        // Chunks of every size from a byte to more than the whole: a value that spans two is
        // not held, and is made again the next time.
        for chunk in [1, 2, 7, 64, 100_000] {
            var sent: [UInt8] = []
            var sink = JSONTextSink(ChunkOutput(capacity: chunk) { sent += $0; return true }, indent: 0)
            Self.feed(order, into: &sink, repeating: RepeatedValues(capacity: capacity), made: &made)
            sink.output.flush()
            #expect(sent == expected, "chunks of \(chunk)")
        }
    }

    /// The values made, written with room for `capacity` texts, the oldest replaced first:
    /// members 0, 1, 3 and 4 are at one indent, 2 and 5 a level deeper.
    @Test(arguments: [
        (["a", "a", "c", "a", "b", "a"], 1, ["a", "c", "a", "b", "a"]),
        // `b` replaces the first `a`; the last `a` is deeper, where none was.
        (["a", "a", "c", "a", "b", "a"], 2, ["a", "c", "b", "a"]),
        (["a", "b", "a", "b", "a", "b"], 1, ["a", "b", "a", "b", "a", "b"]),
        // The deeper `a` replaces the first `a`, and the fifth member's `a` the first `b`.
        (["a", "b", "a", "b", "a", "b"], 2, ["a", "b", "a", "a", "b"]),
        (["a", "b", "a", "b", "a", "b"], 3, ["a", "b", "a", "b"]),
    ] as [([String], Int, [String])])
    func aValueIsMadeOnlyWhenItsTextIsNotHeld(_ order: [String], capacity: Int, expected: [String]) {
        var made: [String] = []
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 10_000)
        defer { storage.deallocate() }
        var sink = JSONTextSink(BufferOutput(buffer: storage), indent: 0)
        Self.feed(order, into: &sink, repeating: RepeatedValues(capacity: capacity), made: &made)
        #expect(made == expected)
    }

    /// An output that only counts holds counts, which a text output cannot copy: values whose
    /// counts were kept are made again for it.
    @Test func countsAreNotCopiedAsText() {
        let values = RepeatedValues<String>()
        var made: [String] = []
        var counting = JSONTextSink(CountingOutput(), indent: 0)
        Self.feed(["a", "a"], into: &counting, repeating: values, made: &made)
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 10_000)
        defer { storage.deallocate() }
        var sink = JSONTextSink(BufferOutput(buffer: storage), indent: 0)
        Self.feed(["a", "a"], into: &sink, repeating: values, made: &made)
        #expect(made == ["a", "a"])
    }
}
