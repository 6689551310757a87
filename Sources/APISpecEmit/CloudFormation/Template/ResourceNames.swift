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
    let functions: [String: FunctionIDs]
    let stages: [String: String]
    let usagePlans: [String: String]
    let apiKeys: [String: String]
    let domains: [String: String]

    init(spec: Spec) {
        var allocator = LogicalIDAllocator(reserved: [api])
        var parameters: [String: String] = [:]
        for name in spec.parameters.keys {
            parameters[name] = allocator.claim(LogicalID.parameter(name))
        }
        self.parameters = parameters
        let hasFunctions = !spec.functions.isEmpty
        codeBucket = hasFunctions ? allocator.claim("CodeBucket") : nil
        codeVersion = hasFunctions ? allocator.claim("CodeVersion") : nil

        var functions: [String: FunctionIDs] = [:]
        for function in spec.functions.values {
            let base = LogicalID.pascalCase(function.name)
            functions[function.name] = FunctionIDs(
                function: allocator.claim(base, suffix: "Function"),
                role: function.settings.role == nil ? allocator.claim(base, suffix: "Role") : nil,
                logGroup: allocator.claim(base, suffix: "LogGroup"),
                alias: function.settings.provisionedConcurrency == nil ? nil : allocator.claim(base, suffix: "Alias"))
        }
        self.functions = functions
        stages = Self.claim(spec.effectiveStages.keys, suffix: "Stage", &allocator)
        usagePlans = Self.claim(spec.usagePlans.keys, suffix: "UsagePlan", &allocator)
        apiKeys = Self.claim(spec.apiKeys.keys, suffix: "ApiKey", &allocator)
        domains = Self.claim(spec.domains.keys, suffix: "Domain", &allocator)
        self.allocator = allocator
    }

    private static func claim(
        _ names: some Sequence<String>, suffix: String, _ allocator: inout LogicalIDAllocator
    ) -> [String: String] {
        var ids: [String: String] = [:]
        for name in names { ids[name] = allocator.claim(LogicalID.pascalCase(name), suffix: suffix) }
        return ids
    }
}
