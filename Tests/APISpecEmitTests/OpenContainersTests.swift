import Testing

@testable import APISpecEmit

/// A text sink's open containers are two bits a level in a word, deeper levels in a list:
/// each level must come back as it was opened, with whether it had an entry, at any depth.
@Suite struct OpenContainersTests {
    @Test func levelsComeBackAsTheyWereOpenedAtAnyDepth() {
        var open = OpenContainers()
        #expect(!open.innermostIsObject && !open.innermostIsArray)
        let levels = (0..<100).map { (container: $0 % 3 == 0 ? JSONContainer.array : .object, hasEntry: $0 % 5 < 2) }
        for level in levels {
            open.open(level.container)
            #expect(open.innermostIsObject == (level.container == .object))
            #expect(open.innermostIsArray == (level.container == .array))
            if level.hasEntry {
                let hadOne = open.addEntry()
                let hasOne = open.addEntry()
                #expect(!hadOne && hasOne)
            }
        }
        #expect(open.depth == levels.count)
        for level in levels.reversed() {
            let closed = open.close()
            #expect(closed.container == level.container)
            #expect(closed.hadEntries == level.hasEntry)
        }
        #expect(open.depth == 0)
    }

    @Test func aTextSinkWritesDeepValuesAsTheWriterWritesThem() {
        var value: JSONValue = ["deepest": [1, 2]]
        for level in 0..<90 { value = level % 2 == 0 ? [value, [:]] : ["level": value, "empty": []] }
        var sink = JSONTextSink(ChunkOutput(capacity: 1 << 20) { _ in true }, indent: 0)
        JSONSinkTests.feed(value, into: &sink)
        let written = JSONWriter.write(value)
        let bytes = Array(UnsafeBufferPointer(start: sink.output.buffer.baseAddress, count: sink.output.position))
        sink.output.buffer.deallocate()
        #expect(String(decoding: bytes + [UInt8(ascii: "\n")], as: UTF8.self) == written)
    }
}
