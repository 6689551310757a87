/// A complete spec that shows a rule at work. In a triggering example every
/// finding is marked by `↓` right before the character the diagnostic points
/// at; the meta-test strips the markers, runs the whole pipeline and compares.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    /// The spec with its markers.
    public var marked: String
    public var triggers: Bool

    public static func triggering(_ marked: String) -> RuleExample {
        RuleExample(marked: marked, triggers: true)
    }

    public static func nonTriggering(_ yaml: String) -> RuleExample {
        RuleExample(marked: yaml, triggers: false)
    }

    /// The spec as a user would write it: markers removed.
    public var yaml: String { marked.filter { $0 != Self.marker } }
}
