/// `InvokePermissions.routePath` of a route key of ASCII bytes, written from those bytes:
/// the method (`*` for `ANY`), `/`, then the path's segments with each parameter as `*`,
/// found in the key's bytes as `RouteKey` and `RoutePath` find them there. Reading the
/// key's parsed segments cost several times more (each a String copied out of an enum);
/// every route's permission is written with its source path.
enum ASCIIRoutePath {
    /// Writes the source path of the key of bytes `raw` into `out`, after `prefix` (ASCII);
    /// false, writing nothing, when a byte of `raw` is not ASCII. Made in a buffer on the
    /// stack and handed over at once: appending to `out` byte by byte cost several times more.
    @inline(__always)
    static func write(_ raw: UnsafeBufferPointer<UInt8>, after prefix: StaticString = "", into out: inout some SourcePathOutput) -> Bool {
        var bits: UInt8 = 0
        for byte in raw { bits |= byte }
        guard bits < 0x80 else { return false }
        // A `${` becomes `${!`: at most half as many bytes again.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.utf8CodeUnitCount + 2 * raw.count + 2) { text in
            for index in 0..<prefix.utf8CodeUnitCount { text[index] = prefix.utf8Start[index] }
            let count = write(raw, into: UnsafeMutableBufferPointer(rebasing: text[prefix.utf8CodeUnitCount...]))
            out.append(ascii: UnsafeBufferPointer(rebasing: text[..<(prefix.utf8CodeUnitCount + count)]))
        }
        return true
    }

    /// Writes the source path of the key of ASCII bytes `raw` into `text`; returns how many
    /// bytes it wrote.
    private static func write(_ raw: UnsafeBufferPointer<UInt8>, into text: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let space = raw.firstIndex(of: UInt8(ascii: " "))
        let first = raw.first
        // `$default`, `$connect` and custom keys are written whole.
        guard first != UInt8(ascii: "$"), space != nil || first == UInt8(ascii: "/") else {
            return writeEscapedForSub(raw, at: 0, into: text)
        }
        var count = 0
        var pathStart = 0
        if let space {
            let method = UnsafeBufferPointer(rebasing: raw[..<space])
            if isANY(method) {
                text[0] = UInt8(ascii: "*")
                count = 1
            } else {
                _ = UnsafeMutableBufferPointer(rebasing: text[..<space]).initialize(fromContentsOf: method)
                count = space
            }
            pathStart = space + 1
            while pathStart < raw.count, raw[pathStart] == UInt8(ascii: " ") { pathStart += 1 }
        }
        text[count] = UInt8(ascii: "/")
        count += 1
        if pathStart < raw.count, raw[pathStart] == UInt8(ascii: "/") { pathStart += 1 }
        // `/` alone has no segments.
        guard pathStart < raw.count else { return count }
        // Each segment is copied, then replaced by `*` where it turns out to be a parameter.
        var segmentStart = pathStart
        var segmentText = count
        for index in pathStart...raw.count where index == raw.count || raw[index] == UInt8(ascii: "/") {
            if isParameter(UnsafeBufferPointer(rebasing: raw[segmentStart..<index])) {
                text[segmentText] = UInt8(ascii: "*")
                count = segmentText + 1
            } else {
                count = writeEscapedForSub(UnsafeBufferPointer(rebasing: raw[segmentStart..<index]), at: segmentText, into: text)
            }
            guard index < raw.count else { break }
            text[count] = UInt8(ascii: "/")
            count += 1
            segmentStart = index + 1
            segmentText = count
        }
        return count
    }

    /// A parameter (`{id}`) or a greedy one (`{proxy+}`), as `RoutePath` tells them.
    private static func isParameter(_ segment: UnsafeBufferPointer<UInt8>) -> Bool {
        segment.count > 2 && segment[0] == UInt8(ascii: "{") && segment[segment.count - 1] == UInt8(ascii: "}")
    }

    private static func isANY(_ method: UnsafeBufferPointer<UInt8>) -> Bool {
        method.count == 3 && method[0] == UInt8(ascii: "A") && method[1] == UInt8(ascii: "N") && method[2] == UInt8(ascii: "Y")
    }

    /// Writes `TemplateText.escapedForSub` of ASCII bytes `literal` (`${` becomes `${!`) into
    /// `text` from `offset`; returns where it ended.
    private static func writeEscapedForSub(_ literal: UnsafeBufferPointer<UInt8>, at offset: Int, into text: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = offset
        var previous: UInt8 = 0
        for byte in literal {
            text[count] = byte
            count += 1
            if byte == UInt8(ascii: "{"), previous == UInt8(ascii: "$") {
                text[count] = UInt8(ascii: "!")
                count += 1
            }
            previous = byte
        }
        return count
    }
}
