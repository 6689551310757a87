import APISpecEmit

/// Writes a whole file or nothing: a temporary file beside the target, then a rename,
/// so a reader (or a crash) never sees half an output and a failed run keeps the old file.
/// The text's own UTF-8 storage is written, or a JSON document streamed, with no
/// output-sized copy on the way.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        try write(to: path) { DescriptorOutput.send(text, to: $0) }
    }

    static func write(_ document: JSONDocument, to path: String) throws {
        try write(to: path) { DescriptorOutput.send(document, to: $0) }
    }

    /// `fill` writes the content to the open descriptor and says why it failed, if it did.
    private static func write(to path: String, _ fill: (Int32) -> String?) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(directory).\(name).\(getpid()).tmp"
        if let reason = writeAll(to: temporary, fill) {
            unlink(temporary)
            throw UsageFailure("cannot write \(path): \(reason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = Console.lastError
            unlink(temporary)
            throw UsageFailure("cannot write \(path): \(reason)")
        }
    }

    /// nil when the whole content is in the file, else why not.
    private static func writeAll(to path: String, _ fill: (Int32) -> String?) -> String? {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { return Console.lastError }
        let failure = fill(file)
        return close(file) == 0 ? failure : failure ?? Console.lastError
    }
}
