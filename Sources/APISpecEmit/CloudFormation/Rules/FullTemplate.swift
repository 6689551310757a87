import APISpecCore
import APISpecValidation

/// The template of every stage as a JSON document, built once per run: both size rules
/// read it, and `emit --cloudformation` without `--stage` writes it.
enum FullTemplate: SharedItem {
    static func compute(_ spec: Spec) -> JSONValue {
        CloudFormationEmitter.build(spec, stages: spec.effectiveStages).json
    }
}
