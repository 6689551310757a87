import APISpecCore
import APISpecValidation
import OrderedCollections

/// `apispec emit --cloudformation`: one template that deploys the whole API with standard
/// AWS tooling. See docs/cloudformation.md for what becomes what.
public enum CloudFormationEmitter {
    /// The work to validate a spec of `specBytes` with before `emit(_:stage:shared:)`:
    /// emitting every stage, validation writes the template the size rules measure to
    /// `output` (any spec), or keeps it in memory (a spec up to `keptSpecBytes`), and it is
    /// built once.
    public static func sharedWork(stage: String?, specBytes: Int, output: TemplateOutput? = nil) -> SharedWork {
        guard stage == nil, output != nil || specBytes <= keptSpecBytes else { return SharedWork() }
        let work = SharedWork(keeping: [TemplateMeasurements.self])
        if let output { work.provide(TemplateOutput.self, output) }
        return work
    }

    /// Whether the whole template (every stage) is in `shared`'s `TemplateOutput`: written
    /// there by validation, or now.
    public static func sentTemplate(_ spec: Spec, stage: String?, shared: SharedWork) -> Bool {
        stage == nil && shared.keeps(TemplateMeasurements.self)
            && shared.value(of: TemplateMeasurements.self, for: spec).wentToOutput
    }

    /// A larger spec's template (some 20 MB per MiB of spec) is measured by validation without
    /// being held, and built again as it is written: its size, not the time to build it
    /// twice, is what matters then.
    static let keptSpecBytes = 1 << 20

    /// The template for every stage, or only `stage`. `shared` is the validation run's work,
    /// which holds the template of every stage when it came from `sharedWork(stage:specBytes:)`.
    public static func emit(_ spec: Spec, stage: String?, shared: SharedWork = SharedWork()) throws -> String {
        try document(spec, stage: stage, shared: shared).text
    }

    /// What `emit` writes, to stream: the template validation kept, or one written as it is
    /// made, never held.
    public static func document(_ spec: Spec, stage: String?, shared: SharedWork = SharedWork()) throws -> JSONDocument {
        if stage == nil, shared.keeps(TemplateMeasurements.self),
           let kept = shared.value(of: TemplateMeasurements.self, for: spec).template {
            return kept
        }
        let stages = try selectStages(spec, stage)
        return JSONDocument { _ = write(spec, stages: stages, into: &$0) }
    }

    /// Writes the template of `stages` to `output` as it is made; returns its number of
    /// resources, those an output that failed no longer wanted included.
    static func write(_ spec: Spec, stages: OrderedDictionary<String, Stage>, into output: inout ChunkOutput) -> Int {
        let assembly = TemplateAssembly(spec: spec, stages: stages, writingTo: output)
        _ = build(assembly)
        if let written = assembly.finishWriting() { output = written }
        return assembly.writtenResourceCount
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

    /// The API's resources, and the invoke permissions its routes and authorizers ask for,
    /// settled. A measured template then expects the permissions' lower bound, and the body's
    /// paths' when that is not enough, before the functions' resources come: the
    /// permissions' bound reads only what settling them found, and on an API of several
    /// thousand routes passes 1 MB alone.
    static func addAPI(to assembly: TemplateAssembly) -> InvokePermissions {
        var permissions = InvokePermissions()
        switch assembly.spec.apiProtocol {
        case .http: HTTPAPI.add(to: assembly, permissions: &permissions)
        case .rest: RESTAPI.add(to: assembly, permissions: &permissions)
        case .websocket: WebSocketAPI.add(to: assembly, permissions: &permissions)
        }
        permissions.settle(in: assembly)
        assembly.countPathsLast()
        return permissions
    }

    static func build(_ assembly: TemplateAssembly) -> Template {
        TemplateParameters.add(to: assembly)
        let permissions = addAPI(to: assembly)
        // By index, read in place: a copy of each function retained and released its fields.
        let spec = assembly.spec
        let functions = spec.functions.values.elements
        for index in functions.indices where !spec.isBroken("functions", functions[index].name) {
            FunctionResources.add(functions, at: index, ids: assembly.names.functionIDs[index], to: assembly)
        }
        permissions.add(to: assembly)
        InvokeURLs.add(to: assembly)
        UsagePlanResources.add(to: assembly)
        CustomDomains.add(to: assembly)
        return assembly.template
    }
}
