import APISpecCore
import APISpecValidation
import OrderedCollections

/// `apispec emit --cloudformation`: one template that deploys the whole API with standard
/// AWS tooling. See docs/cloudformation.md for what becomes what.
public enum CloudFormationEmitter {
    /// The work to validate with before `emit(_:stage:shared:)`: emitting every stage, it keeps
    /// the template the size rules measure, to write it; otherwise they only count.
    public static func sharedWork(stage: String?) -> SharedWork {
        stage == nil ? SharedWork(keeping: [FullTemplate.self]) : SharedWork()
    }

    /// The template for every stage, or only `stage`. `shared` is the validation run's
    /// work, which holds the template of every stage when it came from `sharedWork(stage:)`.
    public static func emit(_ spec: Spec, stage: String?, shared: SharedWork = SharedWork()) throws -> String {
        try document(spec, stage: stage, shared: shared).text
    }

    /// What `emit` writes, to stream.
    public static func document(_ spec: Spec, stage: String?, shared: SharedWork = SharedWork()) throws -> JSONDocument {
        guard let stage else { return shared.value(of: FullTemplate.self, for: spec) }
        return document(spec, stages: try selectStages(spec, stage))
    }

    /// The template of `stages`, but for the OpenAPI body's paths (most of a large one),
    /// made while it is written.
    static func document(_ spec: Spec, stages: OrderedDictionary<String, Stage>) -> JSONDocument {
        let assembly = TemplateAssembly(spec: spec, stages: stages, pathsApart: true)
        let template = build(assembly).json
        guard let paths = assembly.bodyPaths else { return JSONDocument(template) }
        return JSONDocument(template, filling: OpenAPIBody.pathsKeys(api: assembly.api), with: paths)
    }

    static func template(_ spec: Spec, stage: String?) throws -> Template {
        build(spec, stages: try selectStages(spec, stage))
    }

    static func selectStages(_ spec: Spec, _ name: String?) throws -> OrderedDictionary<String, Stage> {
        let stages = spec.effectiveStages
        guard let name else { return stages }
        guard let stage = stages[name] else {
            throw CloudFormationEmitError.unknownStage(name, known: Array(stages.keys))
        }
        return [name: stage]
    }

    /// Parts add themselves in a fixed order, so the template reads top-down: parameters, the
    /// API and its stages, functions and their permissions, usage plans, domains.
    static func build(_ spec: Spec, stages: OrderedDictionary<String, Stage>) -> Template {
        build(TemplateAssembly(spec: spec, stages: stages))
    }

    static func build(_ assembly: TemplateAssembly) -> Template {
        TemplateParameters.add(to: assembly)
        var permissions = InvokePermissions()
        switch assembly.spec.apiProtocol {
        case .http: HTTPAPI.add(to: assembly, permissions: &permissions)
        case .rest: RESTAPI.add(to: assembly, permissions: &permissions)
        case .websocket: WebSocketAPI.add(to: assembly, permissions: &permissions)
        }
        for function in assembly.functions { FunctionResources.add(function, to: assembly) }
        permissions.add(to: assembly)
        InvokeURLs.add(to: assembly)
        UsagePlanResources.add(to: assembly)
        CustomDomains.add(to: assembly)
        return assembly.template
    }
}
