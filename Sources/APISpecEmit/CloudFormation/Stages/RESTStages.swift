import APISpecCore

/// Stages of REST APIs (`AWS::ApiGateway::Stage`), all on the one deployment: variables,
/// method settings (throttling, logging, metrics, caching), tracing, access logs, canary.
enum RESTStages {
    static func add(to assembly: TemplateAssembly, deployment: String, account: String?) {
        for stage in assembly.stages.values {
            guard let id = assembly.names.stages[stage.name] else { continue }
            var properties: JSONObject = [
                "RestApiId": Intrinsic.ref(assembly.api),
                "DeploymentId": Intrinsic.ref(deployment),
                "StageName": .string(stage.name),
            ]
            properties["Description"] = stage.description.map(JSONValue.string)
            properties["Variables"] = StageVariables.json(stage.variables, text: assembly.text)
            properties["TracingEnabled"] = stage.tracing.map(JSONValue.bool)
            if let size = stage.cacheSize {
                properties["CacheClusterEnabled"] = true
                properties["CacheClusterSize"] = .string(size)
            }
            let methodSettings = [stageWideSettings(stage)].compactMap { $0 } + routeSettings(assembly)
            if !methodSettings.isEmpty { properties["MethodSettings"] = .array(methodSettings) }
            properties["AccessLogSetting"] = AccessLogDestination.settings(stage, in: assembly).map(JSONValue.object)
            if let canary = stage.canary {
                var setting: JSONObject = [
                    "DeploymentId": Intrinsic.ref(deployment),
                    "PercentTraffic": .double(canary.percent),
                ]
                setting["StageVariableOverrides"] = StageVariables.json(canary.variables, text: assembly.text)
                setting["UseStageCache"] = false
                properties["CanarySetting"] = .object(setting)
            }
            PropertyOverrides.apply(stage.extensions, to: &properties)
            assembly.add(id, Resource(
                type: "AWS::ApiGateway::Stage", properties: properties,
                dependsOn: CloudWatchRole.dependency(of: stage, account: account)))
        }
    }

    /// Settings for every method (`/*`, `*`). A cache cluster caches nothing until caching
    /// is enabled on methods, so `cacheSize` turns it on for all of them.
    private static func stageWideSettings(_ stage: Stage) -> JSONValue? {
        var settings = ThrottlingSettings.stage(stage.throttling)
        if let level = stage.logging {
            settings["LoggingLevel"] = .string(level.rawValue.uppercased())
            settings["DataTraceEnabled"] = false
        }
        settings["MetricsEnabled"] = stage.metrics.map(JSONValue.bool)
        if stage.cacheSize != nil { settings["CachingEnabled"] = true }
        guard !settings.isEmpty else { return nil }
        let head: JSONObject = ["HttpMethod": "*", "ResourcePath": "/*"]
        return .object(head.merging(settings) { first, _ in first })
    }

    /// Per-route throttling as method settings of that method and resource.
    private static func routeSettings(_ assembly: TemplateAssembly) -> [JSONValue] {
        // Most routes have no limits of their own: no settings are made to find that out, nor
        // is whether the template has the route (`TemplateAssembly.routes` copies its integration).
        assembly.spec.routes.compactMap { route in
            guard let throttling = route.throttling, assembly.includes(route) else { return nil }
            let limits = ThrottlingSettings.stage(throttling)
            guard !limits.isEmpty, let method = route.key.method, let path = route.key.path else { return nil }
            let head: JSONObject = [
                "HttpMethod": .string(method == "ANY" ? "*" : method),
                "ResourcePath": .string(resourcePath(path)),
            ]
            return .object(head.merging(limits) { first, _ in first })
        }
    }

    /// Method settings name a resource by its path with `/` escaped as `~1`: `/pets/{id}` is
    /// `/~1pets~1{id}`; the root is `/`.
    static func resourcePath(_ path: RoutePath) -> String {
        guard !path.segments.isEmpty else { return "/" }
        return "/" + path.segments.map { "~1" + $0.text.replacing("~", with: "~0") }.joinedText()
    }
}
