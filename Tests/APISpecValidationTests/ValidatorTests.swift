import APISpecCore
import APISpecTestSupport
import Testing

@testable import APISpecValidation

@Suite struct ValidatorTests {
    /// Reports one finding at each marked place, whatever the spec says.
    struct FixedRule: Rule {
        let id = "fixed-finding"
        let severity = Diagnostic.Severity.warning
        let summary = "test rule"
        let explanation = "reports where it is told to"
        let examples: [RuleExample] = []
        let places: [MarkedText.Position]

        func check(_ spec: Spec, _ report: inout [Diagnostic]) {
            for place in places {
                let location = SourceLocation(file: spec.file, line: place.line, column: place.column)
                report.append(Diagnostic(severity, id: id, "found", at: location, hint: "none"))
            }
        }
    }

    /// The registry is not sorted for each run: what the validator reports must not depend on
    /// the order its rules run in. Every rule example, run with the rules as listed and reversed.
    @Test func findingsDoNotDependOnTheOrderRulesRunIn() {
        let reversed = Array(RuleRegistry.all.reversed())
        for example in RuleRegistry.all.flatMap(\.examples) {
            let bytes = Array(example.yaml.utf8)
            let listed = Validator.check(bytes, path: "example.yaml").diagnostics
            #expect(!listed.isEmpty || !example.triggers)
            #expect(Validator.check(bytes, path: "example.yaml", rules: reversed).diagnostics == listed)
        }
    }

    /// Route and function rules run over blocks of routes and functions (`BlockPass`), and the
    /// shared work gathered as they read them (`PathRuns`, which `invalid-http-method` reads): a
    /// spec with more of each than a block holds, with findings on both sides of each boundary,
    /// gets from the validator exactly what each rule finds run alone over the whole spec.
    @Test func blockRulesSeeEveryRouteAndFunctionAcrossBlocks() throws {
        let size = BlockPass.blockSize
        let marked = [0, size - 1, size, 2 * size + 1]
        let functions = (0..<(2 * size + 2)).map { index in
            "  f\(index): {runtime: python3.12, handler: app.handler\(marked.contains(index) ? ", memory: 64" : "")}"
        }
        let routes = (0..<(2 * size + 2)).map { index in
            marked.contains(index) ? "  get /items\(index): {function: f\(index)}" : "  GET /items\(index): {function: f\(index), auth: iam}"
        }
        let yaml = (["apispec: 1", "name: blocks", "functions:"] + functions + ["routes:"] + routes).joined(separator: "\n")
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "blocks.yaml").spec)
        let rules = RuleRegistry.all.filter { $0.blockCheck != nil || $0.id == "invalid-http-method" }
        #expect(rules.contains { $0.id == "route-without-auth" && $0.blockCheck != nil })
        #expect(rules.contains { $0.id == "function-memory-out-of-range" && $0.blockCheck != nil })

        var alone: [Diagnostic] = []
        for rule in rules { rule.check(spec, &alone) }
        let validated = Validator.validate(spec, rules: rules)
        #expect(validated == alone.sortedForOutput())
        for id in ["route-without-auth", "invalid-http-method", "function-memory-out-of-range"] {
            #expect(validated.filter { $0.id == id }.count == marked.count, "\(id)")
        }
    }

    @Test func findingsWhereTheDecoderReportedAnErrorAreDropped() throws {
        let marked = MarkedText("""
            apispec: 1
            name: pets
            routes:
              GET /pets: {function: listPets, auth: none, ↓colour: red}
            functions:
              ↓listPets: {runtime: python3.12, handler: app.list}
            """)
        let rules = [FixedRule(places: marked.positions)]
        let result = Validator.check(Array(marked.text.utf8), path: "pets.yaml", rules: rules)
        let decoderError = try #require(result.diagnostics.first { $0.id == "unknown-key" })
        #expect(decoderError.location.line == marked.positions[0].line)
        let kept = result.diagnostics.filter { $0.id == "fixed-finding" }.map(\.location.line)
        #expect(kept == [marked.positions[1].line])
    }

    @Test func noRulesRunWithoutASpec() {
        let rules = [FixedRule(places: [.init(line: 1, column: 1)])]
        let result = Validator.check(Array("routes: [".utf8), path: "broken.yaml", rules: rules)
        #expect(result.spec == nil)
        #expect(!result.diagnostics.isEmpty)
        #expect(!result.diagnostics.contains { $0.id == "fixed-finding" })
    }

    @Test func diagnosticsComeOutInSourceOrder() {
        let result = Validator.check(Array("""
            apispec: 1
            name: pets
            routes:
              GET /pets: {function: nowhere}
              get /pets/{id}: {function: nowhere, auth: none, colour: red}
            """.utf8), path: "pets.yaml")
        let locations = result.diagnostics.map(\.location)
        #expect(locations == locations.sorted())
        #expect(Set(result.diagnostics.map(\.id)).isSuperset(of: ["route-without-auth", "unknown-key"]))
    }

    @Test func brokenEntitiesDrawNoFurtherFindings() {
        let result = Validator.check(Array("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list, memory: 64, colour: red}
            routes:
              GET /pets: {function: listPets, auth: none}
            """.utf8), path: "pets.yaml")
        let ids = Set(result.diagnostics.map(\.id))
        #expect(ids.contains("unknown-key"))
        #expect(ids.isDisjoint(with: ["function-memory-out-of-range", "unknown-function", "unused-function"]))
    }

    @Test func anInheritedValueIsReportedOnceWhereItIsWritten() {
        let marked = MarkedText("""
            apispec: 1
            name: pets
            defaults:
              auth: ↓none
            functions:
              create: {runtime: python3.12, handler: app.create}
            routes:
              POST /pets: {function: create}
              PUT /pets/{id}: {function: create}
              DELETE /pets/{id}: {function: create}
            """)
        let findings = Validator.check(Array(marked.text.utf8), path: "pets.yaml").diagnostics
            .filter { $0.id == "public-mutating-route" }
        let positions = findings.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) }
        #expect(positions == marked.positions)
    }

    @Test func aValidSpecIsClean() {
        let result = Validator.check(Array("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            defaults:
              auth: users
              function: {runtime: python3.13, memory: 256, timeout: 10}
            functions:
              listPets: {handler: app.list}
              createPet: {handler: app.create}
            routes:
              GET /pets: {function: listPets, auth: none}
              POST /pets: {function: createPet, scopes: [pets/write]}
            stages:
              prod:
                throttling: {rate: 100, burst: 200}
                accessLog: {format: json, retentionDays: 30}
            """.utf8), path: "pets.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    }
}
