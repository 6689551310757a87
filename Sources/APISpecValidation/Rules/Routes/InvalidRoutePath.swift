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

    // Every allowed character is ASCII, so a byte of a longer UTF-8 sequence fails as its
    // character would: the checks read bytes.
    private static let literalCharacters = ASCIIClass.alphanumerics + "-._~:@!$&'()*+,;="
    private static let parameterCharacters = ASCIIClass.alphanumerics + "_-."
}
