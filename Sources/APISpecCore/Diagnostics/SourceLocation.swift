/// A position in a spec file. Lines and columns are 1-based; columns count Unicode
/// scalars (what libyaml counts). The conversion from libyaml's 0-based marks happens
/// once, in `YAMLLoader`; nothing downstream adjusts it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// Offset in Unicode scalars from the start of the file.
    public var offset: Int

    public init(file: String, line: Int, column: Int, offset: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The same line, `count` scalars further right (for a range inside a scalar).
    public func advanced(by count: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + count, offset: offset + count)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}
