import APISpecTestSupport
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

    /// Lines far apart are each picked, and only they, whichever others pass between them.
    @Test func linesFarApartArePickedAndNoOthers() {
        let source = Self.file((1...10).map { "line \($0)" }.joined(separator: "\n"))
        #expect(source.lines([7, 2, 10, 12, 0]) == [2: "line 2", 7: "line 7", 10: "line 10"])
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
        let asked = ReadsAsked()
        let result = Frontend.load(
            Array(Self.spec.utf8), path: "pets.yaml", quoting: .fromDisk(holding: Array(Self.spec.utf8), asked: asked))
        let unknown = try #require(result.diagnostics.first { $0.id == "unknown-key" })
        #expect(result.source.bytes.isEmpty)
        #expect(asked.reads.isEmpty)
        #expect(result.source.lines([2, unknown.location.line]) == [
            2: "name: pets", 4: "  GET /pets: {mock: {status: 200}, auth: none, colour: red}",
        ])
        #expect(asked.reads.map(\.path) == ["pets.yaml"] && asked.reads.map(\.limit) == [Self.spec.utf8.count + 1])
        #expect(result.source.restored().bytes == Array(Self.spec.utf8))
    }

    /// A file that changed since it was loaded, or cannot be read, quotes nothing rather than a wrong line.
    @Test(arguments: [
        "apispec: 1\nname: cats\nroutes:\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\n",
        "apispec: 1\nname: pets\nroutes:\n  GET /pets: {mock: {status: 200}, auth: none, colour: red}\n\n",
        "apispec: 1\nname: pets\n",
        nil,
    ])
    func aChangedFileQuotesNothing(_ now: String?) {
        let result = Frontend.load(
            Array(Self.spec.utf8), path: "pets.yaml", quoting: .fromDisk(holding: now.map { Array($0.utf8) }))
        #expect(result.source.lines([1, 2, 4]).isEmpty)
        #expect(result.source.restored().bytes.isEmpty)
    }

    /// A large file is read again only as far as the fingerprint's block (a mebibyte) that holds
    /// the last line quoted: a change after that block leaves the lines read as they were
    /// loaded, and they are quoted; a change before its end quotes nothing.
    @Test func aLargeFileIsReadAgainOnlyAsFarAsItsQuotedLines() throws {
        let line = "  GET /items/{id}: {function: handler, auth: none}\n"
        let text = "apispec: 1\nname: big\nroutes:\n" + String(repeating: line, count: 60_000)
        let bytes = Array(text.utf8)
        let block = SourceFingerprint.blockSize
        try #require(bytes.count > 2 * block + block / 2)
        // Line 3 is in the first block; the line at 1.5 MiB in the second.
        let middle = 3 + (block + block / 2 - 29) / line.utf8.count
        func quoted(_ now: [UInt8], _ numbers: Set<Int>) -> (lines: [Int: Substring], handed: Int) {
            let asked = ReadsAsked()
            let source = SourceFile(path: "big.yaml", readAgain: bytes, reading: SourceFile.reader(holding: now, chunk: 4_096, asked: asked))
            return (source.lines(numbers), asked.bytesHanded)
        }
        let whole = SourceFile(path: "big.yaml", bytes: bytes).lines([3, middle])
        #expect(whole[3] == "routes:" && whole[middle] == Substring(line.dropLast()))
        let early = quoted(bytes, [3, middle])
        #expect(early.lines == whole)
        #expect(early.handed == 2 * block)
        var changedLate = bytes
        changedLate[2 * block + 10] ^= 0x01
        changedLate += Array("  extra: line\n".utf8)
        #expect(quoted(changedLate, [3, middle]).lines == whole)
        var changedInside = bytes
        changedInside[2 * block - 1] ^= 0x01
        #expect(quoted(changedInside, [3, middle]).lines.isEmpty)
        // The file's last, partial block holds the line: read to the end and checked whole.
        let last = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(quoted(bytes, [last - 1]).lines == [last - 1: Substring(line.dropLast())])
        #expect(quoted(changedLate, [last - 1]).lines.isEmpty)
        // Restoring the bytes still reads and checks the whole file.
        let restored = SourceFile(path: "big.yaml", readAgain: bytes, reading: SourceFile.reader(holding: changedLate, chunk: 4_096)).restored()
        #expect(restored.bytes.isEmpty)
    }

    /// Bytes kept in memory (stdin) are quoted as they are; nothing is read again.
    @Test func bytesKeptInMemoryAreNotReadAgain() {
        let result = Frontend.load(Array(Self.spec.utf8), path: "<stdin>", quoting: .fromMemory)
        #expect(result.source.line(2) == "name: pets")
        #expect(result.source.restored().bytes == Array(Self.spec.utf8))
    }

    /// Lines picked from a file read again in chunks of any size are the lines of the whole
    /// text, whichever chunks the breaks (`\r\n`, NEL, LS/PS) and the text around them fall in.
    @Test(arguments: [1, 2, 3, 5, 8, 64])
    func linesReadInChunksAreTheWholeTextsLines(_ chunk: Int) {
        let text = "a: 1\r\nnamé: →x\u{85}\u{85}c\u{2028}d\re\u{2029}©→‐f\r\n\nlast"
        let bytes = Array(text.utf8)
        let whole = Self.file(text)
        let read = SourceFile(path: "s.yaml", readAgain: bytes, reading: SourceFile.reader(holding: bytes, chunk: chunk))
        let numbers = Set(0...12)
        #expect(read.lines(numbers) == whole.lines(numbers))
        #expect(whole.lines(numbers) == [
            1: "a: 1", 2: "namé: →x", 3: "", 4: "c", 5: "d", 6: "e", 7: "©→‐f", 8: "", 9: "last",
        ])
        var hasher = SourceFingerprint.Hasher()
        for start in stride(from: 0, to: bytes.count, by: chunk) {
            bytes[start..<min(start + chunk, bytes.count)].withUnsafeBytes { hasher.add($0) }
        }
        #expect(hasher.fingerprint == SourceFingerprint(bytes))
    }

    /// Eight bytes are passed at a time only when none may break a line: a break, or a
    /// byte below 0x0E or above 0x7F that is not one (a tab, `é`, `→`, a lone `C2`/`E2` start),
    /// at every place in a word, finds the same next break as a byte at a time.
    @Test func theNextPossibleBreakIsFoundWhereverItFalls() {
        let others: [[UInt8]] = [[0x0A], [0x0D], [0xC2, 0x85], [0xE2, 0x80, 0xA8], [0x09], Array("é".utf8), Array("→".utf8), [0x0B]]
        for other in others {
            for place in 0..<24 {
                let bytes = Array(repeating: UInt8(ascii: "a"), count: place) + other + Array(repeating: UInt8(ascii: "b"), count: 20)
                let expected = bytes.firstIndex { [0x0A, 0x0D, 0xC2, 0xE2].contains($0) } ?? bytes.count
                for start in 0...min(place, 9) {
                    let found = bytes.withUnsafeBytes { LinePicker.nextMayBreak(in: $0, from: start) }
                    #expect(found == expected, "\(other) at \(place), from \(start)")
                }
            }
        }
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
        #expect(Set(seen.map(\.blocks)).count == seen.count)
        #expect(SourceFingerprint(bytes) == SourceFingerprint(Array(bytes)))
    }
}
