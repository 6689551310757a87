import APISpecCore

struct DuplicateRoute: SharingRule {
    let id = "duplicate-route"
    let severity = Diagnostic.Severity.error
    let summary = "Two routes match the same requests."
    let explanation = """
        API Gateway routes a request by method and path shape; the names of path
        parameters play no part. `GET /pets/{id}` and `GET /pets/{petId}` are
        the same route written twice, and API Gateway refuses to create the
        second. The finding points at the second route, with a note at the
        first. Keep one of them.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              getPet: {runtime: python3.12, handler: app.get}
              findPet: {runtime: python3.12, handler: app.find}
            routes:
              GET /pets/{id}: {function: getPet, auth: none}
              ↓GET /pets/{petId}: {function: findPet, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              getPet: {runtime: python3.12, handler: app.get}
              deletePet: {runtime: python3.12, handler: app.delete}
            routes:
              GET /pets/{petId}: {function: getPet, auth: none}
              DELETE /pets/{petId}: {function: deletePet, auth: iam}
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        for (index, firstIndex) in shared.value(of: DuplicateRoutes.self, for: spec) {
            let (route, first) = (routes[index], routes[firstIndex])
            report.append(finding(
                "route '\(route.key)' matches the same requests as '\(first.key)'",
                at: route.location,
                hint: "remove one of the two routes",
                notes: [Diagnostic.Note("the first route is here", at: first.location)]))
        }
    }
}
