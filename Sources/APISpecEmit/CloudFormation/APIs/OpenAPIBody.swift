import APISpecCore

/// REST and HTTP APIs are imported from their OpenAPI document (`Body`), as SAM does: one
/// resource however many routes, so large APIs stay far below the 500-resource limit, and
/// routes, integrations and authorizers are translated once, by `OpenAPIBuilder`.
enum OpenAPIBody {
    static func build(_ assembly: TemplateAssembly) -> JSONValue {
        let builder = OpenAPIBuilder(
            spec: assembly.spec, stage: assembly.stages.keys.first ?? assembly.spec.implicitStageName,
            targets: assembly.targets, awsExtensions: true)
        var body: JSONValue
        if assembly.counters == nil {
            body = builder.build()
        } else {
            // Measured: the body keeps `{}` for the paths, counted after the rest of the template.
            let (document, paths) = builder.parts()
            assembly.countLater(paths: paths)
            body = document
        }
        // `servers` say where one stage is published; the import ignores them, and without
        // them the body (and so the deployment) is the same whichever stages are emitted.
        body["servers"] = nil
        // The builder passes every top-level `x-` key on; this one is for the template.
        body[PropertyOverrides.key] = nil
        return body
    }

    /// Where the body's paths are written: `Resources.<api>.Properties.Body.paths`.
    static let pathsIndent = 5

    /// Lambda authorizers are created by the import, so their ids are unknown here: the
    /// permission covers this API's authorizers.
    static func grantAuthorizers(_ permissions: inout InvokePermissions, to assembly: TemplateAssembly) {
        for authorizer in assembly.spec.authorizers.values
        where authorizer.kind == .lambda && !assembly.spec.isBroken("authorizers", authorizer.name) {
            permissions.grantAuthorizer(authorizer, sourcePath: "authorizers/*", of: assembly)
        }
    }
}
