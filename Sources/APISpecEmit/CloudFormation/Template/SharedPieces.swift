/// Up to four pieces of shared text (`SharedText`), in memory of their own that is never
/// freed: made once for the process, they are read for each resource without a reference
/// counted on each read, as an array's storage is (a function's resources read some thirty).
/// Unchecked: the memory is never written after it is made.
struct SharedPieces: @unchecked Sendable {
    private let pieces: (UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer, UnsafeRawBufferPointer)
    let count: Int

    init(_ pieces: [[UInt8]]) {
        precondition((1...4).contains(pieces.count), "one to four pieces")
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: pieces.reduce(0) { $0 + $1.count }, alignment: 1)
        var start = 0
        let kept = pieces.map { piece in
            let place = UnsafeMutableRawBufferPointer(rebasing: memory[start..<(start + piece.count)])
            place.copyBytes(from: piece)
            start += piece.count
            return UnsafeRawBufferPointer(place)
        }
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)
        count = pieces.count
        self.pieces = (kept[0], count > 1 ? kept[1] : empty, count > 2 ? kept[2] : empty, count > 3 ? kept[3] : empty)
    }

    /// One piece.
    init(_ piece: [UInt8]) {
        self.init([piece])
    }

    subscript(index: Int) -> UnsafeRawBufferPointer {
        switch index {
        case 0: pieces.0
        case 1: pieces.1
        case 2: pieces.2
        default: pieces.3
        }
    }
}

extension JSONOutput {
    /// The whole of a piece of shared text.
    mutating func append(shared piece: SharedPieces) {
        append(bytes: piece[0])
    }
}
