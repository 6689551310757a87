/// Cuts the text of a resource, written once with a marker where a string of its goes (or in
/// two forms, without and with an optional part), into the pieces every resource of its kind
/// shares: a resource written from them copies those pieces and writes only what is its own
/// between them (a function's role and log group, for each function of a large API).
enum SharedText {
    /// Marker `number`: a string that JSON writes as it is, and a log group's name keeps
    /// whole; the texts cut are of constants and markers alone.
    static func marker(_ number: Int = 0) -> String { "apispec-shared-text-marker-\(number)-" }

    /// The text `write` writes.
    static func text(_ write: @escaping (inout ChunkOutput) -> Void) -> [UInt8] {
        JSONDocument(writtenBy: write).bytes
    }

    /// `text` cut where markers 0 to `markers - 1` are, each once and in that order: one
    /// piece more than markers.
    static func split(_ text: [UInt8], markers: Int = 1) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var start = 0
        for number in 0..<markers {
            let marker = Array(marker(number).utf8)
            let places = text.indices.dropLast(marker.count - 1).filter { text[$0..<$0 + marker.count].elementsEqual(marker) }
            precondition(places.count == 1 && places[0] >= start, "each marker is in the text once, in order")
            pieces.append(Array(text[start..<places[0]]))
            start = places[0] + marker.count
        }
        pieces.append(Array(text[start...]))
        return pieces
    }

    /// `longer` as `start + inserted + end`, where `shorter` is `start + end`: the text with an
    /// optional part, cut where that part goes. The part starts with a comma (it is a
    /// member or an item after others) where `shorter` goes on with a new line: no other byte
    /// could start it.
    static func insertion(in longer: [UInt8], against shorter: [UInt8]) -> (start: [UInt8], inserted: [UInt8], end: [UInt8]) {
        let start = zip(longer, shorter).prefix { $0 == $1 }.count
        let end = shorter.count - start
        precondition(longer.count > shorter.count && longer.suffix(end).elementsEqual(shorter.suffix(end)), "the texts differ by one part")
        let inserted = Array(longer[start..<(longer.count - end)])
        precondition(inserted.first == UInt8(ascii: ","), "the part follows an entry")
        return (Array(shorter[..<start]), inserted, Array(shorter[start...]))
    }
}
