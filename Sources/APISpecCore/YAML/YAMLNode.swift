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

    /// For the loader: its nodes' locations are made from their parts, all in `file`, where a
    /// `SourceLocation` made first is one more reference to the file taken and let go.
    init(_ kind: Kind, file: FileName, line: UInt32, column: UInt32, tag: String?) {
        self.kind = kind
        self.line = line
        self.column = column
        origin = Origin(file, tag: tag)
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
        isNull ? nil : scalarText
    }

    /// Whether the scalar resolves to null: found from the null words alone, as every value
    /// decoded asks (`string`), without resolving it whole.
    public var isNull: Bool {
        guard case .scalar(let text, let style) = kind else { return false }
        return style == .plain && ResolvedScalar.isNullWord(text) && tag != "tag:yaml.org,2002:str"
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
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"):
            return word(text, first: first) ?? .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if let word = word(text, first: first) { return word }
            switch text.withUTF8Bytes(number) {
            case .decimal(let int)?: return .int(int)
            case .float?: if let double = Double(text) { return .double(double) }
            case nil:
                if text.utf8.starts(with: "0x".utf8), text.hasPrefix("0x"), let int = Int(text.dropFirst(2), radix: 16) {
                    return .int(int)
                }
                if text.utf8.starts(with: "0o".utf8), text.hasPrefix("0o"), let int = Int(text.dropFirst(2), radix: 8) {
                    return .int(int)
                }
            }
            return .string(text)
        default:
            return .string(text)
        }
    }

    // The null, boolean and special float words are ASCII of at most 5 bytes, none with `;`,
    // `` ` `` or `K` (which text past ASCII can be equivalent to): longer text is none of them,
    // and text is compared only with the words that start with its first byte (a mismatch
    // compares the strings' Unicode scalars).

    /// Whether a plain scalar's text resolves to null.
    static func isNullWord(_ text: String) -> Bool {
        text.utf8.count <= 4 && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    /// The word `text` is, which starts with `first`.
    private static func word(_ text: String, first: UInt8) -> ResolvedScalar? {
        guard text.utf8.count <= 5 else { return nil }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNullWord(text) ? .null : nil
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return text == "true" || text == "True" || text == "TRUE" ? .bool(true) : nil
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return text == "false" || text == "False" || text == "FALSE" ? .bool(false) : nil
        case UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"):
            switch text {
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
            case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
            case ".nan", ".NaN", ".NAN": return .double(.nan)
            default: return nil
            }
        default:
            return nil
        }
    }

    private enum Number {
        /// `[-+]?[0-9]+` that fits an `Int`.
        case decimal(Int)
        /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, and a decimal too large for an `Int`.
        case float
    }

    // Digits, signs, dots and exponents are ASCII: text with a byte past ASCII is no number,
    // as a `Character` past ASCII is none, so these read bytes, once (`Character` properties
    // and `Int(_:)` cost hundreds of instructions per scalar, and numbers are many).

    /// What a number's bytes are, nil when they are none.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Number? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative || bytes.first == UInt8(ascii: "+") { index = 1 }
        // The mantissa: digits with at most one dot, and a digit somewhere.
        var value = 0
        var fits = true
        var digits = 0
        var dots = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: "e"), bytes[index] != UInt8(ascii: "E") {
            let byte = bytes[index]
            if isDigit(byte) {
                digits += 1
                if dots == 0, fits {
                    // Negatives are made by subtracting, so that `Int.min` fits as `Int(_:)` has it.
                    let digit = Int(byte - UInt8(ascii: "0"))
                    let (tens, over) = value.multipliedReportingOverflow(by: 10)
                    let (next, overAgain) = negative ? tens.subtractingReportingOverflow(digit) : tens.addingReportingOverflow(digit)
                    fits = !over && !overAgain
                    value = next
                }
            } else if byte == UInt8(ascii: ".") {
                dots += 1
            } else {
                return nil
            }
            index += 1
        }
        guard dots <= 1, digits > 0 else { return nil }
        if index == bytes.count { return dots == 0 && fits ? .decimal(value) : .float }
        // The exponent: `e` or `E`, a sign, digits.
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < bytes.count, bytes[index...].allSatisfy(isDigit) else { return nil }
        return .float
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
