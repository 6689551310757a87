/// Resources that one function makes from a few strings, each written once in the resource
/// (a route's invoke permission: its function's id and its source path), given in pieces
/// (`Pieces`) as UTF-8 bytes. JSON escapes each character on its own, so a string's bytes add up the same
/// inside a longer string, and a string's are those of its pieces. A template that is only
/// measured counts such a resource without making it: the bytes of the one made with empty
/// strings, once, plus the pieces' own bytes as JSON writes them. A template that is written
/// writes it without making it: the text of the one made with marker strings, once, cut
/// where the markers are, with the pieces written between the cuts.
struct ResourceShape {
    /// Hands each piece of string `number` to `piece`, in order: bytes, so that a piece made
    /// in a buffer (a route's source path) needs no String of its own.
    typealias Pieces = (_ number: Int, _ piece: (UnsafeBufferPointer<UInt8>) -> Void) -> Void

    private let makeResource: ([String]) -> Resource
    /// How many strings `make` takes.
    private let strings: Int
    /// The resource with every string empty, as the template counts it; set on first use.
    private var emptyBytes: Int?
    /// Where a template writes the resource (`cutText`'s indent); nil until it first does.
    private var cutIndent: Int?
    /// The resource's text at `cutIndent`, cut where each string goes.
    private var cutText: CutText?

    init(strings: Int, _ make: @escaping ([String]) -> Resource) {
        self.strings = strings
        makeResource = make
    }

    /// The resource made from the strings `pieces` gives.
    func make(_ pieces: Pieces) -> Resource {
        makeResource((0..<strings).map { number in
            var string = ""
            pieces(number) { string += String(decoding: $0, as: UTF8.self) }
            return string
        })
    }

    /// The resource's bytes, `count` giving the bytes of a resource's JSON.
    mutating func bytes(_ pieces: Pieces, count: (JSONValue) -> Int) -> Int {
        let empty = emptyBytes ?? count(makeResource(Array(repeating: "", count: strings)).json)
        emptyBytes = empty
        var bytes = empty
        for number in 0..<strings {
            pieces(number) { piece in
                bytes += JSONWriter.hasEscapable(piece) ? JSONWriter.contentByteCount(String(decoding: piece, as: UTF8.self)) : piece.count
            }
        }
        return bytes
    }

    /// The text of the resource made with markers for strings, less the markers, and where
    /// each string goes in it. A class: a resource written from it retains it alone (a
    /// struct's two arrays were copied out of the shape, and released, for each resource).
    final class CutText {
        let bytes: [UInt8]
        /// Where each string goes in `bytes`, in order, and which string it is.
        let cuts: [(offset: Int, string: Int)]

        init(bytes: [UInt8], cuts: [(offset: Int, string: Int)]) {
            self.bytes = bytes
            self.cuts = cuts
        }

        /// The resource's text with the strings `pieces` gives.
        func write(_ pieces: Pieces, into out: inout ChunkOutput) {
            bytes.withUnsafeBytes { bytes in
                var start = 0
                for (offset, string) in cuts {
                    out.append(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
                    pieces(string) { piece in
                        // Almost no piece needs an escape: it is then copied as it is.
                        guard JSONWriter.hasEscapable(piece) else { return out.append(bytes: UnsafeRawBufferPointer(piece)) }
                        JSONWriter.writeStringContent(String(decoding: piece, as: UTF8.self), into: &out)
                    }
                    start = offset
                }
                out.append(bytes: UnsafeRawBufferPointer(rebasing: bytes[start...]))
            }
        }
    }

    /// The resource's text at `indent`, cut; nil when a marker is not found once in it (a
    /// string `make` does not write as it is), and the resource is then made to be written.
    mutating func text(indent: Int) -> CutText? {
        if cutIndent == indent { return cutText }
        cutText = Self.cut(makeResource((0..<strings).map(Self.marker)).json, strings: strings, indent: indent)
        cutIndent = indent
        return cutText
    }

    /// Text no spec string can make: a control character JSON escapes, around the string's number.
    private static func marker(_ number: Int) -> String { "\u{1}apispec-string-\(number)\u{1}" }

    private static func cut(_ value: JSONValue, strings: Int, indent: Int) -> CutText? {
        let text = JSONDocument { JSONWriter.write(value, indent: indent, into: &$0) }.bytes
        let markers = (0..<strings).map { number in
            JSONDocument { JSONWriter.writeStringContent(marker(number), into: &$0) }.bytes
        }
        // Each marker once, in the order the text has them.
        var found: [(offset: Int, string: Int)] = []
        for (string, marker) in markers.enumerated() {
            let offsets = offsets(of: marker, in: text)
            guard offsets.count == 1 else { return nil }
            found.append((offsets[0], string))
        }
        found.sort { $0.offset < $1.offset }
        var bytes: [UInt8] = []
        var cuts: [(offset: Int, string: Int)] = []
        var start = 0
        for (offset, string) in found {
            bytes += text[start..<offset]
            cuts.append((bytes.count, string))
            start = offset + markers[string].count
        }
        bytes += text[start...]
        return CutText(bytes: bytes, cuts: cuts)
    }

    /// Where `marker` starts in `text`: each place its first byte is, compared from there
    /// (a comparison at every byte cost some 100 instructions a byte, for each string of
    /// each shape a template cuts).
    private static func offsets(of marker: [UInt8], in text: [UInt8]) -> [Int] {
        guard let first = marker.first, marker.count <= text.count else { return [] }
        return (0...(text.count - marker.count)).filter { offset in
            text[offset] == first && text[offset..<offset + marker.count].elementsEqual(marker)
        }
    }
}
