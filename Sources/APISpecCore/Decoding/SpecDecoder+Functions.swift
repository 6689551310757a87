import OrderedCollections

extension SpecDecoder {
    func decodeFunctions(_ entries: TakenEntries, defaults: Defaults, _ context: DecodingContext)
        -> OrderedDictionary<String, Function> {
        var functions = FunctionEntries(defaults: defaults, capacity: entries.count)
        for (name, key, value) in entries { functions.add(name, key: key, value: value, context) }
        return functions.functions
    }

    /// `functions:` decoded an entry at a time, in order: by `decodeFunctions`, or as the loader
    /// completes each entry (`SectionsDuringLoad`).
    struct FunctionEntries {
        let defaults: Defaults
        /// Where `defaults` wrote the settings every function inherits: one list they share.
        let inherited: [Provenance.Field]
        private(set) var functions: OrderedDictionary<String, Function> = [:]

        init(defaults: Defaults, capacity: Int = 0) {
            self.defaults = defaults
            inherited = defaults.functionProvenance?.fields ?? []
            functions.reserveCapacity(capacity)
        }

        /// The function of entry `name`, which is not an `x-` key.
        mutating func add(_ name: String, key: YAMLNode, value: YAMLNode, _ context: DecodingContext) {
            let (defaults, inherited) = (defaults, inherited)
            // Not through the subscript, whose optional value is one more copy of the function.
            functions.updateValue(context.entity("functions", name) {
                SpecDecoder().decodeFunction(name, key: key, value: value, defaults: defaults, inherited: inherited, context)
            }, forKey: name)
        }
    }

    private func decodeFunction(
        _ name: String, key: YAMLNode, value: YAMLNode, defaults: Defaults, inherited: [Provenance.Field],
        _ context: DecodingContext
    ) -> Function {
        var provenance = Provenance(key.location)
        provenance.inherit(inherited)
        let base = defaults.function ?? FunctionSettings()
        // Taken apart once: each `own?.` read copied all of the settings.
        guard case let (own, fields)? = decodeFunctionSettings(value, path: "functions.*", what: "function `\(name)`", context) else {
            return Function(name: name, settings: Self.merge(FunctionSettings(), over: base), provenance: provenance)
        }
        fields.record(into: &provenance)
        var function = Function(name: name, settings: Self.merge(own, over: base), provenance: provenance)
        function.extensions = fields.extensions
        requireRuntimeAndHandler(function, at: value.location, context)
        return function
    }

    private func requireRuntimeAndHandler(_ function: Function, at location: SourceLocation, _ context: DecodingContext) {
        if function.runtime == nil {
            context.error("missing-key", "function `\(function.name)` has no `runtime`", at: location,
                          hint: "add `runtime: python3.12` (or another Lambda runtime) here or in `defaults.function`")
        } else if function.settings.handler == nil, !function.isCustomRuntime {
            context.error("missing-key", "function `\(function.name)` has no `handler`", at: location,
                          hint: "add `handler: module.function`, for example `handler: app.handler`")
        }
    }

