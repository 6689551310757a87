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
        guard let method = key.method, let path = key.path else { return pascalCase(key.raw) }
        let words = method.prefix(1).uppercased() + method.dropFirst().lowercased()
        let pathWords = pascalCase(path.raw)
        return pascalCase(words) + (pathWords.isEmpty ? "Root" : pathWords)
    }
}
