/// A position in a spec file. Lines and columns are 1-based; columns count Unicode
/// scalars (what libyaml counts). The conversion from libyaml's 0-based marks happens
/// once, in `YAMLLoader`; nothing downstream adjusts it.
///
/// Every node, key, field and list item of a loaded spec carries one, so it is kept to
/// 16 bytes: the file's name is shared by reference (half a `String`), and lines and
/// columns are stored in 32 bits (past 4 Gi they saturate; inputs are far smaller).
public struct SourceLocation: Sendable, Comparable, CustomStringConvertible {
    /// Internal for `YAMLNode`, which keeps the parts of its location apart.
    private(set) var name: FileName
    private var storedLine: UInt32
    private var storedColumn: UInt32

    public init(file: String, line: Int, column: Int) {
        self.init(file: FileName(file), line: line, column: column)
    }

    /// For the loader, whose locations all share one `FileName`.
    init(file: FileName, line: Int, column: Int) {
        name = file
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public var file: String {
        get { name.path }
        set { name = FileName(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// The same line, `count` scalars further right (for a range inside a scalar).
    public func advanced(by count: Int) -> SourceLocation {
        SourceLocation(file: name, line: line, column: column + count)
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

extension SourceLocation: Hashable {
    /// By file name, not by `FileName` identity: a hand-built location equals the loader's.
    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.storedLine == b.storedLine && a.storedColumn == b.storedColumn
            && (a.name === b.name || a.name.path == b.name.path)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(storedLine)
        hasher.combine(storedColumn)
    }
}
