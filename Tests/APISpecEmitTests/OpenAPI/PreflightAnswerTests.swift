import APISpecCore
import Testing
@testable import APISpecEmit

/// A preflight's `Access-Control-Allow-Methods`, made once for every path when the policy
/// lists its methods: it must be what the path's own methods give.
struct PreflightAnswerTests {
    static let at = APISpecCore.SourceLocation(file: "c.yaml", line: 1, column: 1)

    static func policy(methods: [String]) -> CorsPolicy {
        var policy = CorsPolicy(provenance: Provenance(at))
        policy.allowMethods = methods.map { Located($0, at: at) }
        return policy
    }

    @Test(arguments: [[], ["GET", "PATCH"]])
    func allowedMethodsAreThePathsAnswer(_ listed: [String]) {
        let answer = PreflightAnswer(Self.policy(methods: listed))
        for methods in [[], ["GET"], ["POST", "DELETE"]] {
            #expect(answer.allowedMethods { methods } == CorsHeaders.staticValue(answer.cors.allowedMethods(methods)))
        }
    }

    @Test func listedMethodsNeedNoPathMethods() {
        let answer = PreflightAnswer(Self.policy(methods: ["GET", "PUT"]))
        #expect(answer.allowedMethods { Issue.record("the path's methods were looked up"); return [] } == "'GET,PUT'")
        #expect(PreflightAnswer(Self.policy(methods: [])).allowedMethods { ["GET", "PUT"] } == "'GET,PUT,OPTIONS'")
    }
}
