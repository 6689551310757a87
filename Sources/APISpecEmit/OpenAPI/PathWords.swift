import APISpecCore

/// The words of the path last named (`base(method:path:)`), kept for the next operation id:
/// the operations of a path are named one after another, and its words (`PascalCase`) cost as
/// much again as the rest of an id.
struct PathWords {
    /// The path whose words `words` holds: routes on one path share it, so it is compared
    /// with the next by its storage.
    private var path: String?
    /// Whether `path` is ASCII: only then are its words its bytes' (`OperationIDs.base`).
    private var ascii = false
    private var words: [UInt8] = []

    /// `OperationIDs.base(method:path:)`, its path's words made only for a path other than
    /// the last.
    mutating func base(method: String, path: RoutePath?) -> String {
        guard let path else { return OperationIDs.base(method: method, path: path) }
        if path.raw != self.path {
            self.path = path.raw
            ascii = path.raw.withUTF8Bytes { $0.allSatisfy { $0 < 0x80 } }
            words.removeAll(keepingCapacity: true)
            if ascii { PascalCase.append(path.raw, to: &words) }
        }
        guard ascii else { return OperationIDs.base(method: method, path: path) }
        let root = "Root".utf8
        return method.withUTF8Bytes { method in
            words.withUnsafeBufferPointer { words in
                String(unsafeUninitializedCapacity: method.count + max(words.count, root.count)) { id in
                    var count = UnsafeMutableBufferPointer(rebasing: id[...]).initialize(fromContentsOf: method)
                    let rest = UnsafeMutableBufferPointer(rebasing: id[count...])
                    count += words.isEmpty ? rest.initialize(from: root).1 : rest.initialize(fromContentsOf: words)
                    return count
                }
            }
        }
    }
}
