import APISpecCore

/// API Gateway may invoke a function only through this API's routes and authorizers that
/// use it: one `AWS::Lambda::Permission` per function and distinct source ARN. The API's
/// parts ask for them; they are added after the functions, so the template reads in order.
struct InvokePermissions {
    private struct Grant {
        var function: String
        var sourcePath: String
        var source: Source

        /// Named when added, not when granted: a large API holds a grant per route meanwhile.
        enum Source {
            case route(RouteKey)
            case authorizer(String)
            case allRoutes

            var name: String {
                switch self {
                case .route(let key): return LogicalID.routeKey(key)
                case .authorizer(let name): return LogicalID.pascalCase(name) + "Authorizer"
                case .allRoutes: return "AllRoutes"
                }
            }
        }

        var isRoute: Bool {
            if case .authorizer = source { return false }
            return true
        }
    }

    /// What makes a grant distinct: a struct, not an array of the two, to hash without allocating.
    private struct Target: Hashable {
        var function: String
        var sourcePath: String
    }

    /// A function's resource policy holds at most 20 KB, about fifty such statements: a
    /// function behind more routes than this gets one permission for the whole API instead.
    static let maximumRoutePermissions = 40

    private var grants: [Grant] = []
    private var granted: Set<Target> = []

    /// Lets the API invoke each route's function, scoped to that route's method and path.
    mutating func grantRoutes(of assembly: TemplateAssembly) {
        grants.reserveCapacity(grants.count + assembly.spec.routes.count)
        for (route, integration) in assembly.routes {
            guard let function = integration.functionName else { continue }
            grant(function: function, sourcePath: "*/" + Self.routePath(route.key), source: .route(route.key), of: assembly)
        }
    }

    /// Lets the API invoke `authorizer`'s function; `sourcePath` follows the API's ARN
    /// (`authorizers/*`, or the authorizer's own id where the template knows it).
    mutating func grantAuthorizer(_ authorizer: Authorizer, sourcePath: String, of assembly: TemplateAssembly) {
        guard let function = authorizer.function?.value else { return }
        grant(function: function, sourcePath: sourcePath, source: .authorizer(authorizer.name), of: assembly)
    }

    private mutating func grant(function: String, sourcePath: String, source: Grant.Source, of assembly: TemplateAssembly) {
        guard assembly.names.functions[function] != nil, !assembly.spec.isBroken("functions", function),
              granted.insert(Target(function: function, sourcePath: sourcePath)).inserted
        else { return }
        grants.append(Grant(function: function, sourcePath: sourcePath, source: source))
    }

    /// The permissions asked for, in the order they were.
    func add(to assembly: TemplateAssembly) {
        for grant in collapsed() {
            guard let ids = assembly.names.functions[grant.function] else { continue }
            // A permission per route: when only their number matters, naming and making each is waste.
            guard !assembly.countsResourcesOnly else {
                assembly.countResource()
                continue
            }
            let id = assembly.claim(LogicalID.pascalCase(grant.function) + grant.source.name, suffix: "Permission")
            assembly.add(id, Resource(type: "AWS::Lambda::Permission", properties: [
                "Action": "lambda:InvokeFunction",
                "FunctionName": ids.alias.map(Intrinsic.ref) ?? Intrinsic.getAtt(ids.function, "Arn"),
                "Principal": "apigateway.amazonaws.com",
                "SourceArn": Intrinsic.executeAPIARN(api: assembly.api, path: grant.sourcePath),
            ]))
        }
    }

    /// The grants, with the routes of each function behind too many of them folded into
    /// one grant for every route of the API (`*/*`), where its first route grant stood.
    /// Lazy: a copy would hold a grant per route again.
    private func collapsed() -> some Sequence<Grant> {
        var routeCounts: [String: Int] = [:]
        for grant in grants where grant.isRoute { routeCounts[grant.function, default: 0] += 1 }
        var folded: Set<String> = []
        return grants.lazy.compactMap { grant in
            guard grant.isRoute, routeCounts[grant.function, default: 0] > Self.maximumRoutePermissions else { return grant }
            guard folded.insert(grant.function).inserted else { return nil }
            return Grant(function: grant.function, sourcePath: "*/*", source: .allRoutes)
        }
    }

    /// What follows the stage in the ARN API Gateway presents: `GET/pets/*` for
    /// `GET /pets/{id}` (`*` for any method or path parameter), the key itself for
    /// `$default` and WebSocket routes.
    static func routePath(_ key: RouteKey) -> String {
        guard let method = key.method, let path = key.path else { return TemplateText.escapedForSub(key.raw) }
        let segments = path.segments.map { segment -> String in
            if case .literal(let text) = segment { return TemplateText.escapedForSub(text) }
            return "*"
        }
        return (method == "ANY" ? "*" : method) + "/" + segments.joined(separator: "/")
    }
}
