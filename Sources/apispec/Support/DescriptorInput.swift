import CAllocator
/// Reads what an open file descriptor holds, up to a limit, in one pass with no copy
/// through Foundation.
enum DescriptorInput {
    static func bytes(ofFile path: String, upTo limit: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw UsageFailure("cannot read \(path): \(Console.lastError)") }
        defer { close(descriptor) }
        return try bytes(from: descriptor, upTo: limit, path: path)
    }

    static func bytes(from descriptor: Int32, upTo limit: Int, path: String) throws -> [UInt8] {
        var size = stat()
        let expected = fstat(descriptor, &size) == 0 && size.st_size > 0 ? min(Int(size.st_size), limit) : 0
        // Read straight into the list, one byte more than the file's size: whether that byte came
        // says if there is more (a file that grew, a pipe). Through a buffer, every byte was
        // copied, after the buffer's 64 KiB were filled with zeros.
        let wanted = min(expected + 1, limit)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, count in
            count = 0
            apispec_advise_huge_pages(buffer.baseAddress, buffer.count)
            failed = !fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, count: &count)
        }
        if !failed, bytes.count == wanted, bytes.count < limit {
            failed = !chunks(from: descriptor, upTo: limit - bytes.count) {
                bytes += $0
                return true
            }
        }
        if failed { throw UsageFailure("cannot read \(path): \(Console.lastError)") }
        return bytes
    }

    /// Hands the file's bytes to `chunk` a part at a time, up to `limit` or until `chunk`
    /// returns false, holding only a part: false if the file cannot be opened or read.
    static func chunks(ofFile path: String, upTo limit: Int, _ chunk: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return chunks(from: descriptor, upTo: limit, chunk)
    }

    /// False when reading failed (`errno` says why).
    private static func chunks(from descriptor: Int32, upTo limit: Int, _ chunk: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        // Not zeroed: `read` writes what is then handed on.
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { buffer.deallocate() }
        var total = 0
        while total < limit {
            var count = 0
            let part = UnsafeMutableRawBufferPointer(rebasing: buffer[..<min(buffer.count, limit - total)])
            guard fill(part, from: descriptor, count: &count) else { return false }
            if count == 0 { break }
            total += count
            guard chunk(UnsafeRawBufferPointer(rebasing: buffer[..<count])) else { break }
        }
        return true
    }

    /// Reads into `buffer` from `count` on, until it is full or the input ends; false when
    /// reading failed (`errno` says why).
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, count: inout Int) -> Bool {
        while count < buffer.count {
            let read = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                return false
            }
            count += read
        }
        return true
    }
}