    /// Function settings as written in one mapping (a function or `defaults.function`), whose
    /// path lists `KnownKeys.functionSettings`.
    /// `what` names the mapping in a report; it is only made when there is one.
    func decodeFunctionSettings(_ node: YAMLNode, path: String, what: @autoclosure () -> String, _ context: DecodingContext)
        -> (settings: FunctionSettings, fields: Fields)?
    {
        guard let fields = context.fields(node, path: path, what: what()) else { return nil }
        var settings = FunctionSettings()
        settings.runtime = fields[FunctionField.runtime].flatMap { context.string($0, "`runtime`") }
        settings.handler = fields[FunctionField.handler].flatMap { context.string($0, "`handler`") }
        settings.code = fields[FunctionField.code].flatMap { context.string($0, "`code`") }
        settings.description = fields[FunctionField.description].flatMap { context.string($0, "`description`") }
        settings.memory = fields[FunctionField.memory].flatMap { context.int($0, "`memory`", example: "`memory: 256` (MB)") }
        settings.timeout = fields[FunctionField.timeout].flatMap { context.int($0, "`timeout`", example: "`timeout: 10` (seconds)") }
        settings.architecture = fields[FunctionField.architecture].flatMap { context.choice($0, "architecture", as: Architecture.self) }
        settings.ephemeralStorage = fields[FunctionField.ephemeralStorage].flatMap {
            context.int($0, "`ephemeralStorage`", example: "`ephemeralStorage: 1024` (MB)")
        }
        settings.environment = fields[FunctionField.environment].flatMap { context.stringMap($0, "`environment`") }
        settings.provisionedConcurrency = fields[FunctionField.provisionedConcurrency].flatMap {
            context.int($0, "`provisionedConcurrency`", example: "`provisionedConcurrency: 2`")
        }
        settings.reservedConcurrency = fields[FunctionField.reservedConcurrency].flatMap {
            context.int($0, "`reservedConcurrency`", example: "`reservedConcurrency: 50`")
        }
        settings.layers = fields[FunctionField.layers].flatMap { context.stringList($0, "`layers`") }
        settings.policies = fields[FunctionField.policies].flatMap { decodePolicies($0, context) }
        settings.role = fields[FunctionField.role].flatMap { context.string($0, "`role`") }
        settings.tracing = fields[FunctionField.tracing].flatMap { context.bool($0, "`tracing`") }
        settings.logRetentionDays = fields[FunctionField.logRetentionDays].flatMap {
            context.int($0, "`logRetentionDays`", example: "`logRetentionDays: 14`")
        }
        settings.tags = fields[FunctionField.tags].flatMap { context.stringMap($0, "`tags`") }.map { $0.mapValues(\.value) }
        return (settings, fields)
    }

    private func decodePolicies(_ node: YAMLNode, _ context: DecodingContext) -> [PolicyStatement]? {
        guard let items = node.items else {
            context.wrongType(node, "`policies`", expected: "a list of IAM statements",
                              example: "`- {effect: Allow, actions: [s3:GetObject], resources: [\"*\"]}`")
            return nil
        }
        var statements: [PolicyStatement] = []
        for item in items {
            guard let fields = context.fields(item, path: "functions.*.policies[]", what: "a policy statement") else { continue }
            let effect = fields["effect"].flatMap { context.choice($0, "policy effect", as: PolicyStatement.Effect.self) } ?? .Allow
            context.require("actions", in: fields, what: "a policy statement", example: "actions: [dynamodb:Query]")
            context.require("resources", in: fields, what: "a policy statement", example: "resources: [\"arn:aws:...\"]")
            let actions = fields["actions"].flatMap { context.stringList($0, "`actions`") } ?? []
            let resources = fields["resources"].flatMap { context.stringList($0, "`resources`") } ?? []
            statements.append(PolicyStatement(effect: effect, actions: actions, resources: resources,
                                              provenance: fields.provenance(item.location)))
        }
        return statements
    }

    /// A function's own settings over `defaults.function`: scalars replace, maps merge
    /// (own keys win), lists append (as SAM's Globals do).
    static func merge(_ own: FunctionSettings, over base: FunctionSettings) -> FunctionSettings {
        var result = own
        result.runtime = own.runtime ?? base.runtime
        result.handler = own.handler ?? base.handler
        result.code = own.code ?? base.code
        result.description = own.description ?? base.description
        result.memory = own.memory ?? base.memory
        result.timeout = own.timeout ?? base.timeout
        result.architecture = own.architecture ?? base.architecture
        result.ephemeralStorage = own.ephemeralStorage ?? base.ephemeralStorage
        result.provisionedConcurrency = own.provisionedConcurrency ?? base.provisionedConcurrency
        result.reservedConcurrency = own.reservedConcurrency ?? base.reservedConcurrency
        result.role = own.role ?? base.role
        result.tracing = own.tracing ?? base.tracing
        result.logRetentionDays = own.logRetentionDays ?? base.logRetentionDays
        result.environment = mergeMaps(own.environment, base.environment)
        result.tags = mergeMaps(own.tags, base.tags)
        result.layers = appendLists(base.layers, own.layers)
        result.policies = appendLists(base.policies, own.policies)
        return result
    }

    private static func mergeMaps<V>(_ own: OrderedDictionary<String, V>?, _ base: OrderedDictionary<String, V>?)
        -> OrderedDictionary<String, V>?
    {
        guard let base else { return own }
        guard let own else { return base }
        return base.merging(own) { _, mine in mine }
    }

    private static func appendLists<T>(_ base: [T]?, _ own: [T]?) -> [T]? {
        guard let base else { return own }
        guard let own else { return base }
        return base + own
    }
}
