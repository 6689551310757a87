/// Reads what an open file descriptor holds, up to a limit, in one pass with no copy
/// through Foundation; reserves the file's size up front when it has one.
enum DescriptorInput {
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
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw UsageFailure("cannot read \(path): \(Console.lastError)")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }
}
