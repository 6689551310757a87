/// Text with `↓` markers in it, as rule examples write them: each marker stands
/// right before the character a diagnostic must point at. The markers are removed
/// and their positions computed here, so nobody counts lines and columns by hand.
public struct MarkedText: Sendable {
    /// A 1-based line and column, columns counted in Unicode scalars as the loader counts them.
    public struct Position: Hashable, Comparable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }

        public var description: String { "\(line):\(column)" }
    }

    /// The text without markers.
    public var text: String
    /// Where each marker stood in `text`, in order.
    public var positions: [Position]

    public init(_ marked: String, marker: Unicode.Scalar = "↓") {
        var scalars = String.UnicodeScalarView()
        var positions: [Position] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == marker {
                positions.append(Position(line: line, column: column))
                continue
            }
            scalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        text = String(scalars)
        self.positions = positions
    }
}
