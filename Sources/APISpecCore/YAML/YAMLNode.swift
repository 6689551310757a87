/// A node of the YAML tree, with where it starts. Mappings keep their pairs in
/// source order. Aliases are already expanded (within the loader's limits).
///
/// A tree has a node per scalar of the file, so a node is kept to 40 bytes: its location
/// is stored in parts, the file's name beside the tag, which few nodes have.
public struct YAMLNode: Sendable {
    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// A key and its value. The key is a scalar (the loader reports and drops a pair whose
    /// key is a list or a mapping), kept as its text and position rather than as a node: 16
    /// bytes less for each pair of the tree, which has several for every route.
    public struct Pair: Sendable, Hashable {
        public let keyText: String
        private let keyLine: UInt32
        private let keyColumn: UInt32
        public var value: YAMLNode

        /// `key` is a scalar; its style and tag are not kept.
        public init(key: YAMLNode, value: YAMLNode) {
            keyText = key.scalarText ?? ""
            keyLine = key.line
            keyColumn = key.column
            self.value = value
        }

        /// Where the key starts (in its value's file: a pair is never split across files).
        public var keyLocation: SourceLocation {
            SourceLocation(file: value.origin.file, line: Int(keyLine), column: Int(keyColumn))
        }

        /// The key as a plain scalar node.
        public var key: YAMLNode { YAMLNode(.scalar(keyText, .plain), at: keyLocation) }
    }

    public enum Kind: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    public var kind: Kind
    fileprivate var line: UInt32
    fileprivate var column: UInt32
    fileprivate var origin: Origin

    /// The file (shared by every location of it) and, rarely, a tag: one reference either way.
    fileprivate enum Origin: Sendable {
        case file(FileName)
        case tagged(Tagged)

        var file: FileName {
            switch self {
            case .file(let file): return file
            case .tagged(let tagged): return tagged.file
            }
        }

        var tag: String? {
            if case .tagged(let tagged) = self { return tagged.tag }
            return nil
        }

        init(_ file: FileName, tag: String?) {
            self = tag.map { .tagged(Tagged(file: file, tag: $0)) } ?? .file(file)
        }
    }

    fileprivate final class Tagged: Sendable {
        let file: FileName
        let tag: String

        init(file: FileName, tag: String) {
            self.file = file
            self.tag = tag
        }
    }

    public init(_ kind: Kind, at location: SourceLocation, tag: String? = nil) {
        self.kind = kind
        line = UInt32(location.line)
        column = UInt32(location.column)
        origin = Origin(location.name, tag: tag)
    }

    public var location: SourceLocation {
        get { SourceLocation(file: origin.file, line: Int(line), column: Int(column)) }
        set {
            line = UInt32(newValue.line)
            column = UInt32(newValue.column)
            if newValue.name !== origin.file { origin = Origin(newValue.name, tag: tag) }
        }
    }

    /// An explicit tag such as `!!str`, if the source had one.
    public var tag: String? {
        get { origin.tag }
        set { origin = Origin(origin.file, tag: newValue) }
    }
}

extension YAMLNode: Hashable {
    public static func == (a: YAMLNode, b: YAMLNode) -> Bool {
        a.kind == b.kind && a.location == b.location && a.tag == b.tag
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(location)
        hasher.combine(tag)
    }
}

extension YAMLNode {
    public var kindName: String {
        switch kind {
        case .scalar: return resolvedScalar.kindName
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The raw text of a scalar, whatever it resolves to.
    public var scalarText: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The scalar under YAML 1.2's core schema: quoted scalars and `!!str` are strings.
    public var resolvedScalar: ResolvedScalar {
        guard case .scalar(let text, let style) = kind else { return .string("") }
        if style != .plain || tag == "tag:yaml.org,2002:str" { return .string(text) }
        return ResolvedScalar.resolvePlain(text)
    }

    /// A string value: any scalar that is not null (numbers and booleans keep their text).
    public var string: String? {
        guard case .scalar(let text, _) = kind else { return nil }
        if case .null = resolvedScalar { return nil }
        return text
    }

    public var isNull: Bool {
        if case .null = resolvedScalar, scalarText != nil { return true }
        return false
    }

    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.keyText == key }?.value
    }

    /// Every node of the tree, depth first, this one included.
    public func walk(_ visit: (YAMLNode) -> Void) {
        visit(self)
        switch kind {
        case .scalar: break
        case .sequence(let items): items.forEach { $0.walk(visit) }
        case .mapping(let pairs):
            for pair in pairs {
                pair.key.walk(visit)
                pair.value.walk(visit)
            }
        }
    }
}

/// What a plain scalar means: YAML 1.2 core schema.
public enum ResolvedScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .double: return "a number"
        case .string: return "a string"
        }
    }

    static func resolvePlain(_ text: String) -> ResolvedScalar {
        // Nulls, booleans and numbers start with one of these bytes (and no other text is
        // canonically equivalent to them): most strings are told apart by their first byte.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"):
            break
        default:
            return .string(text)
        }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if let int = parseInt(text) { return .int(int) }
        if isFloat(text), let double = Double(text) { return .double(double) }
        return .string(text)
    }

    // Digits, signs and dots are ASCII: a `Character` outside ASCII fails these checks
    // exactly as each of its bytes does, so they read bytes (`Character` properties cost
    // thousands of instructions per scalar, and every scalar of the spec comes through here).

    private static func parseInt(_ text: String) -> Int? {
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        guard allDigits(droppingSign(text.utf8[...])) else { return nil }
        return Int(text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ text: String) -> Bool {
        let bytes = droppingSign(text.utf8[...])
        let mantissa = bytes.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
        let exponent = bytes.dropFirst(mantissa.count)
        let parts = mantissa.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(isDigit) }),
              parts.contains(where: { !$0.isEmpty }) else { return false }
        return exponent.isEmpty || allDigits(droppingSign(exponent.dropFirst()))
    }

    private static func droppingSign(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes
    }

    /// Non-empty and nothing but ASCII digits.
    private static func allDigits(_ bytes: Substring.UTF8View) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
