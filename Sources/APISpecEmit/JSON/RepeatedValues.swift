import APISpecCore

/// The texts of the values of one kind written last (an operation's integration, its
/// parameters), each with the key that determines it and the indent it was written at: a
/// text sink given a value of that kind with a key and indent it holds copies that text
/// instead of writing the value again (`JSONSink.value(repeating:key:_:)`). One for each kind
/// in a document: a spec writes the routes of a function, and those of a path, one after
/// another, and a value written as it is made costs some 25 instructions a byte, its copy one
/// or two.
final class RepeatedValues<Key: Equatable> {
    private struct Entry {
        var key: Key
        var indent: Int
        var text = WrittenText()
        /// Where in `text` the piece that only its key writes is (`ShapedKey`), when known.
        var piece: Range<Int>?
    }

    /// At most `capacity`, the oldest replaced first: compared one by one, so a few. Not
    /// checked for exclusive access (a runtime call, some 70 instructions, for each of the
    /// thousands of lookups of a document): only this class's methods touch them, and none
    /// reaches back into it while it holds them.
    @exclusivity(unchecked) private var entries: [Entry] = []
    private let capacity: Int
    @exclusivity(unchecked) private var oldest = 0

    /// Holds the last `capacity` values: one where a value repeats the one before it.
    init(capacity: Int = 1) {
        precondition(capacity > 0, "holds a value at least")
        self.capacity = capacity
    }

    /// The text of `key` at `indent`, if held.
    func text(of key: Key, indent: Int) -> WrittenText? {
        // Compared in place: `first(where:)` copied each entry out.
        for index in entries.indices where entries[index].indent == indent && entries[index].key == key {
            return entries[index].text
        }
        return nil
    }

    /// Holds what `record` puts in a text as the value of `key` at `indent`; nothing when it
    /// records nothing.
    func keep(_ key: Key, indent: Int, _ record: (inout WrittenText) -> Bool) {
        hold(key, indent: indent, record) { _ in nil }
    }

    /// `keep(_:indent:_:)`, where `piece` is what only `key` writes in the text (`ShapedKey`):
    /// found there once, and only once, other texts of its shape are made from this one.
    func keep(_ key: Key, indent: Int, piece: () -> String, _ record: (inout WrittenText) -> Bool) {
        hold(key, indent: indent, record) { text in
            guard text.hasBytes else { return nil }
            return piece().withUTF8Bytes { Self.onlyPlace(of: $0, in: text.bytes) }
        }
    }

    /// Holds what `record` puts in a text, and where `piece` finds the key's own piece in it.
    private func hold(
        _ key: Key, indent: Int, _ record: (inout WrittenText) -> Bool, piece: (WrittenText) -> Range<Int>?
    ) {
        guard entries.count == capacity else {
            var entry = Entry(key: key, indent: indent)
            guard record(&entry.text) else { return }
            entry.piece = piece(entry.text)
            entries.append(entry)
            return
        }
        // In place: the text's storage is reused.
        entries[oldest].key = key
        entries[oldest].indent = indent
        guard record(&entries[oldest].text) else {
            entries.remove(at: oldest)
            oldest = 0
            return
        }
        entries[oldest].piece = piece(entries[oldest].text)
        oldest = (oldest + 1) % capacity
    }

    /// Where `piece` is in `text`, when it is there once and written as it is (JSON escapes
    /// none of its bytes); nil otherwise. A second place is looked for from the byte after the
    /// first's start: two places may overlap.
    private static func onlyPlace(of piece: UnsafeBufferPointer<UInt8>, in text: [UInt8]) -> Range<Int>? {
        guard !piece.isEmpty, !JSONWriter.hasEscapable(piece), let found = text.firstRange(of: piece),
              text[(found.lowerBound + 1)...].firstRange(of: piece) == nil
        else { return nil }
        return found
    }
}

/// A key whose values' texts are the same for every key of one `shape` but for one piece of
/// text only the key writes: a function's proxy integration, whose invoke URI names the
/// function, the rest set by the route's payload version. A text held for one key of a shape
/// makes another's by copying it around that piece (`RepeatedValues.text(of:indent:piece:)`).
protocol ShapedKey: Equatable {
    associatedtype Shape: Equatable
    var shape: Shape { get }
}

extension RepeatedValues where Key: ShapedKey {
    /// The text of `key` at `indent`, made from a text held at `indent` for a key of the same
    /// shape, its piece replaced by `key`'s own (`piece`), and held as `key`'s; nil when no
    /// such text is held, or `key`'s piece is not written as it is.
    func text(of key: Key, indent: Int, piece: () -> String) -> WrittenText? {
        guard let source = entries.indices.first(where: {
            entries[$0].piece != nil && entries[$0].indent == indent && entries[$0].key.shape == key.shape
        }), let range = entries[source].piece else { return nil }
        return piece().withUTF8Bytes { piece -> WrittenText? in
            guard !JSONWriter.hasEscapable(piece) else { return nil }
            var text = WrittenText()
            entries[source].text.bytes.withUnsafeBufferPointer { held in
                text.bytes.reserveCapacity(held.count - range.count + piece.count)
                text.bytes.append(contentsOf: held[..<range.lowerBound])
                text.bytes.append(contentsOf: piece)
                text.bytes.append(contentsOf: held[range.upperBound...])
            }
            text.count = text.bytes.count
            text.hasBytes = true
            // Its piece where the source's was.
            hold(key, indent: indent, { $0 = text; return true }) { _ in range.lowerBound..<range.lowerBound + piece.count }
            return text
        }
    }
}
