import OrderedCollections

/// Collects the decoder's diagnostics and reads typed values out of YAML nodes.
/// Each reader reports at most one problem for a node and returns nil for it, so a
/// bad value never draws a second diagnostic.
final class DecodingContext {
    /// Unchecked: `entity` reads its count twice for every route and function, and no access
    /// to it overlaps another (each appends or reads at once), where checking cost ~65 each.
    @exclusivity(unchecked) private(set) var diagnostics: [Diagnostic] = []
    var broken: Set<String> = []
    /// The known keys `fields` looked up for the last two paths, the last first: a section asks
    /// the same path for each of its entries (every route `routes.*`), or two in turn (each
    /// function's, then its policies'), and comparing a path costs less than hashing it twice.
    private var lastKnown: Known?
    private var previousKnown: Known?
    private typealias Known = (path: String, keys: [String], start: Int)

    var errorCount: Int { diagnostics.count }

    func error(_ id: String, _ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(.error(id, message, at: location, hint: hint))
    }

    /// Adds what `other` reported and found broken, after what this one has.
    func take(_ other: DecodingContext) {
        diagnostics += other.diagnostics
        broken.formUnion(other.broken)
    }

    /// Runs `body` and marks `section.name` broken if it reported anything.
    func entity<T>(_ section: String, _ name: String, _ body: () -> T) -> T {
        let before = errorCount
        let result = body()
        if errorCount > before { broken.insert("\(section).\(name)") }
        return result
    }

    func wrongType(_ node: YAMLNode, _ what: String, expected: String, example: String) {
        error("wrong-type", "\(what) must be \(expected), not \(node.kindName)", at: node.location,
              hint: "write it as \(example)")
    }

    // MARK: - Mappings

    /// The keys of a mapping, checked against `KnownKeys.all[path]`. Nil (reported) if `node` is not a mapping.
    /// `what` names the mapping in a report; it is only made when there is one.
    func fields(_ node: YAMLNode, path: String, what: @autoclosure () -> String) -> Fields? {
        guard let pairs = node.pairs else {
            wrongType(node, what(), expected: "a mapping", example: "`key: value` lines indented under it")
            return nil
        }
        let (known, start) = knownKeys(path)
        var fields = Fields(node: node, pairs: pairs, known: known, start: start)
        // By index: a loop over the pairs copies each, key and value node (retains, releases).
        for position in pairs.indices {
            let key = pairs[position].keyText
            // Known keys first, as most are: none starts with `x-`.
            if let index = known.firstIndex(where: { $0.isSameKey(key) }) {
                fields.set(position: position, for: index)
            } else if key.isExtensionKey {
                fields.extensions.append(pairs[position])
            } else {
                let suggestion = Suggestion.closest(to: key, in: known)
                if let suggestion { fields.suggested.insert(suggestion) }
                let hint = suggestion.map { "did you mean `\($0)`?" }
                    ?? "known keys here: \(known.map { "`\($0)`" }.joined(separator: ", ")); custom keys start with `x-`"
                error("unknown-key", "unknown key `\(key)` in \(what())", at: pairs[position].keyLocation, hint: hint)
            }
        }
        return fields
    }

    private func knownKeys(_ path: String) -> (keys: [String], start: Int) {
        if let last = lastKnown, last.path == path { return (last.keys, last.start) }
        let known: Known = previousKnown.flatMap { $0.path == path ? $0 : nil }
            ?? (path, KnownKeys.all[path] ?? [], KnownKeys.numbered.starts[path] ?? 0)
        (previousKnown, lastKnown) = (lastKnown, known)
        return (known.keys, known.start)
    }

    /// Reports `key` missing from `fields` unless a misspelling of it was already reported.
    func require(_ key: String, in fields: Fields, what: String, example: String) {
        // `isEmpty` first, as it nearly always is: `contains` hashes the key even then.
        guard fields[key] == nil, fields.suggested.isEmpty || !fields.suggested.contains(key) else { return }
        error("missing-key", "\(what) needs `\(key)`", at: fields.location, hint: "add `\(key)`, for example `\(example)`")
    }

    // MARK: - Scalars

