import APISpecCore

/// A rule that judges each checked route on its own. The validator runs all of them over the
/// routes a block at a time (`BlockPass`).
public protocol RouteRule: Rule {
    /// Whether the rule has anything to judge in `spec` (its protocol, a setting): asked once
    /// per run, before the routes.
    func applies(to spec: Spec) -> Bool

    /// Appends one diagnostic per finding on `routes`, consecutive routes of `spec` none of
    /// which is in `spec.broken`.
    func check(_ routes: ArraySlice<Route>, in spec: Spec, _ report: inout [Diagnostic])
}

/// A rule that judges each checked function on its own, run as `RouteRule`s are.
public protocol FunctionRule: Rule {
    /// Appends one diagnostic per finding on `functions`, consecutive functions of `spec` none
    /// of which is in `spec.broken`.
    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic])
}

/// How the validator runs a rule that judges routes or functions one by one.
public enum BlockCheck {
    case routes(any RouteRule)
    case functions(any FunctionRule)
}

extension Rule {
    /// Asked instead of casting to `RouteRule` or `FunctionRule`, which looks the conformance
    /// up at run time (a scan of every conformance in the program) the first time for each rule.
    public var blockCheck: BlockCheck? { nil }
}

extension RouteRule {
    public func applies(to spec: Spec) -> Bool { true }

    /// The rule run alone (a spec that fits one block, the tests): every checked route at once.
    public func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        guard applies(to: spec) else { return }
        check(spec.checkedRoutes[...], in: spec, &report)
    }

    public var blockCheck: BlockCheck? { .routes(self) }
}

extension FunctionRule {
    /// The rule run alone: every checked function at once.
    public func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        check(spec.checkedFunctions[...], in: spec, &report)
    }

    public var blockCheck: BlockCheck? { .functions(self) }
}

/// Runs the `RouteRule`s and `FunctionRule`s among a run's rules over the checked routes
/// (and functions) a block at a time, each rule over the whole block before the next: a pass
/// per rule read a 100,000-route model from memory once per rule, as it no longer fits the
/// caches, while a block's routes are still in them when the next rule reads them.
enum BlockPass {
    /// About 100 KB of routes and what they point to: well within a core's own cache.
    static let blockSize = 128

    /// Whether `spec` has more routes or functions than a block holds. When it has not, its
    /// block rules run alone, each over all of them at once (the same findings), without the
    /// cost of sorting the rules out, a few percent of a 10-route run.
    static func pays(for spec: Spec) -> Bool {
        spec.routes.count > blockSize || spec.functions.count > blockSize
    }

    /// The shared work gathered from the routes as the route rules read them.
    static let gatherings: [any RouteGathering.Type] = [
        PathRuns.self, WrittenRouteKeys.self, RouteReferences.self, RouteRoles.self,
    ]

    /// The findings of each rule in `rules`, by its index there: every block rule's in spec
    /// order, nil for the other rules (the validator runs those itself). With route rules to
    /// run, `shared` gets the `gatherings` too.
    static func findings(of rules: [any Rule], in spec: Spec, shared: SharedWork) -> [[Diagnostic]?] {
        var findings = [[Diagnostic]?](repeating: nil, count: rules.count)
        var routeRules: [(index: Int, rule: any RouteRule)] = []
        var functionRules: [(index: Int, rule: any FunctionRule)] = []
        routeRules.reserveCapacity(rules.count)
        functionRules.reserveCapacity(rules.count)
        for (index, rule) in rules.enumerated() {
            switch rule.blockCheck {
            case .routes(let rule)?:
                findings[index] = []
                if rule.applies(to: spec) { routeRules.append((index, rule)) }
            case .functions(let rule)?:
                findings[index] = []
                functionRules.append((index, rule))
            case nil: continue
            }
        }
        if !routeRules.isEmpty {
            let routes = spec.checkedRoutes
            var gathered: [any RouteGathering] = gatherings.map { $0.init(spec, routeCount: routes.count) }
            blocks(of: routes) { block in
                // Compared, so that the reads are made: a sum that nothing used would be left out.
                precondition(warm(block) != .min, "a sum of counts and bytes")
                for (index, rule) in routeRules { rule.check(block, in: spec, &findings[index]!) }
                for index in gathered.indices { gathered[index].add(block) }
            }
            for gathering in gathered { provide(gathering, to: shared) }
        }
        if !functionRules.isEmpty {
            blocks(of: spec.checkedFunctions) { block in
                for (index, rule) in functionRules { rule.check(block, in: spec, &findings[index]!) }
            }
        }
        return findings
    }

    /// Reads what the route rules read of each route of `block` first, before they do: its
    /// own fields, its key's text, its path's text and segments, its scopes and its function's
    /// name. At 100,000 routes the model does not fit the caches, and the first rule over a
    /// block, which does much for each route, waited for each of these in turn; this loop does
    /// nothing else, so the processor has many of them on their way at once. The rules then
    /// find the block cached: 7-9 ms less of some 28 for 100,000 HTTP or REST routes.
    /// Returns a sum of what it read.
    private static func warm(_ block: ArraySlice<Route>) -> Int {
        var sum = 0
        for index in block.indices {
            sum &+= Int(block[index].key.raw.utf8.first ?? 0) &+ block[index].scopes.count
            if let path = block[index].key.path { sum &+= Int(path.raw.utf8.first ?? 0) &+ path.segments.count }
            sum &+= block[index].functionIntegration?.value.utf8.count ?? 0
        }
        return sum
    }

    private static func provide<Gathering: RouteGathering>(_ gathering: Gathering, to shared: SharedWork) {
        shared.provide(Gathering.self, gathering)
    }

    private static func blocks<Entity>(of entities: [Entity], _ body: (ArraySlice<Entity>) -> Void) {
        for start in stride(from: 0, to: entities.count, by: blockSize) {
            body(entities[start..<min(start + blockSize, entities.count)])
        }
    }
}
