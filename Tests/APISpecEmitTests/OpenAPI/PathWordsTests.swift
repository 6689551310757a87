import APISpecCore
import Testing
@testable import APISpecEmit

/// `PathWords` keeps the last path's words for the next id: each path's words must be its
/// own (`OperationIDs.appendWords`), whichever path came before (the same, another, one
/// without words, one outside ASCII, none), and a path's route path asked for only when
/// the path is not the last.
struct PathWordsTests {
    @Test func eachPathHasItsOwnWords() {
        let paths: [RoutePath?] = [
            RoutePath("/pets/{petId}"), RoutePath("/a-b_c/{proxy+}"), RoutePath("/"), RoutePath("/café/{id}"), nil,
            RoutePath("/x2/Y"),
        ]
        var words = PathWords()
        var last: Int?
        for number in [0, 0, 1, 2, 2, 3, 3, 4, 0, 5, 2, 2] {
            var asked = false
            words.name(path: Int32(number)) {
                asked = true
                return paths[number]
            }
            #expect(asked == (number != last))
            last = number
            var own: [UInt8] = []
            OperationIDs.appendWords(of: paths[number], to: &own)
            #expect(words.words == own)
        }
        words.name(path: 1) { paths[1] }
        #expect(String(decoding: words.words, as: UTF8.self) == "ABCProxy")
    }
}