    /// `what` is made only for a report: a list's items name themselves "each item of ...".
    func string(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let text = node.string else {
            wrongType(node, what(), expected: "a string", example: "a single value on the same line")
            return nil
        }
        return text
    }

    func located(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Located<String>? {
        string(node, what()).map { Located($0, at: node.location) }
    }

    func int(_ node: YAMLNode, _ what: String, example: String) -> Int? {
        guard case .int(let value) = node.resolvedScalar, node.scalarText != nil else {
            wrongType(node, what, expected: "a whole number", example: example)
            return nil
        }
        return value
    }

    func double(_ node: YAMLNode, _ what: String, example: String) -> Double? {
        switch node.resolvedScalar {
        case .int(let value) where node.scalarText != nil: return Double(value)
        case .double(let value) where node.scalarText != nil && value.isFinite: return value
        default:
            wrongType(node, what, expected: "a number", example: example)
            return nil
        }
    }

    func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        guard case .bool(let value) = node.resolvedScalar, node.scalarText != nil else {
            wrongType(node, what, expected: "`true` or `false`", example: "`true` or `false`")
            return nil
        }
        return value
    }

    /// One of a closed set of values, with a suggestion when it is close to one.
    func choice<E: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String, as type: E.Type) -> E?
    where E.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        invalidValue(node, text, what, allowed: allowed)
        return nil
    }

    func invalidValue(_ node: YAMLNode, _ text: String, _ what: String, allowed: [String]) {
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        let hint = Suggestion.closest(to: text, in: allowed).map { "did you mean `\($0)`? allowed: \(list)" }
            ?? "use one of \(list)"
        error("invalid-value", "`\(text)` is not a valid \(what)", at: node.location, hint: hint)
    }

    // MARK: - Collections

    /// A list of strings; a single string counts as a one-item list.
    func stringList(_ node: YAMLNode, _ what: String) -> [Located<String>]? {
        if node.scalarText != nil, !node.isNull {
            return located(node, what).map { [$0] }
        }
        guard let items = node.items else {
            wrongType(node, what, expected: "a list of strings", example: "`[a, b]`")
            return nil
        }
        // One item, as most lists of scopes are: an array literal is made at once, where room
        // reserved and then appended to took some 300 instructions more.
        if items.count == 1 { return located(items[0], "each item of \(what)").map { [$0] } }
        var result: [Located<String>] = []
        result.reserveCapacity(items.count)
        var ok = true
        // By index: a loop over the items copies each node (retains, releases).
        for index in items.indices {
            if let value = located(items[index], "each item of \(what)") { result.append(value) } else { ok = false }
        }
        return ok ? result : nil
    }

    /// A mapping of names to scalar values (numbers and booleans keep their text).
    func stringMap(_ node: YAMLNode, _ what: String) -> OrderedDictionary<String, Located<String>>? {
        guard let pairs = node.pairs else {
            wrongType(node, what, expected: "a mapping of names to values", example: "`{NAME: value}`")
            return nil
        }
        var result: OrderedDictionary<String, Located<String>> = [:]
        var ok = true
        for pair in pairs {
            let key = pair.keyText
            if pair.value.isNull {
                result[key] = Located("", at: pair.value.location)
            } else if let value = located(pair.value, "`\(key)` in \(what)") {
                result[key] = value
            } else {
                ok = false
            }
        }
        return ok ? result : nil
    }

    /// Integration timeouts: seconds as a number (`10`, `0.5`) or a string with a unit (`500ms`, `10s`).
    /// Absurd values (beyond a day) are clamped there, so a huge number is a range finding, never an overflow.
    func milliseconds(_ node: YAMLNode, _ what: String) -> Int? {
        var seconds: Double?
        switch node.resolvedScalar {
        case .int(let value) where node.scalarText != nil: seconds = Double(value)
        case .double(let value) where value.isFinite: seconds = value
        case .string(let text):
            if text.hasSuffix("ms"), let value = Double(text.dropLast(2)), value.isFinite { seconds = value / 1000 }
            else if text.hasSuffix("s"), let value = Double(text.dropLast()), value.isFinite { seconds = value }
        default: break
        }
        guard let seconds else {
            wrongType(node, what, expected: "a duration", example: "`10` (seconds), `0.5` or `\"500ms\"`")
            return nil
        }
        let day = 86_400.0
        return Int((min(max(seconds, -day), day) * 1000).rounded())
    }

    /// `payloadVersion`: `1.0` / `2.0`, quoted or not.
    func payloadVersion(_ node: YAMLNode, _ what: String) -> String? {
        let text: String?
        switch node.resolvedScalar {
        case .int(let value): text = "\(value).0"
        case .double(let value): text = value == 1 ? "1.0" : value == 2 ? "2.0" : node.scalarText
        case .string(let value): text = value
        default: text = nil
        }
        guard let text, ["1.0", "2.0"].contains(text) else {
            invalidValue(node, node.scalarText ?? node.kindName, what, allowed: ["1.0", "2.0"])
            return nil
        }
        return text
    }
}

