/// Writes a string's own UTF-8 storage to an open file descriptor, whole, with no copy.
enum DescriptorOutput {
    /// nil when every byte went out, else the C library's reason.
    static func send(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return Console.lastError }
                offset += written
            }
            return nil
        }
    }
}
