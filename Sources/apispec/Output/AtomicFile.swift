import APISpecCore
import APISpecEmit
import CFileExchange
import CFileWriter

/// Writes a whole file or nothing: a temporary file beside the target, then a rename,
/// so a reader (or a crash) never sees half an output and a failed run keeps the old file.
/// Where Linux can, the temporary file has no name until it is complete, so a run killed
/// while it writes leaves nothing behind.
/// The text's own UTF-8 storage is written, or a JSON document streamed, with no
/// output-sized copy on the way.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let file = try Pending(path)
        defer { file.discard() }
        text.withUTF8Bytes { _ = file.send(UnsafeRawBufferPointer($0)) }
        try file.commit()
    }

    static func write(_ document: JSONDocument, to path: String) throws {
        let file = try Pending(path)
        defer { file.discard() }
        file.send(document)
        try file.commit()
    }

    /// The temporary file of `path`, open: filled a piece at a time, then renamed over
    /// `path` (`commit`) or removed (`discard`). `emit` opens it before validation, which
    /// writes the CloudFormation template it measures straight into it.
    final class Pending {
        private let path: String
        private let temporary: String
        private var descriptor: Int32
        /// Whether the file is still unnamed (O_TMPFILE): it takes `temporary` as its name
        /// only when it commits.
        private let unnamed: Bool
        /// Why a write failed, once one did: nothing more is written, and `commit` reports it.
        private var failure: String?
        private var finished = false
        /// Takes the writes once the file passes `Self.writerThreshold` bytes (`CFileWriter`):
        /// the kernel's copy of a large output then runs beside the making of the next chunks,
        /// a mebibyte a write (docs/decisions.md). A small output is written here, where a
        /// thread's start would cost more than it saves.
        private var writer: OpaquePointer?
        private var sent = 0
        static let writerThreshold = 1 << 20

        init(_ path: String) throws {
            let slash = path.lastIndex(of: "/")
            let directory = slash.map { String(path[...$0]) } ?? ""
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            self.path = path
            temporary = "\(directory).\(name).\(getpid()).tmp"
            descriptor = apispec_open_unnamed(directory.isEmpty ? "." : directory, 0o644)
            unnamed = descriptor >= 0
            if !unnamed { descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
            guard descriptor >= 0 else { throw UsageFailure("cannot write \(path): \(Console.lastError)") }
        }

        /// Appends `bytes`; false once a write failed.
        func send(_ bytes: UnsafeRawBufferPointer) -> Bool {
            guard failure == nil else { return false }
            let before = sent
            sent += bytes.count
            // Started once, as the file passes the threshold; without a thread it is written here.
            if before < Self.writerThreshold, sent >= Self.writerThreshold { writer = file_writer_start(descriptor) }
            if let writer {
                let error = file_writer_send(writer, bytes.baseAddress, bytes.count)
                if error != 0 { failure = String(cString: strerror(error)) }
            } else {
                failure = DescriptorOutput.send(bytes, to: descriptor)
            }
            return failure == nil
        }

        /// Waits for the writer thread's last writes, and takes its failure if there was one.
        private func finishWriting() {
            guard let writer else { return }
            self.writer = nil
            let error = file_writer_finish(writer)
            if error != 0, failure == nil { failure = String(cString: strerror(error)) }
        }

        func send(_ document: JSONDocument) {
            _ = document.stream(to: { send($0) }, lender: self)
        }

        /// Puts the file in `path`'s place; if a write failed, removes it instead and says why.
        func commit() throws {
            finished = true
            finishWriting()
            if unnamed, failure == nil {
                // A file of this name is one a killed run of the same process id left.
                unlink(temporary)
                if apispec_name_unnamed(descriptor, temporary) != 0 { failure = Console.lastError }
            }
            if close(descriptor) != 0, failure == nil { failure = Console.lastError }
            if let failure {
                unlink(temporary)
                throw UsageFailure("cannot write \(path): \(failure)")
            }
            if replacesRegularFile(), apispec_exchange(temporary, path) == 0 {
                // The previous output is under the temporary name now; a large one's pages are
                // freed past the run's end (`file_remove`).
                file_remove(temporary)
                return
            }
            guard rename(temporary, path) == 0 else {
                let reason = Console.lastError
                unlink(temporary)
                throw UsageFailure("cannot write \(path): \(reason)")
            }
        }

        /// Whether `path` is a regular file, which the new one is exchanged with rather than
        /// renamed over: ext4 answers a rename over a file by writing the new one out at once
        /// (its `auto_da_alloc`), 1.3 ms for a 1.8 MB template and 14 ms for 19 MB here, where
        /// an exchange and the old file's removal take a third of that (docs/decisions.md).
        /// Readers see the old file or the new one either way. Anything else (no file, a
        /// link, a directory) is renamed over, or refused, as before.
        private func replacesRegularFile() -> Bool {
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        }

        /// Removes the file, unless it was committed.
        func discard() {
            guard !finished else { return }
            finished = true
            finishWriting()
            close(descriptor)
            if !unnamed { unlink(temporary) }
        }
    }
}

/// The writer thread's buffers, lent (`ChunkLender`): once it runs, a chunk is written in place
/// and the thread hashes what it is asked to.
extension AtomicFile.Pending: ChunkLender {
    /// Room in the writer thread's buffer for the next bytes, which `send` then takes without a
    /// copy: none before the thread is ready, nor once a write failed.
    func lend() -> UnsafeMutableRawBufferPointer? {
        guard failure == nil, let writer else { return nil }
        var count = 0
        guard let room = file_writer_room(writer, &count) else { return nil }
        return UnsafeMutableRawBufferPointer(start: room, count: count)
    }

    func startHashing(continuing hash: WordHash) {
        guard let writer else { preconditionFailure("hashing is handed on only once room was lent") }
        var state = hash.state
        file_writer_hash_from(writer, &state)
    }

    func endHashing() -> WordHash {
        guard let writer else { preconditionFailure("the hash ends before the file is committed") }
        var hash = WordHash()
        file_writer_hash_end(writer, &hash.state)
        return hash
    }
}