/// The known keys of one mapping, by name, plus its `x-` extensions.
struct Fields {
    /// Where the mapping starts (a missing key is reported there): kept instead of its node,
    /// which is one more list and file to take and let go for every mapping decoded.
    let location: SourceLocation
    /// The mapping's pairs (the node's own list).
    private let pairs: [YAMLNode.Pair]
    /// The mapping's known keys (`KnownKeys.all[path]`), and the number of the first in
    /// `KnownKeys.numbered`: a lookup reads the path's own list, not the global table.
    private let known: [String]
    private let start: Int
    /// Held inline, not in lists of their own: a spec has a mapping per route and function,
    /// and two lists a mapping were two allocations and two frees (3% of `validate`).
    /// For each known key (by its place in `known`), one more than its pair's place in
    /// `pairs`; 0 when the mapping does not have it.
    private var positions = PerKey<UInt32>(repeating: 0)
    /// The known keys the mapping has, by their place in `known`, in source order, and the
    /// length of each: a lookup compares a key only with those of its length.
    private var order = PerKey<UInt8>(repeating: 0)
    private var lengths = PerKey<UInt8>(repeating: 0)
    private var count = 0
    var extensions: Extensions = []
    /// Known keys that an unknown key looked like (so "missing" is not reported twice).
    var suggested: Set<String> = []

    /// Room for a value for each key of the path with the most (`KnownKeys.all`).
    typealias PerKey<Element> = InlineArray<20, Element>
    static var capacity: Int { PerKey<UInt8>.count }

    init(node: YAMLNode, pairs: [YAMLNode.Pair], known: [String], start: Int) {
        precondition(known.count <= Self.capacity, "a path has more known keys than Fields holds")
        location = node.location
        self.pairs = pairs
        self.known = known
        self.start = start
    }

    /// `key` is one of the decoder's own (ASCII) names.
    subscript(key: String) -> YAMLNode? {
        let length = key.utf8.count
        for place in 0..<count where Int(lengths[place]) == length {
            let index = Int(order[place])
            if known[index] == key { return pairs[Int(positions[index]) - 1].value }
        }
        return nil
    }

    /// The value of the known key at `field`'s place in the path's list (`RouteField`): found
    /// by its place, where a name is compared with each key the mapping has.
    /// Inlined: called fourteen times a route, for keys most routes do not write.
    @inline(__always)
    subscript<Field: RawRepresentable>(field: Field) -> YAMLNode? where Field.RawValue == Int {
        let position = positions[field.rawValue]
        return position == 0 ? nil : pairs[Int(position) - 1].value
    }

    /// The pair at `position` holds known key `index`. Each key comes once: the loader drops
    /// a key equal to an earlier one (as Strings compare, as the lookup does), merged ones too.
    @inline(__always)
    mutating func set(position: Int, for index: Int) {
        order[count] = UInt8(index)
        lengths[count] = UInt8(truncatingIfNeeded: known[index].utf8.count)
        count += 1
        positions[index] = UInt32(position + 1)
    }

    /// Locations of every value written, keyed by spec key.
    func provenance(_ entity: SourceLocation) -> Provenance {
        var provenance = Provenance(entity)
        record(into: &provenance)
        return provenance
    }

    /// Adds the location of every value written to `provenance`, over what it held.
    func record(into provenance: inout Provenance) {
        provenance.set(count: count) { place in
            let index = Int(order[place])
            return (UInt16(start + index), pairs[Int(positions[index]) - 1].value.location)
        }
    }
}
