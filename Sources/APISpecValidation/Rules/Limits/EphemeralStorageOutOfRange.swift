import APISpecCore

struct EphemeralStorageOutOfRange: FunctionRule {
    let id = "ephemeral-storage-out-of-range"
    let severity = Diagnostic.Severity.error
    let summary = "A function's `ephemeralStorage` is outside Lambda's 512-10240 MB."
    let explanation = """
        The size of a function's `/tmp` directory can be set between 512 MB
        (the default, included in the price) and 10,240 MB. A value outside
        that range fails at deployment.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: images
            functions:
              resize: {runtime: python3.12, handler: app.resize, ephemeralStorage: ↓256}
            routes:
              POST /images: {function: resize, auth: iam}
            """),
        .nonTriggering("""
            apispec: 1
            name: images
            functions:
              resize: {runtime: python3.12, handler: app.resize, ephemeralStorage: 2048}
            routes:
              POST /images: {function: resize, auth: iam}
            """),
    ] }

    static let range = 512...10240

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function.
        for index in functions.indices {
            guard let size = functions[index].settings.ephemeralStorage, !Self.range.contains(size) else { continue }
            let function = functions[index]
            report.append(finding(
                "ephemeral storage \(size) MB is outside Lambda's range of 512-10240 MB",
                at: function.provenance["ephemeralStorage"],
                hint: "set `ephemeralStorage` between 512 and 10240, or leave it out for 512"))
        }
    }
}
