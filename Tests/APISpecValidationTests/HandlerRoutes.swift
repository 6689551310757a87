import APISpecCore
import APISpecTestSupport

@testable import APISpecValidation

/// A spec whose routes all call one function, `handle`: the route rules' tests vary only the
/// routes, the lines given for under `routes:` (a `↓` marks where a finding is expected).
enum HandlerRoutes {
    static func spec(protocol apiProtocol: String = "http", routes: String) -> MarkedText {
        MarkedText("""
            apispec: 1
            name: files
            protocol: \(apiProtocol)
            functions:
              handle: {runtime: python3.12, handler: app.handle}
            routes:
            \(routes)
            """)
    }

    /// The findings of rule `id` on `yaml`.
    static func findings(_ id: String, in yaml: String) -> [Diagnostic] {
        Validator.check(Array(yaml.utf8), path: "routes.yaml").diagnostics.filter { $0.id == id }
    }
}
