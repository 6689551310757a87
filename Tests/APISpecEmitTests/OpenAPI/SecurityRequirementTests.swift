import APISpecCore
import Testing
@testable import APISpecEmit

/// A security requirement keeps its route's scopes, located: two are the same requirement
/// when their scopes' names are, wherever they were written (their texts are then one text).
struct SecurityRequirementTests {
    private func requirement(_ scopes: [String], line: Int, apiKey: Bool = false) -> OpenAPIBuilder.SecurityRequirement {
        var requirement = OpenAPIBuilder.SecurityRequirement(apiKey: apiKey)
        requirement.scheme = "users"
        requirement.scopes = scopes.enumerated().map { Located($1, at: SourceLocation(file: "api.yaml", line: line, column: $0)) }
        return requirement
    }

    @Test func sameScopeNamesAreTheSameRequirementWhereverWritten() {
        let lists: [[String]] = [[], ["items/write"], ["items/admin"], ["items/write", "items/admin"], ["items/admin", "items/write"]]
        for a in lists {
            for b in lists {
                #expect((requirement(a, line: 1) == requirement(b, line: 2)) == (a == b))
            }
            #expect(requirement(a, line: 1) != requirement(a, line: 1, apiKey: true))
        }
    }
}
