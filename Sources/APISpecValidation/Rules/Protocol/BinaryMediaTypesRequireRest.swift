import APISpecCore

struct BinaryMediaTypesRequireRest: Rule {
    let id = "binary-media-types-require-rest"
    let severity = Diagnostic.Severity.error
    let summary = "`binaryMediaTypes` is set on an API that is not REST."
    let explanation = """
        REST APIs convert payloads between text and binary according to
        `binaryMediaTypes`. HTTP APIs pass binary bodies through untouched
        (base64-encoded to Lambda, with `isBase64Encoded`), and WebSocket APIs
        have no such setting, so the list would be ignored.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: images
            ↓binaryMediaTypes: [image/png]
            functions:
              getImage: {runtime: python3.12, handler: app.get}
            routes:
              GET /images/{id}: {function: getImage, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: images
            protocol: rest
            binaryMediaTypes: [image/png]
            functions:
              getImage: {runtime: python3.12, handler: app.get}
            routes:
              GET /images/{id}: {function: getImage, auth: none}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        reportKeys([["binaryMediaTypes"]], in: spec, supportedOn: [.rest], &report)
    }
}
