import APISpecCore

/// A Lambda function with its log group, its own role, and (with provisioned concurrency)
/// a published version and the alias that keeps instances warm.
enum FunctionResources {
    /// Provisioned concurrency is set on an alias; API Gateway invokes this alias.
    static let aliasName = "live"

    static func add(_ function: Function, to assembly: TemplateAssembly) {
        guard let ids = assembly.names.functions[function.name] else { return }
        let warm = ids.alias.flatMap { alias in
            function.settings.provisionedConcurrency.flatMap { concurrency in
                assembly.names.codeVersion.map { (alias: alias, concurrency: concurrency, codeVersion: $0) }
            }
        }
        // Past a measured or written template's limit only the number of resources matters:
        // the thousand functions of a large API are not made to be counted.
        guard !assembly.countsResourcesOnly else {
            for _ in 0..<(2 + (ids.role == nil ? 0 : 1) + (warm == nil ? 0 : 2)) { assembly.countResource() }
            return
        }
        assembly.add(ids.logGroup, type: FunctionLogGroup.type, properties: FunctionLogGroup(
            name: function.name, retentionDays: function.settings.logRetentionDays))
        if let role = ids.role {
            assembly.add(role, type: ExecutionRole.type, properties: ExecutionRole(
                tracing: function.settings.tracing == true, policies: function.settings.policies ?? [], logGroup: ids.logGroup,
                text: assembly.text, assumeRoleTexts: assembly.assumeRoleTexts))
        }
        let properties = Properties(function: function, ids: ids, assembly: assembly)
        // Overridden, or hashed for the version's id, the properties are a value first.
        guard warm != nil || PropertyOverrides.present(in: function.extensions) else {
            return assembly.add(ids.function, type: "AWS::Lambda::Function", properties: properties)
        }
        var object = properties.object
        PropertyOverrides.apply(function.extensions, to: &object)
        assembly.add(ids.function, Resource(type: "AWS::Lambda::Function", properties: object, metadata: properties.metadata))
        if let warm {
            addAlias(warm.alias, of: function, ids: ids, concurrency: warm.concurrency, codeVersion: warm.codeVersion,
                     properties: object, to: assembly)
        }
    }

    /// The function's own properties, before its `x-cloudformation` overrides, and the
    /// metadata that says where its code comes from.
    private struct Properties: MadeProperties {
        let function: Function
        let ids: ResourceNames.FunctionIDs
        let assembly: TemplateAssembly

        var hasMetadata: Bool { true }

        func makeMetadata<Sink: JSONSink>(into sink: inout Sink) {
            sink.object { sink in
                sink.object(constant: "apispec") { $0.member(constant: "code", .string(function.code)) }
            }
        }

        func make<Sink: JSONSink>(into sink: inout Sink) {
            let settings = function.settings
            let text = assembly.text
            sink.object { sink in
                if let description = settings.description { sink.member(constant: "Description", .string(description)) }
                if let runtime = function.runtime { sink.member(constant: "Runtime", .string(runtime)) }
                if !function.handler.isEmpty { sink.member(constant: "Handler", .string(function.handler)) }
                code(bucket: assembly.names.codeBucket, version: assembly.names.codeVersion, into: &sink)
                if let role = ids.role {
                    sink.getAtt("Role", role, "Arn")
                } else if let role = settings.role {
                    sink.member(constant: "Role", text.value(role))
                }
                sink.member(constant: "MemorySize", .int(function.memory))
                sink.member(constant: "Timeout", .int(function.timeout))
                sink.array(constant: "Architectures") { $0.value(.string(function.architecture.rawValue)) }
                if let size = settings.ephemeralStorage {
                    sink.object(constant: "EphemeralStorage") { $0.member(constant: "Size", .int(size)) }
                }
                if let environment = settings.environment, !environment.isEmpty {
                    sink.object(constant: "Environment") { sink in
                        sink.object(constant: "Variables") { sink in
                            for (name, value) in environment { sink.member(name, text.value(value.value)) }
                        }
                    }
                }
                if let concurrency = settings.reservedConcurrency {
                    sink.member(constant: "ReservedConcurrentExecutions", .int(concurrency))
                }
                if let layers = settings.layers, !layers.isEmpty {
                    sink.member(constant: "Layers", .array(layers.map { text.value($0.value) }))
                }
                if settings.tracing == true { sink.object(constant: "TracingConfig") { $0.member(constant: "Mode", constant: "Active") } }
                sink.object(constant: "LoggingConfig") { $0.ref("LogGroup", ids.logGroup) }
                if let tags = settings.tags, !tags.isEmpty {
                    sink.member(constant: "Tags", .array(tags.map { ["Key": .string($0.key), "Value": .string($0.value)] }))
                }
            }
        }

        /// The zip `<CodeVersion>/<function>.zip` in the code bucket, when the template has both.
        /// Given the two ids, not `ResourceNames`: a copy of it retained each of its parts.
        private func code<Sink: JSONSink>(bucket: String?, version: String?, into sink: inout Sink) {
            guard let bucket, let version else { return }
            sink.object(constant: "Code") { sink in
                sink.ref("S3Bucket", bucket)
                sink.sub("S3Key", "${" + version + "}/" + TemplateText.escapedForSub(function.name) + ".zip")
            }
        }
    }

    /// A version is immutable, so a new one is published whenever the function's settings
    /// change (the hash in its logical id) or its code does (`CodeVersion` in its description,
    /// a property whose change replaces the version).
    private static func addAlias(
        _ alias: String, of function: Function, ids: ResourceNames.FunctionIDs, concurrency: Int, codeVersion: String,
        properties: JSONObject, to assembly: TemplateAssembly
    ) {
        let version = assembly.claim(
            LogicalID.pascalCase(function.name), suffix: "Version" + StableHash.hex(.object(properties)))
        assembly.add(version, Resource(type: "AWS::Lambda::Version", properties: [
            "FunctionName": Intrinsic.ref(ids.function),
            "Description": Intrinsic.sub("code ${\(codeVersion)}"),
        ]))
        assembly.add(alias, Resource(type: "AWS::Lambda::Alias", properties: [
            "FunctionName": Intrinsic.ref(ids.function),
            "FunctionVersion": Intrinsic.getAtt(version, "Version"),
            "Name": .string(aliasName),
            "ProvisionedConcurrencyConfig": ["ProvisionedConcurrentExecutions": .int(concurrency)],
        ]))
    }
}
