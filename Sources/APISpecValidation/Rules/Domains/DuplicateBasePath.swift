import APISpecCore

struct DuplicateBasePath: Rule {
    let id = "duplicate-base-path"
    let severity = Diagnostic.Severity.error
    let summary = "A custom domain maps the same base path twice."
    let explanation = """
        Each base path of a custom domain leads to exactly one stage. `v1`,
        `/v1` and `/v1/` are the same base path, so mapping two of them is a
        conflict API Gateway rejects. The finding points at the second
        mapping, with a note at the first.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod: {}
              beta: {}
            domains:
              api.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/abc
                mappings:
                  /v1: prod
                  ↓v1/: beta
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod: {}
              beta: {}
            domains:
              api.example.com:
                certificate: arn:aws:acm:eu-west-1:123456789012:certificate/abc
                mappings:
                  /: prod
                  /beta: beta
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for domain in spec.checkedDomains {
            var first: [String: Located<String>] = [:]
            for (basePath, _) in domain.mappings {
                let normalized = basePath.value.split(separator: "/").joined(separator: "/")
                guard let earlier = first[normalized] else {
                    first[normalized] = basePath
                    continue
                }
                report.append(finding(
                    "base path '\(basePath.value)' of '\(domain.name)' is already mapped as '\(earlier.value)'",
                    at: basePath.location,
                    hint: "map each base path once",
                    notes: [Diagnostic.Note("first mapped here", at: earlier.location)]))
            }
        }
    }
}
