
/// Writes a whole file or nothing: a temporary file beside the target, then a rename,
/// so a reader (or a crash) never sees half an output and a failed run keeps the old file.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw UsageFailure("cannot write \(path): \(Console.lastError)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = Console.lastError
            try? FileManager.default.removeItem(at: temporary)
            throw UsageFailure("cannot write \(path): \(reason)")
        }
    }
}
