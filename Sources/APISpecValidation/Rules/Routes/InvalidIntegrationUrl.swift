import APISpecCore

struct InvalidIntegrationUrl: RouteRule {
    let id = "invalid-integration-url"
    let severity = Diagnostic.Severity.error
    let summary = "An `http` integration's URL is not an absolute `http://` or `https://` URL."
    let explanation = """
        An HTTP proxy integration forwards requests to an absolute URL with a
        scheme and a host, such as `https://legacy.example.com/{proxy}`. The
        host may come from a stage variable (`https://${stage:BackendHost}/`)
        or a parameter, and a URL that is only known at deployment
        (`${param:BackendUrl}`) is not judged. Relative paths and other schemes
        are rejected by API Gateway.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            routes:
              GET /pets:
                http: ↓legacy.example.com/pets
                auth: none
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            parameters:
              BackendUrl: {type: String}
            routes:
              GET /pets:
                http: https://legacy.example.com/pets
                auth: none
              GET /owners:
                http: ${param:BackendUrl}
                auth: none
            """),
    ] }

    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic]) {
        // Each route read in place, by position: a loop over them copies each.
        for index in routes.indices {
            routes[index].forEachIntegrationUnlessFunction { integration in
                guard case .http(let http) = integration, !Self.isAbsolute(http.url.value), !http.url.value.containsReference
                else { return }
                report.append(finding(
                    "'\(http.url.value)' is not an absolute http or https URL",
                    at: http.url.location,
                    hint: "write the full URL, such as `https://backend.example.com/path`"))
            }
        }
    }

    /// `(?i:https?)://[^/\s?#]+([/?#]\S*)?`: a host, then a path, query or fragment, no white space.
    /// By Unicode scalars, where the regex went by Characters: a combining mark no longer hides the
    /// `/` before it by joining it. The host may be non-ASCII, as the regex allowed.
    static func isAbsolute(_ url: String) -> Bool {
        let schemeEnd = url.utf8.firstIndex(of: UInt8(ascii: ":")) ?? url.utf8.endIndex
        let scheme = url.utf8[..<schemeEnd].lazy.map { $0 | 0x20 }  // ASCII letters in lower case
        guard scheme.elementsEqual("http".utf8) || scheme.elementsEqual("https".utf8),
              let address = url.utf8[schemeEnd...].dropping(prefix: "://"),
              let first = address.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "?"),
              first != UInt8(ascii: "#")
        else { return false }
        return !url[address.startIndex...].unicodeScalars.contains(where: isWhiteSpace)
    }

    /// The regex's `\s`: Unicode's White_Space, looked up only outside ASCII.
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
