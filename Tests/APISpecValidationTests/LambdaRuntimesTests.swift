import Testing

@testable import APISpecValidation

@Suite struct LambdaRuntimesTests {
    @Test func datesAreIsoDatesSoTheyCompareAsStrings() {
        let lifecycles = LambdaRuntimes.table.values
        let dates = [LambdaRuntimes.asOf] + lifecycles.flatMap { [$0.deprecated, $0.blockCreate].compactMap { $0 } }
        for date in dates {
            #expect(date.wholeMatch(of: /20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/) != nil, "\(date)")
        }
    }

    @Test func statusFollowsTheTableAsOfItsDate() {
        #expect(LambdaRuntimes.status(of: "python3.13") == .supported)
        #expect(LambdaRuntimes.status(of: "python3.9") == .deprecated(since: "2025-12-15"))
        #expect(LambdaRuntimes.status(of: "python2.7") == .noLongerCreatable(since: "2021-07-15"))
        #expect(LambdaRuntimes.status(of: "python3") == .unknown)
    }

    /// A runtime blocked before the table's date must also be past its deprecation.
    @Test func blockedRuntimesAreDeprecated() {
        for (runtime, lifecycle) in LambdaRuntimes.table {
            guard let blocked = lifecycle.blockCreate, blocked <= LambdaRuntimes.asOf else { continue }
            #expect(lifecycle.deprecated <= LambdaRuntimes.asOf, "\(runtime)")
        }
    }

    @Test func successorIsTheNewestSupportedRuntimeOfTheLanguage() {
        #expect(LambdaRuntimes.successor(of: "python2.7") == "python3.14")
        #expect(LambdaRuntimes.successor(of: "nodejs12.x") == "nodejs24.x")
        #expect(LambdaRuntimes.successor(of: "java8") == "java25")
        #expect(LambdaRuntimes.successor(of: "go1.x") == nil)
        for runtime in LambdaRuntimes.table.keys {
            if let successor = LambdaRuntimes.successor(of: runtime) {
                #expect(LambdaRuntimes.status(of: successor) == .supported)
            }
        }
    }
}
