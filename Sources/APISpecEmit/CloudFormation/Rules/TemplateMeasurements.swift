import APISpecCore
import APISpecValidation

/// What the size rules read: the length of the template every stage deploys, as it would
/// be written, and its number of resources.
struct TemplateMeasurements: SharedItem {
    var bytes: Int
    var resources: Int

    /// Measured on the whole template when the run keeps it for `emit`; otherwise the OpenAPI
    /// body's paths, most of a large template, are counted as they are built and dropped,
    /// so validation never holds them.
    static func compute(_ spec: Spec, in work: SharedWork) -> Self {
        if work.keeps(FullTemplate.self) {
            let template = work.value(of: FullTemplate.self, for: spec)
            guard case .object(let resources)? = template["Resources"] else { preconditionFailure("a template has resources") }
            return Self(bytes: JSONWriter.byteCount(template), resources: resources.count)
        }
        let assembly = TemplateAssembly(spec: spec, stages: spec.effectiveStages, countingPaths: true)
        let template = CloudFormationEmitter.build(assembly)
        // The template holds `"paths": {}` where the counted paths go (or no body at all,
        // and then nothing was counted: `{}` for `{}`).
        let paths = assembly.pathCounter?.byteCount ?? 2
        return Self(bytes: JSONWriter.byteCount(template.json) - 2 + paths, resources: template.resources.count)
    }
}
