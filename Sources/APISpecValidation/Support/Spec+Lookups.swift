import APISpecCore

/// Questions many rules ask of a spec, answered in one place.
extension Spec {
    /// Routes the decoder did not already report: all of them, not copied, when it reported none.
    var checkedRoutes: [Route] { broken.isEmpty ? routes : routes.filter { !isBroken($0) } }

    /// Functions the decoder did not already report: like `checkedRoutes`, all of them, not
    /// copied (the dictionary's own list), when it reported none.
    var checkedFunctions: [Function] {
        broken.isEmpty ? functions.values.elements : functions.values.filter { !isBroken("functions", $0.name) }
    }

    /// Authorizers the decoder did not already report.
    var checkedAuthorizers: [Authorizer] {
        broken.isEmpty ? authorizers.values.elements : authorizers.values.filter { !isBroken("authorizers", $0.name) }
    }

    /// Stages the decoder did not already report.
    var checkedStages: [Stage] {
        broken.isEmpty ? stages.values.elements : stages.values.filter { !isBroken("stages", $0.name) }
    }

    /// `local:`, unless the decoder already reported something in it.
    var checkedLocal: LocalSettings? { isBroken("local", "settings") ? nil : local }

    /// `cors:`, unless the decoder already reported something in it.
    var checkedCors: CorsPolicy? { isBroken("cors", "policy") ? nil : cors }

    /// Domains the decoder did not already report.
    var checkedDomains: [Domain] {
        broken.isEmpty ? domains.values.elements : domains.values.filter { !isBroken("domains", $0.name) }
    }

    /// Calls `body` with every place a function is named: route integrations (unless `inRoutes`
    /// is false), Lambda authorizers, `local.functions`. One at a time, not listed: a list of
    /// 100,000 routes' references is 3 MB made and dropped, and the memory a run frees in the
    /// middle of its heap is not given back, so it raised the run's peak by as much.
    func forEachFunctionReference(inRoutes: Bool = true, _ body: (Located<String>) -> Void) {
        if inRoutes {
            // Routes read in place, by position: a loop over them copies each.
            let routes = checkedRoutes
            for index in routes.indices { routes[index].forEachFunctionName(body) }
        }
        for authorizer in checkedAuthorizers {
            if let function = authorizer.function { body(function) }
        }
        for (name, function) in checkedLocal?.functions ?? [:] {
            body(Located(name, at: function.provenance.entity))
        }
    }

    /// Calls `body` with every place an authorizer is named: `defaults.auth`, route `auth` (own
    /// or inherited; unless `inRoutes` is false) and `local.jwks`; one at a time, as
    /// `forEachFunctionReference`.
    func forEachAuthorizerReference(inRoutes: Bool = true, _ body: (Located<String>) -> Void) {
        if let auth = defaults.auth, case .authorizer(let name) = auth.value {
            body(Located(name, at: auth.location))
        }
        if inRoutes {
            // Routes read in place, by position: a loop over them copies each.
            let routes = checkedRoutes
            for index in routes.indices {
                if let auth = routes[index].auth, case .authorizer(let name) = auth.value {
                    body(Located(name, at: auth.location))
                }
            }
        }
        for name in checkedLocal?.jwks.keys ?? [] {
            body(Located(name, at: keyLocation(["local", "jwks", name]) ?? rootLocation))
        }
    }

    /// The authorizer a route uses, when it names a declared one.
    func authorizer(of route: Route) -> Authorizer? {
        guard let auth = route.auth, case .authorizer(let name) = auth.value else { return nil }
        return authorizers[name]
    }

    /// Where a route's `key` was written inside the route, if it was.
    func keyLocation(_ key: String, in route: Route) -> SourceLocation? {
        keyLocation(["routes", route.key.raw, key])
    }

    /// Names of every stage variable any stage (or its canary) declares.
    var declaredStageVariables: Set<String> {
        var names = Set<String>()
        for stage in stages.values {
            names.formUnion(stage.variables.keys)
            names.formUnion(stage.canary?.variables.keys ?? [])
        }
        return names
    }
}

extension Spec {
    /// Where an environment variable's name was written: in the function, else in
    /// `defaults.function`, else (not found) where its value was.
    func environmentKeyLocation(_ key: String, of function: Function) -> SourceLocation {
        keyLocation(["functions", function.name, "environment", key])
            ?? keyLocation(["defaults", "function", "environment", key])
            ?? function.settings.environment?[key]?.location
            ?? function.provenance["environment"]
    }
}
