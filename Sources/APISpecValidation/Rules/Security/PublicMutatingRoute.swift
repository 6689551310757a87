import APISpecCore

struct PublicMutatingRoute: SharingRule {
    let id = "public-mutating-route"
    let severity = Diagnostic.Severity.warning
    let summary = "A route that can change data (POST, PUT, PATCH, DELETE, ANY) is public."
    let explanation = """
        `auth: none` on a read-only route is often intended (a public catalogue),
        but a route that creates, changes or deletes data is rarely meant to be
        open to anyone on the internet. The warning points at the `auth: none`
        that opens it, which may be `defaults.auth`. Give the route an authorizer
        or `iam`; if it really is public, keep the warning as a reminder or
        protect the backend another way (throttling, a WAF).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              createPet: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: createPet, auth: ↓none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              createPet: {runtime: python3.12, handler: app.create}
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: none}
              POST /pets: {function: createPet, auth: iam}
            """),
    ] }

    /// A list: comparing a method with five short strings costs less than hashing it.
    static let mutatingMethods = ["POST", "PUT", "PATCH", "DELETE", "ANY"]

    /// The routes `RouteReferences` found, judged as it read each route's `auth`.
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        let routes = spec.checkedRoutes
        for index in shared.value(of: RouteReferences.self, for: spec).publicMutating {
            guard let auth = routes[index].auth else { continue }
            report.append(finding(
                "`auth: none` makes '\(routes[index].key)' public: anyone can change data through it",
                at: auth.location,
                hint: "use an authorizer or `auth: iam`, or protect the backend by other means"))
        }
    }

    /// HTTP APIs' `$default` route catches every method.
    static func isMutating(_ key: RouteKey, on apiProtocol: APIProtocol) -> Bool {
        if case .http(let method, _) = key.kind { return mutatingMethods.contains(method) }
        return apiProtocol == .http && key.isDefault
    }
}
