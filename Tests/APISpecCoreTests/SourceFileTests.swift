import Foundation
import Testing

@testable import APISpecCore

@Suite struct SourceFileTests {
    static func file(_ text: String) -> SourceFile { SourceFile(path: "s.yaml", bytes: Array(text.utf8)) }

    @Test func quotesEachLineWithoutItsBreak() {
        let source = Self.file("a: 1\nnamé: →x\n\nlast")
        #expect(source.line(1) == "a: 1")
        #expect(source.line(2) == "namé: →x")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "last")
    }

    @Test func linesPastEitherEndAreNil() {
        let source = Self.file("a: 1\nb: 2\n")
        #expect(source.line(0) == nil)
        #expect(source.line(3) == "")
        #expect(source.line(4) == nil)
        #expect(Self.file("").line(1) == nil)
    }

    /// libyaml numbers lines across every YAML line break; the quoted line must be the one
    /// its line number means, whatever the file's breaks are.
    @Test(arguments: ["\r\n", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"])
    func everyYAMLLineBreakEndsALine(_ lineBreak: String) {
        let source = Self.file(["a: 1", "b: 2", "", "c: é"].joined(separator: lineBreak) + lineBreak)
        #expect(source.line(1) == "a: 1")
        #expect(source.line(2) == "b: 2")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "c: é")
        #expect(source.line(5) == "")
        #expect(source.line(6) == nil)
    }

    /// The lines libyaml reports in a CRLF file are the lines quoted.
    @Test func aDiagnosticInACRLFFileQuotesItsLine() throws {
        let yaml = "apispec: 1\r\nname: pets\r\nroutes:\r\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\r\n"
        let result = Frontend.load(Array(yaml.utf8), path: "crlf.yaml")
        let unknown = try #require(result.diagnostics.first { $0.id == "unknown-key" })
        #expect(unknown.location.line == 4)
        #expect(result.source.line(unknown.location.line) == "  GET /pets: {mock: {status: 200}, auth: none, colour: red}")
    }

    static let spec = "apispec: 1\nname: pets\nroutes:\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\n"

    /// A file spec lets its bytes go after loading and quotes the line it reads again.
    @Test func aFileReadAgainQuotesItsLine() throws {
        let asked = Asked()
        let result = Frontend.load(Array(Self.spec.utf8), path: "pets.yaml", quoting: .fromDisk { path, limit in
            asked.record(path, limit)
            return Array(Self.spec.utf8)
        })
        let unknown = try #require(result.diagnostics.first { $0.id == "unknown-key" })
        #expect(result.source.bytes.isEmpty)
        #expect(result.source.line(4) == nil)
        #expect(asked.paths.isEmpty)
        let restored = result.source.restored()
        #expect(asked.paths == ["pets.yaml": Self.spec.utf8.count + 1])
        #expect(restored.line(unknown.location.line) == "  GET /pets: {mock: {status: 200}, auth: none, colour: red}")
    }

    /// A file that changed since it was loaded, or cannot be read, quotes nothing rather than a wrong line.
    @Test(arguments: [
        "apispec: 1\nname: cats\nroutes:\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\n",
        "apispec: 1\nname: pets\nroutes:\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\n\n",
        "apispec: 1\nname: pets\n",
        nil,
    ])
    func aChangedFileQuotesNothing(_ now: String?) {
        let result = Frontend.load(Array(Self.spec.utf8), path: "pets.yaml", quoting: .fromDisk { _, _ in now.map { Array($0.utf8) } })
        let restored = result.source.restored()
        #expect(restored.bytes.isEmpty)
        #expect(restored.line(4) == nil)
    }

    /// Bytes kept in memory (stdin) are quoted as they are; nothing is read again.
    @Test func bytesKeptInMemoryAreNotReadAgain() {
        let result = Frontend.load(Array(Self.spec.utf8), path: "<stdin>", quoting: .fromMemory)
        let restored = result.source.restored()
        #expect(restored.line(2) == "name: pets")
    }

    /// Each byte counts, wherever it falls in the eight-byte steps of the hash.
    @Test func theFingerprintTellsEveryByteApart() {
        let bytes = Array("apispec: 1\nname: pets\nroutes: {}\n".utf8)
        var seen = [SourceFingerprint(bytes)]
        for index in bytes.indices {
            var changed = bytes
            changed[index] ^= 0x01
            seen.append(SourceFingerprint(changed))
        }
        #expect(Set(seen.map(\.hash)).count == seen.count)
        #expect(SourceFingerprint(bytes) == SourceFingerprint(Array(bytes)))
    }
}

/// The reads a test's reader was asked for, by path (the reader is `@Sendable`).
final class Asked: @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [String: Int] = [:]

    var paths: [String: Int] { lock.withLock { asked } }

    func record(_ path: String, _ limit: Int) {
        lock.withLock { asked[path] = limit }
    }
}
