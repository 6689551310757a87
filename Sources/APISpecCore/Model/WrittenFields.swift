/// The fields an entity writes itself, for `Provenance`, in the order recorded.
///
/// A decoded spec's are compact: the key's number in `KnownKeys.numbered` and the value's line
/// and column, the file being the entity's. That is 12 bytes a field where a key string and a
/// whole location take 32 (every route records two or three: 4 MB at 100,000 routes). A key the
/// language does not know or a location in another file than the entity's (hand-built ones)
/// turns the list into whole fields. One or two compact fields, as most decoded entities write
/// (a route its function and one more), are packed in place (`Packed`), where a list of their
/// own cost each entity an allocation.
enum WrittenFields: Sendable {
    case compact([Compact])
    case whole([Provenance.Field])
    case packed(Packed)

    struct Compact: Sendable {
        var number: UInt16
        var line: UInt32
        var column: UInt32

        var key: String { KnownKeys.numbered.names[Int(number)] }
    }

    /// Where `key`'s value was written, with `file` the entity's.
    func location(_ key: String, file: FileName) -> SourceLocation? {
        switch self {
        case .compact(let fields):
            return fields.first { $0.key == key }.map { SourceLocation(file: file, line: Int($0.line), column: Int($0.column)) }
        case .whole(let fields):
            return fields.first { $0.key == key }?.location
        case .packed(let packed):
            for place in 0..<packed.count where packed[place].key == key {
                let field = packed[place]
                return SourceLocation(file: file, line: Int(field.line), column: Int(field.column))
            }
            return nil
        }
    }

    /// Calls `number` with each compact field's key number, `text` with each whole field's key.
    func forEachKey(number: (Int) -> Void, text: (String) -> Void) {
        switch self {
        case .compact(let fields): for field in fields { number(Int(field.number)) }
        case .whole(let fields): for field in fields { text(field.key) }
        case .packed(let packed): for place in 0..<packed.count { number(Int(packed[place].number)) }
        }
    }

    func fields(file: FileName) -> [Provenance.Field] {
        switch self {
        case .compact(let fields):
            return fields.map { ($0.key, SourceLocation(file: file, line: Int($0.line), column: Int($0.column))) }
        case .whole(let fields):
            return fields
        case .packed(let packed):
            return WrittenFields.compact(packed.list).fields(file: file)
        }
    }

    /// Records the key numbered `number` in `KnownKeys.numbered`, written at `location`.
    mutating func set(number: UInt16, at location: SourceLocation, file: FileName) {
        if case .packed(let packed) = self { self = .compact(packed.list) }
        guard case .compact(var fields) = self, location.name === file else {
            return set(KnownKeys.numbered.names[Int(number)], at: location, file: file)
        }
        self = .compact([])  // the list's only reference is then `fields`, which changes in place
        let field = Compact(number: number, line: UInt32(clamping: location.line), column: UInt32(clamping: location.column))
        let key = field.key
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index] = field
        } else {
            fields.append(field)
        }
        self = .compact(fields)
    }

    /// On an empty compact list (a decoded entity's, before it records what it writes): appends
    /// fields `0..<count` of keys that differ, given by `field`, up to the first in another file
    /// than `file`, and returns how many. As none replaces another, each is appended at once,
    /// where `set` searches the list by key for each. Appends none to any other list.
    mutating func appendToEmpty(count: Int, file: FileName, _ field: (Int) -> (number: UInt16, location: SourceLocation)) -> Int {
        guard count > 0, case .compact(let existing) = self, existing.isEmpty else { return 0 }
        if count <= Packed.capacity { return packToEmpty(count: count, file: file, field) }
        var fields: [Compact] = []
        fields.reserveCapacity(count)
        for place in 0..<count {
            let (number, location) = field(place)
            guard location.name === file else { break }
            fields.append(Compact(number: number, line: UInt32(clamping: location.line), column: UInt32(clamping: location.column)))
        }
        self = .compact(fields)
        return fields.count
    }

    /// `appendToEmpty` of at most `Packed.capacity` fields: packed, or listed when one does
    /// not fit (`Packed`).
    private mutating func packToEmpty(
        count: Int, file: FileName, _ field: (Int) -> (number: UInt16, location: SourceLocation)
    ) -> Int {
        var fields: (first: Compact?, second: Compact?) = (nil, nil)
        for place in 0..<count {
            let (number, location) = field(place)
            guard location.name === file else { break }
            let compact = Compact(number: number, line: UInt32(clamping: location.line), column: UInt32(clamping: location.column))
            if place == 0 { fields.first = compact } else { fields.second = compact }
        }
        guard let first = fields.first else { return 0 }
        if let packed = Packed(first, fields.second) {
            self = .packed(packed)
        } else {
            self = .compact([first] + (fields.second.map { [$0] } ?? []))
        }
        return fields.second == nil ? 1 : 2
    }

    /// Like a dictionary's, a later write replaces an earlier one.
    mutating func set(_ key: String, at location: SourceLocation, file: FileName) {
        if !isWhole, location.name === file,
           let number = KnownKeys.numbered.names.firstIndex(of: key) {
            return set(number: UInt16(number), at: location, file: file)
        }
        var fields = fields(file: file)
        self = .whole([])
        if let index = fields.firstIndex(where: { $0.key == key }) {
            fields[index].location = location
        } else {
            fields.append((key, location))
        }
        self = .whole(fields)
    }

    /// The entity moves from `old` to `new`: compact fields, which take the entity's file, keep theirs.
    mutating func entityMoved(from old: FileName, to new: FileName) {
        guard old !== new else { return }
        switch self {
        case .compact(let fields) where !fields.isEmpty: self = .whole(self.fields(file: old))
        case .packed: self = .whole(self.fields(file: old))
        default: return
        }
    }

    private var isWhole: Bool {
        if case .whole = self { return true }
        return false
    }

    mutating func reserveCapacity(adding count: Int) {
        if case .packed(let packed) = self { self = .compact(packed.list) }
        switch self {
        case .compact(var fields):
            self = .compact([])
            fields.reserveCapacity(fields.count + count)
            self = .compact(fields)
        case .whole(var fields):
            self = .whole([])
            fields.reserveCapacity(fields.count + count)
            self = .whole(fields)
        case .packed:
            return
        }
    }
}
