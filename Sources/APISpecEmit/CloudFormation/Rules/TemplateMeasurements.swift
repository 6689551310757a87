import APISpecCore
import APISpecValidation

/// What the size rules read: the length of the template every stage deploys, as it would
/// be written, and its number of resources.
struct TemplateMeasurements: SharedItem {
    /// Exact up to the size rule's limit; past it, a length past it too.
    var bytes: Int
    var resources: Int

    /// Measured on the whole template when the run keeps it for `emit`; otherwise its
    /// resources are counted as they are made and dropped, so validation never holds them,
    /// and the OpenAPI body's paths (most of a large template) last, only while within the limit.
    static func compute(_ spec: Spec, in work: SharedWork) -> Self {
        if work.keeps(FullTemplate.self) {
            let template = work.value(of: FullTemplate.self, for: spec)
            guard case .object(let resources)? = template.value["Resources"] else { preconditionFailure("a template has resources") }
            return Self(bytes: template.byteCount(upTo: CloudFormationTemplateTooLarge.limit), resources: resources.count)
        }
        let assembly = TemplateAssembly(
            spec: spec, stages: spec.effectiveStages, measuringUpTo: CloudFormationTemplateTooLarge.limit)
        let rest = CloudFormationEmitter.build(assembly)
        assembly.countPaths()
        guard let counters = assembly.counters else { preconditionFailure("a measuring assembly counts") }
        return Self(bytes: counters.bytes(besides: rest), resources: counters.resourceCount)
    }
}
