import APISpecCore

/// Outputs: the API's id and each emitted stage's invoke URL.
enum InvokeURLs {
    static func add(to assembly: TemplateAssembly) {
        assembly.addOutput("ApiId", description: "Id of the API", value: Intrinsic.ref(assembly.api))
        let scheme = assembly.spec.apiProtocol == .websocket ? "wss" : "https"
        for stage in assembly.stages.keys {
            guard let id = assembly.names.stages[stage] else { continue }
            // `$default` is served at the root, without a path segment.
            let path = stage == "$default" ? "" : TemplateText.escapedForSub(stage)
            assembly.addOutput(
                id + "Url", description: "Invoke URL of stage \(stage)",
                value: Intrinsic.sub("\(scheme)://${\(assembly.api)}.execute-api.${AWS::Region}.${AWS::URLSuffix}/\(path)"))
        }
    }
}
