import APISpecCore

struct InvalidRoutePath: RouteRule {
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

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        var judged = LastPath<String?>()
        // Each route read in place, as `GreedySegmentNotLast` reads them.
        for index in routes.indices {
            guard case .http(_, let path) = routes[index].key.kind, let problem = judged.value(for: path, Self.problem(in:))
            else { continue }
            report.append(finding(
                "path '\(path)' \(problem)",
                at: routes[index].location,
                hint: "write the path as `/segment/{parameter}`, one whole parameter per segment"))
        }
    }

    private static func problem(in path: RoutePath) -> String? {
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
    /// names the problem, at several times the cost.
    static func isPlainlyValid(_ raw: String) -> Bool {
        raw.withUTF8Bytes { bytes in
            guard bytes.first == UInt8(ascii: "/") else { return false }
            if bytes.count == 1 { return true }
            var start = 1
            while true {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
                guard isPlainlyValid(segment: UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
                if end == bytes.count { return true }
                start = end + 1
            }
        }
    }

    private static func isPlainlyValid(segment: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = segment.first else { return false }
        guard first == UInt8(ascii: "{") else { return segment.allSatisfy(literalCharacters.contains) }
        guard segment.count > 2, segment[segment.count - 1] == UInt8(ascii: "}") else { return false }
        let greedy = segment.count > 3 && segment[segment.count - 2] == UInt8(ascii: "+")
        return segment[1..<(segment.count - (greedy ? 2 : 1))].allSatisfy(parameterCharacters.contains)
    }

    // Every allowed character is ASCII, so a byte of a longer UTF-8 sequence fails as its
    // character would: the checks read bytes.
    private static let literalCharacters = ASCIIClass.alphanumerics + "-._~:@!$&'()*+,;="
    private static let parameterCharacters = ASCIIClass.alphanumerics + "_-."
}
