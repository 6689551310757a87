/// A route key as API Gateway writes it: `GET /pets/{id}`, `$default`, `$connect`, or a
/// WebSocket custom key. The decoder parses leniently; rules judge what is malformed.
public struct RouteKey: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// `METHOD /path`; the method is as written (rules check it).
        case http(method: String, path: RoutePath)
        /// A key starting with `$`: `$default`, `$connect`, `$disconnect`, ...
        case special(String)
        /// Any other key: a WebSocket custom route (an error elsewhere).
        case custom(String)
    }

    public var raw: String
    public var kind: Kind

    public init(_ raw: String) {
        self.init(raw, afterPath: nil)
    }

    /// For the decoder: a key on the very path of the key before it (`previous`, that key's path)
    /// shares that parsed path (string and segments) instead of a copy, as a spec's consecutive
    /// routes often are (one per method). The decoder keeps the path, not a copy of the whole
    /// key, which it would make and destroy for every route. `previous` is borrowed: an
    /// initializer's parameters are otherwise taken, a copy of the decoder's for every route.
    init(_ raw: String, afterPath previous: borrowing RoutePath?) {
        self.raw = raw
        if let kind = raw.utf8.withContiguousStorageIfAvailable({ Self.asciiKind(raw, $0, after: previous) }) ?? nil {
            self.kind = kind
        } else if raw.hasPrefix("$") {
            kind = .special(raw)
        } else if let space = Self.firstSpace(in: raw) {
            let method = String(raw[..<space])
            let path = raw[raw.index(after: space)...].drop(while: { $0 == " " })
            kind = .http(method: method, path: Self.path(path, sharedWith: previous))
        } else if raw.hasPrefix("/") {
            kind = .http(method: "", path: Self.path(raw[...], sharedWith: previous))
        } else {
            kind = .custom(raw)
        }
    }

    /// The kind of an ASCII key (nil for any other), read from its `bytes` in place. ASCII bytes
    /// are whole `Character`s but for CR LF, which neither a space nor `$` nor `/` is part of, so
    /// this is what reading `Character`s gives, which costs several times more (every route's key).
    private static func asciiKind(_ raw: String, _ bytes: UnsafeBufferPointer<UInt8>, after previous: RoutePath?) -> Kind? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        if bytes.first == UInt8(ascii: "$") { return .special(raw) }
        if let space = bytes.firstIndex(of: UInt8(ascii: " ")) {
            var start = space + 1
            while start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") { start += 1 }
            let methodBytes = UnsafeBufferPointer(rebasing: bytes[..<space])
            let method = knownMethod(methodBytes) ?? String(decoding: methodBytes, as: UTF8.self)
            return .http(method: method, path: path(UnsafeBufferPointer(rebasing: bytes[start...]), sharedWith: previous))
        }
        if bytes.first == UInt8(ascii: "/") { return .http(method: "", path: path(bytes, sharedWith: previous)) }
        return .custom(raw)
    }

    /// The known method (`knownMethods`) that `bytes` spell, nil for any other: found by its
    /// length and a word of its bytes, where making its text checks the bytes as UTF-8 (every
    /// route's key).
    private static func knownMethod(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let word = methodWord(bytes) else { return nil }
        for known in knownMethodWords where known.word == word && known.count == bytes.count { return known.text }
        return nil
    }

    private static let knownMethodWords = knownMethods.map { text in
        (count: text.utf8.count, word: text.withUTF8Bytes(methodWord) ?? 0, text: text)
    }

    /// Bytes of a method's length (3 to 8) as a word that tells apart any two of one length:
    /// the first four and the last four, which overlap when there are fewer than eight, or the
    /// three of a three-byte method.
    private static func methodWord(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let base = bytes.baseAddress, bytes.count >= 3, bytes.count <= 8 else { return nil }
        guard bytes.count >= 4 else { return UInt64(base[0]) | UInt64(base[1]) << 8 | UInt64(base[2]) << 16 }
        let raw = UnsafeRawPointer(base)
        return UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)) << 32
    }

    private static func path(_ bytes: UnsafeBufferPointer<UInt8>, sharedWith previous: RoutePath?) -> RoutePath {
        if let shared = previous, shared.raw.utf8.withContiguousStorageIfAvailable({ same($0, bytes) }) == true {
            return shared
        }
        return RoutePath(String(decoding: bytes, as: UTF8.self))
    }

    /// Byte for byte, a loop the compiler keeps tight (the generic `elementsEqual` is not).
    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices where a[index] != b[index] { return false }
        return true
    }

    /// The first `Character` that is a space. Found by its byte where that byte must be a whole
    /// `Character`: ASCII before it, and after it ASCII or the end (only a non-ASCII scalar can
    /// join a space in a grapheme cluster). Searching by `Character` costs several times more.
    private static func firstSpace(in raw: String) -> String.Index? {
        let bytes = raw.utf8
        guard let space = bytes.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 >= 0x80 }),
              bytes[space] == UInt8(ascii: " ") else { return raw.firstIndex(of: " ") }
        let next = bytes.index(after: space)
        return next == bytes.endIndex || bytes[next] < 0x80 ? space : raw.firstIndex(of: " ")
    }

    /// Byte for byte: a path equal only up to Unicode equivalence is written differently.
    private static func path(_ text: Substring, sharedWith previous: RoutePath?) -> RoutePath {
        if let shared = previous, Self.sameBytes(shared.raw, text) { return shared }
        return RoutePath(String(text))
    }

    private static func sameBytes(_ string: String, _ text: Substring) -> Bool {
        string.utf8.count == text.utf8.count && string.utf8.withContiguousStorageIfAvailable { a in
            text.utf8.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }.flatMap { $0 } ?? string.utf8.elementsEqual(text.utf8)
    }

    public var description: String { raw }

    public static let knownMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]

    public var method: String? {
        if case .http(let method, _) = kind { return method }
        return nil
    }

    public var path: RoutePath? {
        if case .http(_, let path) = kind { return path }
        return nil
    }

    public var isDefault: Bool { raw == "$default" }
}

