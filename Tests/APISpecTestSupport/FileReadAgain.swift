import APISpecCore
import Foundation

extension SourceFile.Quoting {
    /// A file that, read again, holds `bytes` (see `SourceFile.reader(holding:chunk:asked:)`).
    public static func fromDisk(holding bytes: [UInt8]?, chunk: Int = 3, asked: ReadsAsked? = nil) -> Self {
        .fromDisk(reading: SourceFile.reader(holding: bytes, chunk: chunk, asked: asked))
    }
}

extension SourceFile {
    /// Reads a file that holds `bytes` (nil: it cannot be read), handed over a few bytes at a
    /// time so that every place a line break or a word of the fingerprint can fall across two
    /// chunks is crossed. `asked` records each read, and the bytes handed over until `consume`
    /// asked for no more.
    public static func reader(holding bytes: [UInt8]?, chunk: Int = 3, asked: ReadsAsked? = nil) -> Reader {
        { path, limit, consume in
            asked?.record(path, limit)
            guard let bytes else { return false }
            let wanted = bytes.prefix(limit)
            var start = wanted.startIndex
            while start < wanted.endIndex {
                let end = min(start + chunk, wanted.endIndex)
                asked?.handed(end - start)
                guard wanted[start..<end].withUnsafeBytes(consume) else { break }
                start = end
            }
            return true
        }
    }
}

/// The reads a test's file was asked for, by path and limit (the reader is `@Sendable`).
public final class ReadsAsked: @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [(path: String, limit: Int)] = []
    private var handedBytes = 0

    public init() {}

    public var reads: [(path: String, limit: Int)] { lock.withLock { asked } }
    /// The bytes handed over by every read together.
    public var bytesHanded: Int { lock.withLock { handedBytes } }

    func record(_ path: String, _ limit: Int) {
        lock.withLock { asked.append((path, limit)) }
    }

    func handed(_ count: Int) {
        lock.withLock { handedBytes += count }
    }
}
