import APISpecCore

struct ResultTtlOnWebSocket: Rule {
    let id = "result-ttl-on-websocket"
    let severity = Diagnostic.Severity.error
    let summary = "An authorizer of a WebSocket API asks to cache its decisions with `resultTtl`."
    let explanation = """
        REST and HTTP APIs can cache a Lambda authorizer's decision for
        `resultTtl` seconds. WebSocket APIs cannot: their authorizer runs once
        per connection, on `$connect`, and API Gateway's authorizer TTL setting
        is for HTTP APIs only, so the value would be dropped. Remove it;
        `resultTtl: 0` (no caching) is what WebSocket APIs do anyway, so it
        passes.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              onConnect: {runtime: python3.12, handler: app.connect}
            authorizers:
              partner: {type: lambda, function: authorize, resultTtl: ↓300}
            routes:
              $connect: {function: onConnect, auth: partner}
            """),
        .nonTriggering("""
            apispec: 1
            name: chat
            protocol: websocket
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              onConnect: {runtime: python3.12, handler: app.connect}
            authorizers:
              partner: {type: lambda, function: authorize, resultTtl: 0}
            routes:
              $connect: {function: onConnect, auth: partner}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              authorize: {runtime: python3.12, handler: auth.check}
              listPets: {runtime: python3.12, handler: app.list}
            authorizers:
              partner: {type: lambda, function: authorize, resultTtl: 300}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard spec.apiProtocol == .websocket else { return }
        for authorizer in spec.checkedAuthorizers {
            guard let ttl = authorizer.resultTtl, ttl > 0 else { continue }
            report.append(finding(
                "authorizer '\(authorizer.name)' sets `resultTtl: \(ttl)`, but WebSocket API authorizers cache "
                    + "nothing (REST and HTTP APIs do)",
                at: authorizer.provenance["resultTtl"],
                hint: "remove `resultTtl`: a WebSocket API calls its authorizer on every `$connect`"))
        }
    }
}
