import APISpecCore
import APISpecEmit

/// Writes bytes to an open file descriptor, whole, with no copy.
enum DescriptorOutput {
    /// nil when every byte of the string's own UTF-8 storage went out, else the C library's reason.
    static func send(_ text: String, to descriptor: Int32) -> String? {
        text.withUTF8Bytes { send(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// nil when every byte went out, else the C library's reason.
    static func send(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return Console.lastError }
            offset += written
        }
        return nil
    }

    /// The document's text, streamed in chunks: nil when all of it went out.
    static func send(_ document: JSONDocument, to descriptor: Int32) -> String? {
        var failure: String?
        _ = document.stream { chunk in
            failure = send(chunk, to: descriptor)
            return failure == nil
        }
        return failure
    }
}
