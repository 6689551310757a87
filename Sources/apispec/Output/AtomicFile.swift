/// Writes a whole file or nothing: a temporary file beside the target, then a rename,
/// so a reader (or a crash) never sees half an output and a failed run keeps the old file.
/// The text's own UTF-8 storage is written, with no output-sized copy on the way.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(directory).\(name).\(getpid()).tmp"
        if let reason = writeAll(text, to: temporary) {
            unlink(temporary)
            throw UsageFailure("cannot write \(path): \(reason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = Console.lastError
            unlink(temporary)
            throw UsageFailure("cannot write \(path): \(reason)")
        }
    }

    /// nil when the whole text is in the file, else why not.
    private static func writeAll(_ text: String, to path: String) -> String? {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { return Console.lastError }
        let failure = DescriptorOutput.send(text, to: file)
        return close(file) == 0 ? failure : failure ?? Console.lastError
    }
}
