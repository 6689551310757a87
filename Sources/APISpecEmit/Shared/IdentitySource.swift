/// Identity sources are written the HTTP API way (`$request.header.X`); REST APIs spell the
/// same source `method.request.header.X`. One place converts, for every emitter.
public enum IdentitySource {
    public static func rest(_ source: String) -> String {
        for (http, rest) in prefixes where source.hasPrefix(http) {
            return rest + String(source.dropFirst(http.count))
        }
        return source
    }

    private static let prefixes = [
        ("$request.", "method.request."), ("$stageVariables.", "stageVariables."), ("$context.", "context."),
    ]
}
