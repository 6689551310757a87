import APISpecCore
import Testing
@testable import APISpecEmit

/// `PathWords` keeps the last path's words for the next id: each id must be the one
/// `OperationIDs.base` makes, whichever path came before (the same, another, one without
/// words, one outside ASCII, none).
struct PathWordsTests {
    @Test func eachIdIsTheBaseOfItsOwnPath() {
        let pets = RoutePath("/pets/{petId}")
        let named: [(String, RoutePath?)] = [
            ("get", pets), ("post", pets), ("options", RoutePath("/pets/{petId}")), ("get", RoutePath("/a-b_c/{proxy+}")),
            ("delete", RoutePath("/")), ("any", RoutePath("/")), ("get", RoutePath("/café/{id}")), ("put", RoutePath("/café/{id}")),
            ("any", nil), ("get", pets), ("get", RoutePath("/x2/Y")), ("patch", RoutePath("/")),
        ]
        var words = PathWords()
        for (method, path) in named {
            #expect(words.base(method: method, path: path) == OperationIDs.base(method: method, path: path))
        }
    }
}
