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
    /// its route key, made in one buffer. Inlined: a call copied the key it was given (a
    /// retain and a release of each of its parts).
    @inline(__always)
    static func appendRouteKey(_ key: RouteKey, to id: inout [UInt8]) {
        let start = id.count
        // The kind once: `method` and `path` each copy it.
        guard case .http(let method, let path) = key.kind else {
            return PascalCase.append(key.raw, to: &id, limit: start + maximumBaseLength)
        }
        id.reserveCapacity(start + method.utf8.count + path.raw.utf8.count + 4)
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
}
