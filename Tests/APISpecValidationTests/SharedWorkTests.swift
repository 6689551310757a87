import APISpecCore
import Testing

@testable import APISpecValidation

/// Serialized: both tests count computations of the same item.
@Suite(.serialized) struct SharedWorkTests {
    /// Counts how often it is computed.
    final class Counter: @unchecked Sendable {
        var computed = 0
    }

    enum CountedItem: SharedItem {
        static let counter = Counter()
        static func compute(_ spec: Spec, in work: SharedWork) -> Int {
            counter.computed += 1
            return spec.routes.count
        }
    }

    /// Two rules that read the same item: one computation per run.
    struct ReadsItem: SharingRule {
        let id: String
        let severity = Diagnostic.Severity.warning
        let summary = ""
        let explanation = ""
        let examples: [RuleExample] = []

        func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
            let routes = shared.value(of: CountedItem.self, for: spec)
            report.append(Diagnostic(severity, id: id, "\(routes) routes", at: spec.rootLocation))
        }
    }

    @Test func sharedWorkIsDoneOncePerRunAndAgainOnTheNext() throws {
        let yaml = "apispec: 1\nname: a\nroutes:\n  GET /a: {mock: {status: 200}, auth: none}\n"
        let rules = [ReadsItem(id: "first"), ReadsItem(id: "second")]
        let before = CountedItem.counter.computed
        let result = Validator.check(Array(yaml.utf8), path: "a.yaml", rules: rules)
        #expect(result.diagnostics.filter { $0.message == "1 routes" }.map(\.id) == ["first", "second"])
        #expect(CountedItem.counter.computed == before + 1)

        let shared = SharedWork()
        _ = Validator.check(Array(yaml.utf8), path: "a.yaml", rules: rules, shared: shared)
        let spec = try #require(result.spec)
        #expect(shared.value(of: CountedItem.self, for: spec) == 1)
        #expect(CountedItem.counter.computed == before + 2)
    }

    /// Run on its own, a sharing rule computes what it needs.
    @Test func aSharingRuleWorksAlone() throws {
        let yaml = "apispec: 1\nname: a\nroutes:\n  GET /a: {mock: {status: 200}, auth: none}\n"
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "a.yaml").spec)
        var found: [Diagnostic] = []
        ReadsItem(id: "alone").check(spec, &found)
        #expect(found.map(\.message) == ["1 routes"])
    }
}
