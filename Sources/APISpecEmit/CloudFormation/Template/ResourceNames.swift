import APISpecCore

/// Logical ids of everything other resources point at, claimed up front in spec order so
/// each part of the template can refer to any other. Ids claimed later (permissions,
/// mappings...) come from the same allocator, so nothing clashes.
struct ResourceNames {
    struct FunctionIDs {
        var function: String
        /// Nil when the function names an existing role.
        var role: String?
        var logGroup: String
        /// Only for functions with provisioned concurrency: the alias API Gateway invokes.
        var alias: String?
    }

    var allocator: LogicalIDAllocator
    let parameters: [String: String]
    /// Where function code comes from (nil when the spec has no functions).
    let codeBucket: String?
    let codeVersion: String?
    let api = "Api"
    /// Each function's ids and its name in PascalCase (their base), in the order of
    /// `spec.functions`: read by index where each function is, not looked up by name.
    let functionIDs: [FunctionIDs]
    let functionWords: [String]
    let stages: [String: String]
    let usagePlans: [String: String]
    let apiKeys: [String: String]
    let domains: [String: String]

    /// `measured`: the template is only measured, and claims few of its ids.
    init(spec: Spec, measured: Bool) {
        var allocator = LogicalIDAllocator(reserved: [api], capacity: Self.expectedIDs(spec, measured: measured))
        var parameters: [String: String] = [:]
        for name in spec.parameters.keys {
            parameters[name] = allocator.claim(LogicalID.parameter(name))
        }
        self.parameters = parameters
        let hasFunctions = !spec.functions.isEmpty
        codeBucket = hasFunctions ? allocator.claim("CodeBucket") : nil
        codeVersion = hasFunctions ? allocator.claim("CodeVersion") : nil

        var functionIDs: [FunctionIDs] = []
        functionIDs.reserveCapacity(spec.functions.count)
        var functionWords: [String] = []
        functionWords.reserveCapacity(spec.functions.count)
        // Each function read in place: a copy of it retained and released each of its fields.
        let values = spec.functions.values
        for index in values.indices {
            let name = values[index].name
            let base = LogicalID.pascalCase(name)
            let ids = FunctionIDs(
                function: allocator.claim(base, suffix: "Function"),
                role: values[index].settings.role == nil ? allocator.claim(base, suffix: "Role") : nil,
                logGroup: allocator.claim(base, suffix: "LogGroup"),
                alias: values[index].settings.provisionedConcurrency == nil ? nil : allocator.claim(base, suffix: "Alias"))
            functionIDs.append(ids)
            functionWords.append(base)
        }
        self.functionIDs = functionIDs
        self.functionWords = functionWords
        stages = Self.claim(spec.effectiveStages.keys, suffix: "Stage", &allocator)
        usagePlans = Self.claim(spec.usagePlans.keys, suffix: "UsagePlan", &allocator)
        apiKeys = Self.claim(spec.apiKeys.keys, suffix: "ApiKey", &allocator)
        domains = Self.claim(spec.domains.keys, suffix: "Domain", &allocator)
        self.allocator = allocator
    }

    /// About as many ids as a template claims: a few for each function, one for each route's
    /// permission (a WebSocket route's integration and route too) and each other named part;
    /// at most `maximumExpectedIDs` for a measured template.
    private static func expectedIDs(_ spec: Spec, measured: Bool) -> Int {
        let named = spec.parameters.count + spec.stages.count + 1 + spec.usagePlans.count + spec.apiKeys.count
            + spec.domains.count + spec.authorizers.count
        let perRoute = spec.apiProtocol == .websocket ? 3 : 1
        let expected = 8 + 4 * spec.functions.count + perRoute * spec.routes.count + named
        return measured ? min(expected, maximumExpectedIDs) : expected
    }

    /// A measured template stops claiming ids near CloudFormation's 1 MB limit, a few thousand
    /// resources in: room for more would be memory a large spec's measurement never uses. A
    /// template written claims them all: room for them at once spares growing the table,
    /// each time into memory not touched yet.
    private static let maximumExpectedIDs = 4_096

    private static func claim(
        _ names: some Sequence<String>, suffix: String, _ allocator: inout LogicalIDAllocator
    ) -> [String: String] {
        var ids: [String: String] = [:]
        for name in names { ids[name] = allocator.claim(LogicalID.pascalCase(name), suffix: suffix) }
        return ids
    }
}
