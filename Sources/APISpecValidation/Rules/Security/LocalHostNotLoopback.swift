import APISpecCore

struct LocalHostNotLoopback: Rule {
    let id = "local-host-not-loopback"
    let severity = Diagnostic.Severity.warning
    let summary = "`apispec serve` would listen on an address other machines can reach."
    let explanation = """
        The local gateway runs your functions with your own AWS credentials and
        skips checks a deployed API makes. Listening on `0.0.0.0` or a network
        address lets anyone on the same network call it. Keep `local.host` on
        loopback (`127.0.0.1`, the default, `::1` or `localhost`) unless exposing
        it is intended.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            local:
              host: ↓0.0.0.0
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            local:
              host: 127.0.0.1
              port: 3000
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard let local = spec.checkedLocal, let host = local.host, !isLoopback(host) else { return }
        report.append(finding(
            "`apispec serve` would listen on \(host), reachable from other machines",
            at: local.provenance["host"],
            hint: "use `host: 127.0.0.1` (the default) unless other machines must reach it"))
    }

    private func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
