import APISpecCore

/// Stages of HTTP and WebSocket APIs (`AWS::ApiGatewayV2::Stage`): variables, default and
/// per-route throttling, metrics, access logs; WebSocket stages add execution logging.
enum V2Stages {
    /// `deployment` is nil for HTTP APIs, whose stages deploy every change themselves;
    /// `account` is the CloudWatch role setting logging stages wait for.
    static func add(to assembly: TemplateAssembly, deployment: String?, account: String?) {
        for stage in assembly.stages.values {
            guard let id = assembly.names.stages[stage.name] else { continue }
            var properties: JSONObject = [
                "ApiId": Intrinsic.ref(assembly.api),
                "StageName": .string(stage.name),
            ]
            properties["Description"] = stage.description.map(JSONValue.string)
            if let deployment {
                properties["DeploymentId"] = Intrinsic.ref(deployment)
            } else {
                properties["AutoDeploy"] = true
            }
            properties["StageVariables"] = StageVariables.json(stage.variables, text: assembly.text)
            let defaults = defaultRouteSettings(stage, websocket: deployment != nil)
            if !defaults.isEmpty { properties["DefaultRouteSettings"] = .object(defaults) }
            properties["RouteSettings"] = routeSettings(assembly)
            properties["AccessLogSettings"] = AccessLogDestination.settings(stage, in: assembly).map(JSONValue.object)
            PropertyOverrides.apply(stage.extensions, to: &properties)
            assembly.add(id, Resource(
                type: "AWS::ApiGatewayV2::Stage", properties: properties,
                dependsOn: CloudWatchRole.dependency(of: stage, account: account)))
        }
    }

    private static func defaultRouteSettings(_ stage: Stage, websocket: Bool) -> JSONObject {
        var settings = ThrottlingSettings.stage(stage.throttling)
        settings["DetailedMetricsEnabled"] = stage.metrics.map(JSONValue.bool)
        // Execution logging exists for WebSocket APIs only; HTTP APIs have access logs alone.
        if websocket, let level = stage.logging {
            settings["LoggingLevel"] = .string(level.rawValue.uppercased())
            settings["DataTraceEnabled"] = false
        }
        return settings
    }

    /// Per-route throttling, keyed by route key.
    private static func routeSettings(_ assembly: TemplateAssembly) -> JSONValue? {
        var settings: JSONObject = [:]
        // Most routes have no limits of their own: no settings are made to find that out, nor
        // is whether the template has the route (`TemplateAssembly.routes` copies its integration).
        for route in assembly.spec.routes {
            guard let throttling = route.throttling, assembly.includes(route) else { continue }
            let limits = ThrottlingSettings.stage(throttling)
            if !limits.isEmpty { settings[route.key.raw] = .object(limits) }
        }
        return settings.isEmpty ? nil : .object(settings)
    }
}
