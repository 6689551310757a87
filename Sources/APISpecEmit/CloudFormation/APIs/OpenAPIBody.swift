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
        if assembly.pathsApart {
            // The body keeps `{}` for the paths, made when they are counted or written.
            let (document, paths) = builder.parts()
            assembly.setBodyPaths(paths)
            body = document
        } else {
            body = builder.build()
        }
        // `servers` say where one stage is published; the import ignores them, and without
        // them the body (and so the deployment) is the same whichever stages are emitted.
        body["servers"] = nil
        // The builder passes every top-level `x-` key on; this one is for the template.
        body[PropertyOverrides.key] = nil
        return body
    }

    /// Where the body's paths are in the API's resource; `Resources.<api>.Properties.Body.paths` in the template.
    static let pathsKeys = ["Properties", "Body", "paths"]

    /// The hash of the API's `properties` as the template writes them, for the deployment's
    /// logical id: of their text where the template has it (`TemplateWriter.propertiesIndent`),
    /// which a template written as it is made hashes as it goes out
    /// (`TemplateAssembly.addHashingProperties`). A template whose body's paths are apart is
    /// then only measured, or its output wants no more: the paths are hashed as `{}`, as the
    /// hash is as long either way.
    static func fingerprint(of properties: JSONObject) -> String {
        var hash = WordHash()
        JSONWriter.write(.object(properties), indent: TemplateWriter.propertiesIndent, into: &hash)
        return StableHash.hex(hash.value)
    }

    static let pathsIndent = 5

    /// `x-cloudformation` on the spec, applied to the API's properties: a `Body` there
    /// replaces the body, paths and all.
    static func applyOverrides(to properties: inout JSONObject, of assembly: TemplateAssembly) {
        PropertyOverrides.apply(assembly.spec.extensions, to: &properties)
        if PropertyOverrides.overrides("Body", in: assembly.spec.extensions) { assembly.setBodyPaths(nil) }
    }

    /// Lambda authorizers are created by the import, so their ids are unknown here: the
    /// permission covers this API's authorizers.
    static func grantAuthorizers(_ permissions: inout InvokePermissions, to assembly: TemplateAssembly) {
        for authorizer in assembly.spec.authorizers.values
        where authorizer.kind == .lambda && !assembly.spec.isBroken("authorizers", authorizer.name) {
            permissions.grantAuthorizer(authorizer, sourcePath: "authorizers/*", of: assembly)
        }
    }
}
