import APISpecCore

/// One check over the typed model. Its metadata is what `apispec rules` and
/// `apispec explain ID` print, and its examples are run as tests, so the prose
/// and the behaviour cannot drift apart.
public protocol Rule: Sendable {
    /// Stable kebab-case identifier that explains itself (`route-without-auth`).
    var id: String { get }
    var severity: Diagnostic.Severity { get }
    /// One line: what the rule finds.
    var summary: String { get }
    /// Why it matters and how to fix it, in a few sentences.
    var explanation: String { get }
    /// Specs that show the rule firing (with `↓` markers) and not firing. Rules compute
    /// them when asked (`explain`, the docs, the tests), so a run does not build them.
    var examples: [RuleExample] { get }

    /// Appends one diagnostic per finding. Entities in `spec.broken` get none.
    func check(_ spec: Spec, _ report: inout [Diagnostic])

    /// The same, with work other rules share (see `SharedWork`): what the validator calls.
    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic])

    /// Set when the rule judges each route or function on its own (`RouteRule`,
    /// `FunctionRule`): the validator then runs it with the others of its kind, over blocks
    /// of routes or functions (`BlockPass`).
    var blockCheck: BlockCheck? { get }
}

extension Rule {
    public func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        check(spec, &report)
    }
}

extension Rule {
    /// A finding of this rule, with its id and severity.
    func finding(_ message: String, at location: SourceLocation, hint: String, notes: [Diagnostic.Note] = [])
        -> Diagnostic
    {
        Diagnostic(severity, id: id, message, at: location, hint: hint, notes: notes)
    }
}
