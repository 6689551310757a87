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
        guard entries.count == capacity else {
            var entry = Entry(key: key, indent: indent)
            if record(&entry.text) { entries.append(entry) }
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
        oldest = (oldest + 1) % capacity
    }
}
