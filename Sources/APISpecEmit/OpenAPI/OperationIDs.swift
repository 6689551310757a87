import APISpecCore

/// Stable, unique operationIds: the method and the path's words in lower camel case
/// (`GET /pets/{petId}` -> `getPetsPetId`), numbered on the rare collision (`a-b` vs `a_b`).
/// They depend only on route keys and their order, so they survive unrelated edits.
struct OperationIDs {
    private var used: Set<HashedText> = []

    /// Room for `count` ids: a set that grows hashes again each id it holds.
    init(capacity: Int = 0) {
        used.reserveCapacity(capacity)
    }

    mutating func claim(_ base: String) -> String {
        var candidate = base
        var number = 2
        while !used.insert(HashedText(candidate)).inserted {
            candidate = base + String(number)
            number += 1
        }
        return candidate
    }

    /// `method` is lower case (`get`, `any`, `options`); `$default` routes pass nil for `path`.
    static func base(method: String, path: RoutePath?) -> String {
        var id = Array(method.utf8)
        appendWords(of: path, to: &id)
        return String(decoding: id, as: UTF8.self)
    }

    /// The words `base(method:path:)` puts after the method: `Default` for nil (`$default`),
    /// `Root` for a path without words.
    static func appendWords(of path: RoutePath?, to id: inout [UInt8]) {
        guard let path else { return id += "Default".utf8 }
        let start = id.count
        // Separators, braces and `+` are no letters: an ASCII path's words are its segments' words.
        // Told ASCII a word at a time (byte by byte, a fifth of the words' cost).
        if !path.raw.withUTF8Bytes({ WordScan.any($0) { $0 & 0x8080_8080_8080_8080 != 0 } }) {
            PascalCase.append(path.raw, to: &id)
        } else {
            for segment in path.segments {
                switch segment {
                case .literal(let text), .parameter(let text), .greedy(let text): appendWords(of: text, to: &id)
                }
            }
        }
        if id.count == start { id += "Root".utf8 }
    }

    /// The words are runs of ASCII letters and digits, by Characters: outside ASCII a letter
    /// with a combining mark is no ASCII letter. ASCII text has the same words by bytes, faster.
    private static func appendWords(of text: String, to words: inout [UInt8]) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let runs = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            return words += runs.map(capitalized).joinedText().utf8
        }
        PascalCase.append(text, to: &words)
    }

    static func capitalized(_ word: Substring) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
