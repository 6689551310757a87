import APISpecCore

/// `apispec emit --openapi`: one stage's OpenAPI document, standalone (no CloudFormation around it).
public enum OpenAPIEmitter {
    public static func emit(_ spec: Spec, stage: String?, awsExtensions: Bool) throws -> String {
        try document(spec, stage: stage, awsExtensions: awsExtensions).text
    }

    /// What `emit` writes, to stream: the paths are made as they are written.
    public static func document(_ spec: Spec, stage: String?, awsExtensions: Bool) throws -> JSONDocument {
        guard spec.apiProtocol != .websocket else { throw OpenAPIEmitError.websocketProtocol }
        let builder = OpenAPIBuilder(
            spec: spec, stage: try chooseStage(spec, requested: stage),
            targets: StandaloneTargets(), awsExtensions: awsExtensions)
        let (document, paths) = builder.parts()
        return JSONDocument(document, filling: ["paths"], with: paths)
    }

    /// `--stage`, else `local.stage`, else the first declared stage, else the implicit one.
    static func chooseStage(_ spec: Spec, requested: String?) throws -> String {
        let stages = spec.effectiveStages
        guard let name = requested ?? spec.local?.stage?.value else { return stages.keys[0] }
        guard stages[name] != nil else { throw OpenAPIEmitError.unknownStage(name, known: Array(stages.keys)) }
        return name
    }
}
