import APISpecCore

/// A Lambda function with its log group, its own role, and (with provisioned concurrency)
/// a published version and the alias that keeps instances warm.
enum FunctionResources {
    /// Provisioned concurrency is set on an alias; API Gateway invokes this alias.
    static let aliasName = "live"

    /// The function at `index` of the spec's `functions`, read where it is (`functions[index].`
    /// each time: a copy of it, bound to a name or held, retained and released each of its
    /// parts); `ids`: its (`ResourceNames.functionIDs`).
    static func add(
        _ functions: [Function], at index: Int, ids: ResourceNames.FunctionIDs, to assembly: TemplateAssembly
    ) {
        let warm = ids.alias.flatMap { alias in
            functions[index].settings.provisionedConcurrency.flatMap { concurrency in
                assembly.names.codeVersion.map { (alias: alias, concurrency: concurrency, codeVersion: $0) }
            }
        }
        // Past a measured or written template's limit only the number of resources matters:
        // the thousand functions of a large API are not made to be counted.
        guard !assembly.countsResourcesOnly else {
            for _ in 0..<(2 + (ids.role == nil ? 0 : 1) + (warm == nil ? 0 : 2)) { assembly.countResource() }
            return
        }
        addResources(of: functions, at: index, ids: ids, warm: warm, to: assembly)
    }

    /// `add`'s resources, made. Apart, and not inlined: the counting above (a measured large
    /// template's every function) does not pay for this part's larger frame.
    @inline(never)
    private static func addResources(
        of functions: [Function], at index: Int, ids: ResourceNames.FunctionIDs,
        warm: (alias: String, concurrency: Int, codeVersion: String)?, to assembly: TemplateAssembly
    ) {
        let shared = FunctionResourcesText.ofResources
        assembly.add(ids.logGroup, type: FunctionLogGroup.type, properties: FunctionLogGroup(
            name: functions[index].name, retentionDays: functions[index].settings.logRetentionDays, shared: shared.logGroup))
        if let role = ids.role {
            assembly.add(role, type: ExecutionRole.type, properties: ExecutionRole(
                tracing: functions[index].settings.tracing == true, policies: functions[index].settings.policies ?? [],
                logGroup: ids.logGroup, text: assembly.text, assumeRoleTexts: assembly.assumeRoleTexts, shared: shared.role))
        }
        let properties = FunctionProperties(
            functions: functions, index: index, ids: ids, codeBucket: assembly.names.codeBucket,
            codeVersion: assembly.names.codeVersion, text: assembly.text, shared: shared.properties)
        // Overridden, or hashed for the version's id, the properties are a value first.
        guard warm != nil || PropertyOverrides.present(in: functions[index].extensions) else {
            return assembly.add(ids.function, type: FunctionProperties.type, properties: properties)
        }
        var object = properties.object
        PropertyOverrides.apply(functions[index].extensions, to: &object)
        assembly.add(ids.function, Resource(type: FunctionProperties.type, properties: object, metadata: properties.metadata))
        if let warm {
            addAlias(warm.alias, of: functions[index].name, ids: ids, concurrency: warm.concurrency,
                     codeVersion: warm.codeVersion, properties: object, to: assembly)
        }
    }

    /// A version is immutable, so a new one is published whenever the function's settings
    /// change (the hash in its logical id) or its code does (`CodeVersion` in its description,
    /// a property whose change replaces the version).
    private static func addAlias(
        _ alias: String, of function: String, ids: ResourceNames.FunctionIDs, concurrency: Int, codeVersion: String,
        properties: JSONObject, to assembly: TemplateAssembly
    ) {
        let version = assembly.claim(
            LogicalID.pascalCase(function), suffix: "Version" + StableHash.hex(.object(properties)))
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
