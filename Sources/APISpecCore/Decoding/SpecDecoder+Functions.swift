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
        /// What every function inherits: `defaults.function`, or no settings.
        let base: FunctionSettings
        /// Where `defaults` wrote the settings every function inherits: one list they share.
        let inherited: [Provenance.Field]
        private(set) var functions: OrderedDictionary<String, Function> = [:]

        init(defaults: Defaults, capacity: Int = 0) {
            base = defaults.function ?? FunctionSettings()
            inherited = defaults.functionProvenance?.fields ?? []
            functions.reserveCapacity(capacity)
        }

        /// The function of entry `name`, which is not an `x-` key. Made, then inserted: made as
        /// the insertion's argument, what it read of these entries was copied for the call.
        mutating func add(_ name: String, key: YAMLNode, value: YAMLNode, _ context: DecodingContext) {
            let function = context.entity("functions", name) {
                SpecDecoder().decodeFunction(name, key: key, value: value, base: base, inherited: inherited, context)
            }
            // Not through the subscript, whose optional value is one more copy of the function.
            functions.updateValue(function, forKey: name)
        }
    }

    private func decodeFunction(
        _ name: String, key: YAMLNode, value: YAMLNode, base: FunctionSettings, inherited: [Provenance.Field],
        _ context: DecodingContext
    ) -> Function {
        var provenance = Provenance(key.location)
        provenance.inherit(inherited)
        // Taken apart once: each `own?.` read copied all of the settings.
        guard case (var own, let fields)? = decodeFunctionSettings(
            value, path: "functions.*", what: "function `\(name)`", context
        ) else {
            return Function(name: name, settings: Self.merge(FunctionSettings(), over: base), provenance: provenance)
        }
        fields.record(into: &provenance)
        var function = Function(name: name, settings: Self.merge(consume own, over: base), provenance: provenance)
        function.extensions = fields.extensions
        requireRuntimeAndHandler(of: function.settings, name: name, at: value.location, context)
        return function
    }

    /// Given the settings alone: given the function, it was copied.
    private func requireRuntimeAndHandler(
        of settings: borrowing FunctionSettings, name: String, at location: SourceLocation, _ context: DecodingContext
    ) {
        if settings.runtime == nil {
            context.error("missing-key", "function `\(name)` has no `runtime`", at: location,
                          hint: "add `runtime: python3.12` (or another Lambda runtime) here or in `defaults.function`")
        } else if settings.handler == nil, !settings.isCustomRuntime {
            context.error("missing-key", "function `\(name)` has no `handler`", at: location,
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
        statements.reserveCapacity(items.count)
        for item in items {
            guard let fields = context.fields(item, path: "functions.*.policies[]", what: "a policy statement") else { continue }
            let effect = fields[PolicyField.effect].flatMap {
                context.choice($0, "policy effect", as: PolicyStatement.Effect.self)
            } ?? .Allow
            let actions = fields[PolicyField.actions]
            let resources = fields[PolicyField.resources]
            if actions == nil {
                context.require("actions", in: fields, what: "a policy statement", example: "actions: [dynamodb:Query]")
            }
            if resources == nil {
                context.require("resources", in: fields, what: "a policy statement", example: "resources: [\"arn:aws:...\"]")
            }
            statements.append(PolicyStatement(
                effect: effect, actions: actions.flatMap { context.stringList($0, "`actions`") } ?? [],
                resources: resources.flatMap { context.stringList($0, "`resources`") } ?? [],
                provenance: fields.provenance(item.location)))
        }
        return statements
    }

    /// A function's own settings over `defaults.function`: scalars replace, maps merge
    /// (own keys win), lists append (as SAM's Globals do).
    /// `own` is taken (`consuming`), and what it lacks read from `base` in place: each was a
    /// copy of all of the settings, for every function.
    static func merge(_ own: consuming FunctionSettings, over base: FunctionSettings) -> FunctionSettings {
        var result = own
        if result.runtime == nil { result.runtime = base.runtime }
        if result.handler == nil { result.handler = base.handler }
        if result.code == nil { result.code = base.code }
        if result.description == nil { result.description = base.description }
        if result.memory == nil { result.memory = base.memory }
        if result.timeout == nil { result.timeout = base.timeout }
        if result.architecture == nil { result.architecture = base.architecture }
        if result.ephemeralStorage == nil { result.ephemeralStorage = base.ephemeralStorage }
        if result.provisionedConcurrency == nil { result.provisionedConcurrency = base.provisionedConcurrency }
        if result.reservedConcurrency == nil { result.reservedConcurrency = base.reservedConcurrency }
        if result.role == nil { result.role = base.role }
        if result.tracing == nil { result.tracing = base.tracing }
        if result.logRetentionDays == nil { result.logRetentionDays = base.logRetentionDays }
        result.environment = mergeMaps(result.environment, base.environment)
        result.tags = mergeMaps(result.tags, base.tags)
        result.layers = appendLists(base.layers, result.layers)
        result.policies = appendLists(base.policies, result.policies)
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
