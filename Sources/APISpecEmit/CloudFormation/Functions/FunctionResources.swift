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
        assembly.add(ids.logGroup, logGroup(function))
        if let role = ids.role {
            assembly.add(role, ExecutionRole.resource(function, logGroup: ids.logGroup, text: assembly.text))
        }
        let properties = self.properties(function, ids: ids, assembly: assembly)
        assembly.add(ids.function, Resource(
            type: "AWS::Lambda::Function", properties: properties,
            metadata: ["apispec": ["code": .string(function.code)]]))
        if let warm {
            addAlias(warm.alias, of: function, ids: ids, concurrency: warm.concurrency, codeVersion: warm.codeVersion,
                     properties: properties, to: assembly)
        }
    }

    private static func logGroup(_ function: Function) -> Resource {
        var properties: JSONObject = [
            "LogGroupName": Intrinsic.sub("/aws/lambda/${AWS::StackName}/\(LogGroupName.segment(function.name))"),
        ]
        properties["RetentionInDays"] = function.settings.logRetentionDays.map(JSONValue.int)
        return Resource(type: "AWS::Logs::LogGroup", properties: properties)
    }

    private static func properties(
        _ function: Function, ids: ResourceNames.FunctionIDs, assembly: TemplateAssembly
    ) -> JSONObject {
        let settings = function.settings
        let text = assembly.text
        // Room for every property below: fifteen, the most an ordered dictionary keeps without hashing them.
        var properties = JSONObject(minimumCapacity: 15)
        properties["Description"] = settings.description.map(JSONValue.string)
        properties["Runtime"] = function.runtime.map(JSONValue.string)
        if !function.handler.isEmpty { properties["Handler"] = .string(function.handler) }
        properties["Code"] = code(function, names: assembly.names)
        properties["Role"] = ids.role.map { Intrinsic.getAtt($0, "Arn") } ?? settings.role.map(text.value)
        properties["MemorySize"] = .int(function.memory)
        properties["Timeout"] = .int(function.timeout)
        properties["Architectures"] = [.string(function.architecture.rawValue)]
        properties["EphemeralStorage"] = settings.ephemeralStorage.map { ["Size": .int($0)] }
        if !function.environment.isEmpty {
            var variables = JSONObject(minimumCapacity: function.environment.count)
            for (name, value) in function.environment { variables[name] = text.value(value.value) }
            properties["Environment"] = ["Variables": .object(variables)]
        }
        properties["ReservedConcurrentExecutions"] = settings.reservedConcurrency.map(JSONValue.int)
        if let layers = settings.layers, !layers.isEmpty {
            properties["Layers"] = .array(layers.map { text.value($0.value) })
        }
        if settings.tracing == true { properties["TracingConfig"] = ["Mode": "Active"] }
        properties["LoggingConfig"] = ["LogGroup": Intrinsic.ref(ids.logGroup)]
        if let tags = settings.tags, !tags.isEmpty {
            properties["Tags"] = .array(tags.map { ["Key": .string($0.key), "Value": .string($0.value)] })
        }
        PropertyOverrides.apply(function.extensions, to: &properties)
        return properties
    }

    /// The zip `<CodeVersion>/<function>.zip` in the code bucket.
    private static func code(_ function: Function, names: ResourceNames) -> JSONValue? {
        guard let bucket = names.codeBucket, let version = names.codeVersion else { return nil }
        return [
            "S3Bucket": Intrinsic.ref(bucket),
            "S3Key": Intrinsic.sub("${\(version)}/\(TemplateText.escapedForSub(function.name)).zip"),
        ]
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
