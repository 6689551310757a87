import APISpecCore

struct UnusedFunction: SharingRule {
    let id = "unused-function"
    let severity = Diagnostic.Severity.warning
    let summary = "A declared function is used by no route and no authorizer."
    let explanation = """
        Every declared function is deployed, with its role, log group and
        concurrency settings, whether or not anything calls it. A function no
        route or Lambda authorizer names is usually left over from a removed
        route, or the route that should use it names another function by
        mistake. Remove it, or wire it to its route.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
              ↓oldListPets: {runtime: python3.12, handler: old.list}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list}
              authorize: {runtime: python3.12, handler: auth.check}
            authorizers:
              partner: {type: lambda, function: authorize}
            routes:
              GET /pets: {function: listPets, auth: partner}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        // A route or authorizer the decoder could not read may be the missing user.
        guard !spec.broken.contains(where: { $0.hasPrefix("routes.") || $0.hasPrefix("authorizers.") }) else {
            return
        }
        // No route is broken, so the checked routes are all of them.
        let routeFunctions = shared.value(of: RouteReferences.self, for: spec).functions
        let authorizerFunctions = Set(spec.authorizers.values.compactMap { $0.function?.value })
        // Functions read in place, by position: a loop over them copies each.
        let functions = spec.checkedFunctions
        for index in functions.indices
        where !routeFunctions.contains(functions[index].name) && !authorizerFunctions.contains(functions[index].name) {
            report.append(finding(
                "function '\(functions[index].name)' is used by no route and no authorizer",
                at: functions[index].provenance.entity,
                hint: "remove it, or name it in a route's `function:`"))
        }
    }
}
