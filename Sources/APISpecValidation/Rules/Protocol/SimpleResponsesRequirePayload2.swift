import APISpecCore

struct SimpleResponsesRequirePayload2: Rule {
    let id = "simple-responses-require-payload-2"
    let severity = Diagnostic.Severity.error
    let summary = "An HTTP API's `lambda` authorizer asks for `simpleResponses` with `payloadVersion: \"1.0\"`."
    let explanation = """
        Simple responses (`{"isAuthorized": true}` instead of an IAM policy)
        belong to payload format 2.0: an HTTP API Lambda authorizer on format
        1.0 must return a policy, so `simpleResponses: true` would be dropped
        and every answer of a function written for it would be a 500. It is
        reported at `payloadVersion`, because the function was written to
        answer simply and `apispec serve` already accepts that: set
        `payloadVersion: "2.0"` (or leave it out, 2.0 is the default) and
        read the 2.0 event, or remove `simpleResponses` and return a policy.
        `simpleResponses: false` asks for what format 1.0 does anyway and
        passes.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, simpleResponses: true, payloadVersion: ↓"1.0"}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, simpleResponses: true, payloadVersion: "2.0"}
              classic: {type: lambda, function: authorize, simpleResponses: false, payloadVersion: "1.0"}
            routes:
              GET /pets: {function: listPets, auth: partner}
              GET /owners: {function: listPets, auth: classic}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .http else { return }
        for authorizer in spec.checkedAuthorizers
        where authorizer.kind == .lambda && authorizer.simpleResponses == true && authorizer.payloadVersion == "1.0" {
            report.append(finding(
                "authorizer '\(authorizer.name)' asks for `simpleResponses`, but on payload format 1.0 an HTTP API "
                    + "Lambda authorizer must return an IAM policy, so `simpleResponses` would be dropped",
                at: authorizer.provenance["payloadVersion"],
                hint: "write `payloadVersion: \"2.0\"` (the default), or remove `simpleResponses` and return "
                    + "a policy"))
        }
    }
}
