import APISpecCore

/// Readable logical ids derived from spec names: `list-pets` -> `ListPets`, `GET /pets/{id}` ->
/// `GetPetsId`. CloudFormation allows only ASCII letters and digits, at most 255 of them.
enum LogicalID {
    /// Room left for a kind suffix (`Function`, `Permission`...) and a collision counter.
    static let maximumBaseLength = 200

    /// `name` in PascalCase, with everything but ASCII letters and digits dropped.
    static func pascalCase(_ name: String) -> String {
        var result: [UInt8] = []
        PascalCase.append(name, to: &result, limit: maximumBaseLength)
        return String(decoding: result, as: UTF8.self)
    }

    /// A parameter keeps its name when CloudFormation accepts it: users pass it by that name.
    static func parameter(_ name: String) -> String {
        let valid = !name.isEmpty && name.utf8.allSatisfy(PascalCase.isLetterOrDigit)
        return valid ? name : pascalCase(name)
    }

    /// A route key as words: the method in title case, then the path (`ANY /` -> `AnyRoot`,
    /// `$default` -> `Default`, `sendMessage` -> `SendMessage`).
    static func routeKey(_ key: RouteKey) -> String {
        var id: [UInt8] = []
        appendRouteKey(key, to: &id)
        return String(decoding: id, as: UTF8.self)
    }

    /// Appends `routeKey(key)` to `id`: a permission per route is named by its function and
    /// its route key, made in one buffer.
    @inline(__always)
    static func appendRouteKey(_ key: RouteKey, to id: inout [UInt8]) {
        appendRouteKey(raw: key.raw, kind: key.kind, to: &id)
    }

    /// `appendRouteKey` for the key of text `raw` and kind `kind`, which only a key of other
    /// than ASCII bytes reads: reading a stored key's kind copied its parts (a retain and a
    /// release of each). Inlined: a call copied what it was given.
    @inline(__always)
    static func appendRouteKey(raw: String, kind: @autoclosure () -> RouteKey.Kind, to id: inout [UInt8]) {
        if raw.withUTF8Bytes({ appendASCIIRouteKey($0, to: &id) }) { return }
        let start = id.count
        // The kind once: `method` and `path` each copy it.
        guard case .http(let method, let path) = kind() else {
            return PascalCase.append(raw, to: &id, limit: start + maximumBaseLength)
        }
        if method.withUTF8Bytes({ $0.allSatisfy { $0 < 0x80 } }) {
            // An ASCII method in title case, by bytes: ASCII letters are whole Characters.
            PascalCase.append(method, to: &id, limit: start + maximumBaseLength, lowercasingRest: true)
        } else {
            // Outside ASCII, case mapping can make ASCII letters (`ß` -> `SS`).
            PascalCase.append(method.prefix(1).uppercased() + method.dropFirst().lowercased(), to: &id,
                              limit: start + maximumBaseLength)
        }
        let methodEnd = id.count
        PascalCase.append(path.raw, to: &id, limit: methodEnd + maximumBaseLength)
        if id.count == methodEnd { id += "Root".utf8 }
    }

    /// `appendRouteKey` for a key of ASCII bytes `raw`, its method and path found in them as
    /// `RouteKey` finds them there (a key starting with `$` is special; else the method ends
    /// at the first space and the path starts after the spaces; a key starting with `/` is a
    /// path alone), and its words written at once. False, appending nothing, for any other key.
    private static func appendASCIIRouteKey(_ raw: UnsafeBufferPointer<UInt8>, to id: inout [UInt8]) -> Bool {
        // One pass for both: every byte or'd, and the first space.
        var bits: UInt8 = 0
        var space = -1
        for index in raw.indices {
            bits |= raw[index]
            if space < 0, raw[index] == UInt8(ascii: " ") { space = index }
        }
        guard bits < 0x80 else { return false }
        let first = raw.first
        let http = first != UInt8(ascii: "$") && (space >= 0 || first == UInt8(ascii: "/"))
        // A key that is not a method and a path is all words, without `Root`.
        var methodEnd = 0
        var pathStart = 0
        if http, space >= 0 {
            methodEnd = space
            pathStart = space + 1
            while pathStart < raw.count, raw[pathStart] == UInt8(ascii: " ") { pathStart += 1 }
        }
        let method = UnsafeBufferPointer(rebasing: raw[..<methodEnd])
        let path = UnsafeBufferPointer(rebasing: raw[pathStart...])
        let methodRoom = min(method.count, maximumBaseLength)
        let pathRoom = min(path.count, maximumBaseLength)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: methodRoom + max(pathRoom, 4)) { words in
            let methodCount = PascalCase.write(
                bytes: method, into: UnsafeMutableBufferPointer(rebasing: words[..<methodRoom]), lowercasingRest: true)
            var count = methodCount + PascalCase.write(
                bytes: path, into: UnsafeMutableBufferPointer(rebasing: words[methodCount..<(methodCount + pathRoom)]))
            if http, count == methodCount {
                for byte in "Root".utf8 {
                    words[count] = byte
                    count += 1
                }
            }
            id.append(contentsOf: UnsafeBufferPointer(rebasing: words[..<count]))
        }
        return true
    }
}
