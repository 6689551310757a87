/// Reads what an open file descriptor holds, up to a limit, in one pass with no copy
/// through Foundation.
enum DescriptorInput {
    /// Reserves the file's size up front when it has one.
    static func bytes(ofFile path: String, upTo limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UsageFailure("cannot read \(path): \(Console.lastError)") }
        defer { close(descriptor) }
        return try bytes(from: descriptor, upTo: limit, path: path)
    }

    static func bytes(from descriptor: Int32, upTo limit: Int, path: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var size = stat()
        if fstat(descriptor, &size) == 0, size.st_size > 0 { bytes.reserveCapacity(min(Int(size.st_size), limit)) }
        guard chunks(from: descriptor, upTo: limit, { bytes += $0 }) else {
            throw UsageFailure("cannot read \(path): \(Console.lastError)")
        }
        return bytes
    }

    /// Hands the file's bytes to `chunk` a part at a time, up to `limit`, holding only a part:
    /// false if the file cannot be opened or read.
    static func chunks(ofFile path: String, upTo limit: Int, _ chunk: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return chunks(from: descriptor, upTo: limit, chunk)
    }

    /// False when reading failed (`errno` says why).
    private static func chunks(from descriptor: Int32, upTo limit: Int, _ chunk: (UnsafeRawBufferPointer) -> Void) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while total < limit {
            let wanted = min(buffer.count, limit - total)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            total += count
            buffer.withUnsafeBytes { chunk(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
        return true
    }
}
