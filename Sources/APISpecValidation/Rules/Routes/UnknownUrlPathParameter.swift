import APISpecCore

struct UnknownUrlPathParameter: RouteRule {
    let id = "unknown-url-path-parameter"
    let severity = Diagnostic.Severity.error
    let summary = "An `http` integration's URL uses a `{name}` the route's path does not have."
    let explanation = """
        An HTTP proxy integration fills `{name}` placeholders in its URL from
        the route's path parameters: `ANY /legacy/{proxy+}` with
        `http: https://legacy.example.com/{proxy}` forwards the rest of the
        path. A placeholder the route's path does not declare has no value,
        and API Gateway rejects the integration.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              GET /pets/{id}:
                http: ↓https://legacy.example.com/pets/{petId}
                auth: none
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            routes:
              GET /pets/{id}:
                http: https://${stage:LEGACY_HOST}/pets/{id}
                auth: none
            stages:
              prod:
                variables: {LEGACY_HOST: legacy.example.com}
                throttling: {rate: 10, burst: 20}
                accessLog: {format: json}
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            routes[index].forEachIntegrationUnlessFunction { integration in
                guard case .http(let http) = integration else { return }
                // Made only for an http integration, which most routes do not have.
                let declared = Set(routes[index].key.path?.parameterNames ?? [])
                for name in Self.placeholders(in: http.url.value) where !declared.contains(name) {
                    report.append(finding(
                        "the URL uses `{\(name)}`, but '\(routes[index].key)' has no path parameter '\(name)'",
                        at: http.url.location,
                        hint: declared.isEmpty
                            ? "remove `{\(name)}` from the URL, or add `{\(name)}` to the route's path"
                            : "use one of the route's parameters: \(parameterList(declared))"))
                }
            }
        }
    }

    private func parameterList(_ names: Set<String>) -> String {
        names.sorted().map { "`{\($0)}`" }.joined(separator: ", ")
    }

    /// `{name}` placeholders, not `${...}` references; a greedy `{name+}` counts as `name`. What the
    /// regex `(\$?)\{([^{}]+)\}` found, but by bytes, where it went by Characters: a combining
    /// mark no longer hides the brace before it by joining it.
    static func placeholders(in url: String) -> [String] {
        let bytes = url.utf8
        var found: [String] = []
        var cursor = bytes.startIndex
        while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "{")) {
            let start = bytes.index(after: open)
            guard let end = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") })
            else { break }
            guard bytes[end] == UInt8(ascii: "}") else {
                cursor = end
                continue
            }
            cursor = bytes.index(after: end)
            let isReference = open > bytes.startIndex && bytes[bytes.index(before: open)] == UInt8(ascii: "$")
            guard start < end, !isReference else { continue }
            let name = url[start..<end]
            found.append(String(name.hasSuffix("+") ? name.dropLast() : name))
        }
        return found
    }
}
