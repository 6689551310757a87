import APISpecCore

struct InvalidRoutePath: SharingRule {
    let id = "invalid-route-path"
    let severity = Diagnostic.Severity.error
    let summary = "A route's path is not a path API Gateway accepts."
    let explanation = """
        A route path starts with `/` and is made of segments separated by single
        slashes, with no trailing slash (except the root `/`). A segment is
        either literal text (letters, digits and `-._~:@!$&'()*+,;=`) or a whole
        path parameter `{name}` or `{name+}`, whose name uses letters, digits,
        `_`, `-` and `.`. API Gateway has no partial parameters such as
        `/files/{name}.json`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              getPet: {runtime: python3.12, handler: app.get}
            routes:
              ↓GET /pets/{id}.json: {function: getPet, auth: none}
            """),
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              ↓GET /pets//all/: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              getPet: {runtime: python3.12, handler: app.get}
            routes:
              GET /pets/{petId}: {function: getPet, auth: none}
              GET /: {function: getPet, auth: none}
            """),
    ] }

    /// Each path judged once for the routes written on it in a row (`PathJudgements`).
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        let paths = shared.value(of: PathRuns.self, for: spec)
        paths.forEachRoute(of: paths.judgements.invalid) { index, problem in
            report.append(finding(
                "path '\(routes[index].key.path?.raw ?? "")' \(problem)",
                at: routes[index].location,
                hint: "write the path as `/segment/{parameter}`, one whole parameter per segment"))
        }
    }

    static func problem(in path: RoutePath) -> String? {
        if isPlainlyValid(path.raw) { return nil }
        if !path.raw.startsWithSlash { return "does not start with `/`" }
        for segment in path.segments {
            switch segment {
            case .literal(""):
                return "has an empty segment (`//` or a trailing `/`)"
            case .literal(var text):
                // One pass over the bytes, read in place: a brace is the finding wherever it is,
                // a character outside the class only when the segment has no brace.
                let allowed = Self.literalCharacters
                let (brace, foreign) = text.withUTF8 { bytes in
                    var foreign = false
                    for byte in bytes {
                        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") { return (true, foreign) }
                        if !allowed.contains(byte) { foreign = true }
                    }
                    return (false, foreign)
                }
                if brace { return "has a segment `\(text)` that is not a whole `{parameter}`" }
                if foreign { return "has characters API Gateway does not accept in `\(text)`" }
            case .parameter(let name), .greedy(let name):
                if !name.utf8.allSatisfy(Self.parameterCharacters.contains) {
                    return "has a parameter name `\(name)` with characters other than letters, digits, `_`, `-`, `.`"
                }
            }
        }
        return nil
    }

    /// Whether `raw` is a valid path by its bytes alone, in one pass: `/` and then segments
    /// of literal characters or a whole `{name}` or `{name+}`. Every allowed character is ASCII,
    /// so a path this accepts is split into the segments its bytes show; any other path
    /// (a problem, or a character outside the classes) is judged segment by segment, which
    /// names the problem, at several times the cost. A literal's bytes are checked as they are
    /// scanned for its end, and the classes read once for the path.
    static func isPlainlyValid(_ raw: String) -> Bool {
        let (literal, parameter) = (literalCharacters, parameterCharacters)
        return raw.withUTF8Bytes { bytes in
            guard bytes.first == UInt8(ascii: "/") else { return false }
            let count = bytes.count
            if count == 1 { return true }
            var index = 1
            while true {
                let start = index
                if start < count, bytes[start] == UInt8(ascii: "{") {
                    while index < count, bytes[index] != UInt8(ascii: "/") { index += 1 }
                    guard index - start > 2, bytes[index - 1] == UInt8(ascii: "}") else { return false }
                    let greedy = index - start > 3 && bytes[index - 2] == UInt8(ascii: "+")
                    for name in (start + 1)..<(index - (greedy ? 2 : 1)) where !parameter.contains(bytes[name]) { return false }
                } else {
                    while index < count, bytes[index] != UInt8(ascii: "/") {
                        guard literal.contains(bytes[index]) else { return false }
                        index += 1
                    }
                    guard index > start else { return false }
                }
                if index == count { return true }
                index += 1
            }
        }
    }

    // Every allowed character is ASCII, so a byte of a longer UTF-8 sequence fails as its
    // character would: the checks read bytes.
    private static let literalCharacters = ASCIIClass.alphanumerics + "-._~:@!$&'()*+,;="
    private static let parameterCharacters = ASCIIClass.alphanumerics + "_-."
}
