import APISpecCore
import APISpecEmit
import APISpecValidation

/// Load, decode and validate one spec: the front half of every command.
enum SpecCheck {
    /// The validator's rules plus the emitters' own (such as CloudFormation size limits).
    static let rules: [any Rule] = rulesWithoutTemplate + CloudFormationEmitter.cloudFormationRules

    /// What a run that makes no CloudFormation template checks (`emit --openapi`, `emit
    /// --local`, `serve`): the template's size rules judge a document it does not write, and
    /// measuring that template was a fifth of such a run (docs/decisions.md).
    static let rulesWithoutTemplate: [any Rule] = RuleRegistry.all

    /// `rules` sorted by id, for listings.
    static var listedRules: [any Rule] { rules.sorted { $0.id < $1.id } }

    /// `shared` keeps what validation built for the emitter that runs next.
    static func run(
        _ bytes: consuming [UInt8], path: String, limits: LoadLimits, quoting: SourceFile.Quoting,
        rules: [any Rule] = rules, shared: SharedWork = SharedWork()
    ) -> Frontend.Result {
        Validator.check(consume bytes, path: path, limits: limits, quoting: quoting, rules: rules, shared: shared)
    }
}
