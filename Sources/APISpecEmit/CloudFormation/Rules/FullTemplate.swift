import APISpecCore
import APISpecValidation

/// The template of every stage as a JSON document: what `emit --cloudformation` without
/// `--stage` writes, and, when that emit keeps it, what the size rules measure.
enum FullTemplate: SharedItem {
    static func compute(_ spec: Spec, in work: SharedWork) -> JSONDocument {
        CloudFormationEmitter.document(spec, stages: spec.effectiveStages)
    }
}