/// A route path split into segments. `/pets/{id}/{proxy+}` -> literal, parameter, greedy.
public struct RoutePath: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        case greedy(String)

        public var text: String {
            switch self {
            case .literal(let text): return text
            case .parameter(let name): return "{\(name)}"
            case .greedy(let name): return "{\(name)+}"
            }
        }
    }

    public var raw: String
    /// Segments after the leading `/`; `/` alone has none.
    public var segments: [Segment]

    public init(_ raw: String) {
        self.raw = raw
        // Paths are ASCII but for mistakes: read their bytes then, in place, which gives the same
        // segments as reading Characters (ASCII bytes are whole Characters) at a fraction of the cost.
        let ascii = raw.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 }
                ? Self.segments(of: bytes[...], slash: UInt8(ascii: "/"), open: UInt8(ascii: "{"),
                                plus: UInt8(ascii: "+"), close: UInt8(ascii: "}")) { String(decoding: $0, as: UTF8.self) }
                : nil
        }
        segments = ascii.flatMap { $0 } ?? Self.segments(of: raw[...], slash: "/", open: "{", plus: "+", close: "}") { String($0) }
    }

    /// Splits a path after its leading `slash`, by bytes or by Characters.
    private static func segments<Text: BidirectionalCollection>(
        of raw: Text, slash: Text.Element, open: Text.Element, plus: Text.Element, close: Text.Element,
        _ string: (Text.SubSequence) -> String
    ) -> [Segment] where Text.Element: Equatable, Text.SubSequence == Text {
        let body = raw.first == slash ? raw.dropFirst() : raw
        guard !body.isEmpty else { return [] }
        // Part by part rather than through `split`, whose list of parts costs more than the parts.
        var segments: [Segment] = []
        // One allocation, where appending grows the list from one to two to four.
        segments.reserveCapacity(body.count { $0 == slash } + 1)
        var start = body.startIndex
        while true {
            let end = body[start...].firstIndex(of: slash) ?? body.endIndex
            let part = body[start..<end]
            if part.first == open, part.last == close, part.count > 3, part.dropLast().last == plus {
                segments.append(.greedy(string(part.dropFirst().dropLast(2))))
            } else if part.first == open, part.last == close, part.count > 2 {
                segments.append(.parameter(string(part.dropFirst().dropLast())))
            } else {
                segments.append(.literal(string(part)))
            }
            guard end != body.endIndex else { return segments }
            start = body.index(after: end)
        }
    }

    public var description: String { raw }

    public var parameterNames: [String] {
        segments.compactMap {
            switch $0 {
            case .parameter(let name), .greedy(let name): return name
            case .literal: return nil
            }
        }
    }

    /// The path with every parameter name replaced by `{}`: two paths with the same
    /// shape collide on REST APIs.
    public var shape: String { shape(after: "") }

    /// `prefix` and then `shape`.
    public func shape(after prefix: String) -> String {
        Self.shape(of: segments[...], after: prefix, length: raw.utf8.count)
    }

    /// The shape of a path made of `segments` (a path's first few: its parent resources),
    /// after `prefix`; `length` is at least the length of the segments' text. Written byte by
    /// byte into one buffer: a shape is never longer than the path plus a leading `/`, and
    /// appending its parts to a `String` cost several times more.
    public static func shape(of segments: ArraySlice<Segment>, after prefix: String = "", length: Int) -> String {
        var prefix = prefix
        return String(unsafeUninitializedCapacity: prefix.utf8.count + length + 1) { buffer in
            var count = 0
            func write(_ text: inout String) {
                text.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: bytes)
                    count += bytes.count
                }
            }
            func write(_ bytes: StaticString) {
                for index in 0..<bytes.utf8CodeUnitCount { buffer[count + index] = bytes.utf8Start[index] }
                count += bytes.utf8CodeUnitCount
            }
            write(&prefix)
            guard !segments.isEmpty else {
                write("/")
                return count
            }
            for segment in segments {
                write("/")
                switch segment {
                case .literal(var text): write(&text)
                case .parameter: write("{}")
                case .greedy: write("{+}")
                }
            }
            return count
        }
    }
}
