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
        guard let path else { return method + "Default" }
        // Separators, braces and `+` are no letters: an ASCII path's words are its segments' words,
        // made into the string's own storage (a byte list made into a string cost twice as much).
        let ascii = path.raw.withUTF8Bytes { raw in
            method.withUTF8Bytes { method in
                raw.allSatisfy { $0 < 0x80 } ? Self.id(method: method, asciiPath: raw) : nil
            }
        }
        if let ascii { return ascii }
        var id = Array(method.utf8)
        for segment in path.segments {
            switch segment {
            case .literal(let text), .parameter(let text), .greedy(let text): appendWords(of: text, to: &id)
            }
        }
        if id.count == method.utf8.count { id += "Root".utf8 }
        return String(decoding: id, as: UTF8.self)
    }

    private static func id(method: UnsafeBufferPointer<UInt8>, asciiPath raw: UnsafeBufferPointer<UInt8>) -> String {
        let root = "Root".utf8
        return String(unsafeUninitializedCapacity: method.count + max(raw.count, root.count)) { id in
            _ = id.initialize(from: method)
            var count = method.count + PascalCase.write(bytes: raw, into: UnsafeMutableBufferPointer(rebasing: id[method.count...]))
            if count == method.count { count += UnsafeMutableBufferPointer(rebasing: id[count...]).initialize(from: root).1 }
            return count
        }
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
