import APISpecCore
import APISpecValidation

/// What the size rules read: the length of the template every stage deploys, as it would
/// be written, and its number of resources.
struct TemplateMeasurements: SharedItem {
    /// Exact up to the size rule's limit (up to `keptBytes` when the run keeps the template);
    /// past it, a length past it too.
    var bytes: Int
    var resources: Int
    /// The template when the run keeps it (`emit`) and it is no longer than `keptBytes`: it
    /// is then written from what measuring made, instead of made again as it is written.
    var template: JSONDocument?

    /// The longest template a run keeps: past it (a small spec can make a huge template
    /// through YAML aliases), it is built again as it is written instead of held.
    static let keptBytes = 64 << 20

    /// Its resources are counted as they are made and dropped (or kept, up to `keptBytes`),
    /// and the OpenAPI body's paths (most of a large template) last, only while within the
    /// limit: validation never holds them.
    static func compute(_ spec: Spec, in work: SharedWork) -> Self {
        let keeping = work.keeps(Self.self)
        let assembly = TemplateAssembly(
            spec: spec, stages: spec.effectiveStages,
            measuringUpTo: keeping ? keptBytes : CloudFormationTemplateTooLarge.limit, keeping: keeping)
        let rest = CloudFormationEmitter.build(assembly)
        assembly.countPaths()
        guard let counters = assembly.counters else { preconditionFailure("a measuring assembly counts") }
        return Self(
            bytes: counters.bytes(besides: rest), resources: counters.resourceCount,
            template: assembly.kept.map { document(rest, resources: $0, paths: assembly.keptPaths, api: assembly.api) })
    }

    private static func document(
        _ rest: Template, resources: JSONObject, paths: JSONObject?,
        api: String
    ) -> JSONDocument {
        var json = rest.json
        json["Resources"] = .object(resources)
        guard let paths else { return JSONDocument(json) }
        return JSONDocument(json, filling: ["Resources", api] + OpenAPIBody.pathsKeys) { add in
            for (path, item) in paths { guard add(path, item) else { return } }
        }
    }
}
