internal import CLibYAML
internal import CYAMLPipe

/// Turns bytes into a `YAMLNode` tree with positions, or diagnostics. Never traps:
/// every problem with the input, limits included, is a diagnostic.
public struct YAMLLoader: Sendable {
    public var limits: LoadLimits
    /// Inputs this large are parsed on a thread of their own while the tree is built from the
    /// events already parsed (`CYAMLPipe`); a smaller one is parsed before a thread would start.
    var parsedAheadFrom = 32 << 10
    /// Whether the plain subset of YAML that specs are written in is parsed by apispec's own
    /// parser, libyaml taking over where the input leaves it (`yaml_fast.h`), rather than by
    /// libyaml alone: the events are the same, and the tests and the fuzzer compare the two.
    public var parsesSubsetFast = true

    public init(limits: LoadLimits = LoadLimits()) {
        self.limits = limits
    }

    public struct Result: Sendable {
        /// The document's root, nil when loading failed.
        public var root: YAMLNode?
        public var source: SourceFile
        public var diagnostics: [Diagnostic]
        /// The scalars that hold a `${...}` reference, keys included, in source order: noted as
        /// they are read, which spares the decoder a walk over the whole tree to find them.
        public var referenceScalars: [YAMLNode] = []
    }

    /// Takes `bytes`: with `.fromDisk` the result does not keep them. With `sections`, the
    /// entries of the top-level `functions:` and `routes:` are decoded into it as they
    /// complete, and left out of the tree (`SectionsDuringLoad`).
    func load(
        _ bytes: consuming [UInt8], path: String, quoting: SourceFile.Quoting = .fromMemory,
        decodingInto sections: SectionsDuringLoad?
    ) -> Result {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if bytes.count > limits.maxBytes {
            return failure(path, .error(
                "input-too-large",
                "the file is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes",
                at: start, hint: "split the spec, or raise the limit with --max-size if the file is meant to be this large"))
        }
        if let problem = InputCheck.firstProblem(in: bytes, path: path) {
            return failure(path, problem)
        }
        // Made before the parse, which gives back the bytes of a file read from disk as it reads them.
        let source = switch quoting {
        case .fromMemory: SourceFile(path: path, bytes: copy bytes)
        case .fromDisk(let read): SourceFile(path: path, readAgain: bytes, reading: read)
        }
        var builder = TreeBuilder(path: path, limits: limits, sections: sections)
        if case .fromDisk = quoting {
            // Read from disk, the bytes are this load's alone (a mutable buffer is never shared:
            // it is copied first if it was), and the parse gives back their pages as it reads them.
            var owned = consume bytes
            owned.withUnsafeMutableBufferPointer { builder.run(UnsafeBufferPointer($0), parsedAheadFrom: parsedAheadFrom, releasingRead: true, fast: parsesSubsetFast) }
        } else {
            bytes.withUnsafeBufferPointer { builder.run($0, parsedAheadFrom: parsedAheadFrom, releasingRead: false, fast: parsesSubsetFast) }
        }
        if builder.diagnostics.isEmpty, builder.root == nil {
            builder.diagnostics.append(.error(
                "empty-spec", "the file has no content", at: start,
                hint: "start with `apispec: 1`, `name:` and `routes:`; `apispec init` writes a starter spec"))
        }
        // Duplicate and complex keys leave a usable tree, so the decoder can still report the rest;
        // anything else stopped the parse and the tree is incomplete.
        let usable = builder.diagnostics.allSatisfy { TreeBuilder.recoverable.contains($0.id) }
        return Result(
            root: usable ? builder.root : nil, source: source, diagnostics: builder.diagnostics,
            referenceScalars: builder.referenceScalars)
    }

    /// Takes `bytes`: with `.fromDisk` the result does not keep them.
    public func load(_ bytes: consuming [UInt8], path: String, quoting: SourceFile.Quoting = .fromMemory) -> Result {
        load(bytes, path: path, quoting: quoting, decodingInto: nil)
    }

    private func failure(_ path: String, _ diagnostic: Diagnostic) -> Result {
        Result(root: nil, source: SourceFile(path: path, bytes: []), diagnostics: [diagnostic])
    }
}

/// Builds the tree from libyaml's event stream, enforcing the limits as it goes.
private struct TreeBuilder {
    static let recoverable: Set<String> = ["duplicate-key", "complex-key"]
    /// Shared by every location of the tree.
    let file: FileName
    let limits: LoadLimits
    var diagnostics: [Diagnostic] = []
    var root: YAMLNode?
    var referenceScalars: [YAMLNode] = []
    /// Where the top-level `functions:` and `routes:` entries go as they complete, when the
    /// caller asked.
    let sections: SectionsDuringLoad?

    /// An open list or mapping. Mutated in place on the stack; its entries are on
    /// `items` or `pairs`, from `firstEntry` on.
    private struct Frame {
        var node: YAMLNode
        var anchor: String?
        var isMapping: Bool
        var firstEntry: Int
        /// Keys seen so far with their first location, for duplicate detection in O(1);
        /// made only once the mapping is large (see `checkKey`).
        var keys: KeyPositions?
        var pendingKey: YAMLNode?
        /// Whether `pendingKey` repeats an earlier key or is not a scalar (its pair is then dropped).
        var pendingIsDropped = false
        /// When `pendingKey` is an entry's key in `section`: where in `diagnostics` a repeat of it
        /// is reported. Whether an earlier entry has it is found once its value is complete, so
        /// that what that looks up is fetched meanwhile (`SectionsDuringLoad.expect`).
        var entryReport: Int?
        /// Whether a key is an untagged `<<`, a merge key (see `MergeKeys`).
        var merges = false
        /// Nodes in this subtree, aliases expanded.
        var weight = 1
        /// The top-level section this mapping is, whose entries go to `sections` as they
        /// complete: its pairs are its `x-` keys only.
        var section: SectionsDuringLoad.Section?
    }

    /// The open lists and mappings, the innermost last, changed in place.
    private let stack = EntryStack<Frame>(capacity: 16)
    /// The open lists' items and the open mappings' pairs.
    private let items = EntryStack<YAMLNode>()
    private let pairs = EntryStack<YAMLNode.Pair>()
    private let shortTexts = ShortTexts()
    private var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    private var openAnchors: Set<String> = []
    private var nodeCount = 0
    private var aliasCount = 0
    private var documents = 0

    init(path: String, limits: LoadLimits, sections: SectionsDuringLoad? = nil) {
        self.file = FileName(path)
        self.limits = limits
        self.sections = sections
    }

    /// `releasingRead`: `buffer` is the parse's alone, and its pages may be given back as they
    /// are read (`yaml_pipe_start`).
    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>, parsedAheadFrom: Int, releasingRead: Bool, fast: Bool) {
        guard let pipe = yaml_pipe_start(buffer.baseAddress, buffer.count, parsedAheadFrom, releasingRead ? 1 : 0, fast ? 1 : 0) else {
            diagnostics.append(.error("yaml-syntax", "could not start the YAML parser (out of memory)",
                                      at: SourceLocation(file: file, line: 1, column: 1)))
            return
        }
        defer {
            reportUnfinishedEntry()
            yaml_pipe_free(pipe)
        }
        var event = yaml_pipe_event_t()
        while true {
            guard yaml_pipe_next(pipe, &event) == 1 else {
                syntaxError(yaml_pipe_parser(pipe).pointee)
                return
            }
            if !handle(event) || event.type == YAML_STREAM_END_EVENT { return }
        }
    }

    private func location(_ event: yaml_pipe_event_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(event.line) + 1, column: Int(event.column) + 1)
    }

    private mutating func syntaxError(_ parser: yaml_parser_t) {
        diagnostics.append(ParseFailure(parser, file: file).diagnostic)
    }

    /// Returns false to stop parsing.
    private mutating func handle(_ event: yaml_pipe_event_t) -> Bool {
        // A fifth of the events close a container, and need no location.
        if event.type == YAML_SEQUENCE_END_EVENT || event.type == YAML_MAPPING_END_EVENT { return close() }
        // 1-based and clamped, as `location` makes them: a node keeps them so.
        let line = UInt32(clamping: Int(event.line) + 1)
        let column = UInt32(clamping: Int(event.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                diagnostics.append(.error(
                    "multiple-documents", "the file holds more than one YAML document", at: location(event),
                    hint: "an apispec file is one document: remove the `---` and what follows, or move it to its own file"))
                return false
            }
        case YAML_SCALAR_EVENT:
            let text = event.value.map { shortTexts.text($0, count: event.length) } ?? ""
            let tag = event.tag.map { String(cString: $0) }
            let node = YAMLNode(.scalar(text, style(event.style)), file: file, line: line, column: column, tag: tag)
            // `memchr` over libyaml's buffer first: most scalars hold no `$` at all.
            if let value = event.value, memchr(value, Int32(UInt8(ascii: "$")), event.length) != nil, text.containsReference {
                referenceScalars.append(node)
            }
            return add(node, anchor: event.anchor.map { String(cString: $0) }, weight: 1)
        case YAML_ALIAS_EVENT:
            let name = event.anchor.map { String(cString: $0) } ?? ""
            return alias(name, at: location(event))
        case YAML_SEQUENCE_START_EVENT:
            let node = YAMLNode(.sequence([]), file: file, line: line, column: column, tag: event.tag.map { String(cString: $0) })
            return open(Frame(node: node, anchor: event.anchor.map { String(cString: $0) }, isMapping: false, firstEntry: items.count))
        case YAML_MAPPING_START_EVENT:
            let node = YAMLNode(.mapping([]), file: file, line: line, column: column, tag: event.tag.map { String(cString: $0) })
            return open(Frame(node: node, anchor: event.anchor.map { String(cString: $0) }, isMapping: true, firstEntry: pairs.count))
        default:
            break
        }
        return true
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private mutating func open(_ frame: consuming Frame) -> Bool {
        if stack.count >= limits.maxDepth {
            diagnostics.append(.error(
                "nesting-too-deep", "lists and mappings are nested more than \(limits.maxDepth) levels deep", at: frame.node.location,
                hint: "a spec never needs this depth; flatten the structure"))
            return false
        }
        if let anchor = frame.anchor { openAnchors.insert(anchor) }
        if let sections, let section = topLevelSection(), !sections.hasBegun(section), frame.isMapping, frame.anchor == nil,
           frame.node.tag == nil {
            frame.section = section
            sections.begin(section, at: frame.node.location)
        }
        guard countNodes(1, at: frame.node.location) else { return false }
        stack.append(frame)
        return true
    }

    /// The section whose value the node that comes next is, when it is the value of the
    /// top-level `functions` or `routes`.
    private func topLevelSection() -> SectionsDuringLoad.Section? {
        guard stack.count == 1 else { return nil }
        let top = stack.element(at: 0)
        guard top.pointee.isMapping, !top.pointee.pendingIsDropped, let key = top.pointee.pendingKey?.scalarText else { return nil }
        return SectionsDuringLoad.Section(rawValue: key)
    }

    private mutating func close() -> Bool {
        guard stack.count > 0 else { return true }
        var frame = stack.removeLast()
        frame.keys = nil
        if frame.isMapping {
            let pairs = self.pairs.removeRun(from: frame.firstEntry)
            frame.node.kind = .mapping(frame.merges ? MergeKeys.apply(to: pairs) : pairs)
        } else {
            frame.node.kind = .sequence(items.removeRun(from: frame.firstEntry))
        }
        if let anchor = frame.anchor { openAnchors.remove(anchor) }
        return attach(frame.node, anchor: frame.anchor, weight: frame.weight)
    }

    private mutating func add(_ node: consuming YAMLNode, anchor: String?, weight: Int) -> Bool {
        guard countNodes(1, at: node.location) else { return false }
        return attach(node, anchor: anchor, weight: weight)
    }

    private mutating func alias(_ name: String, at: SourceLocation) -> Bool {
        aliasCount += 1
        if aliasCount > limits.maxAliases {
            diagnostics.append(.error(
                "too-many-aliases", "the file uses more than \(limits.maxAliases) aliases", at: at,
                hint: "write the values out, or use fewer `*` aliases"))
            return false
        }
        if openAnchors.contains(name) {
            diagnostics.append(.error(
                "recursive-alias", "alias `*\(name)` refers to the node that contains it", at: at,
                hint: "an alias cannot point into its own anchor; copy the value instead"))
            return false
        }
        guard let anchored = anchors[name] else {
            diagnostics.append(.error(
                "unknown-anchor", "alias `*\(name)` has no matching `&\(name)` before it", at: at,
                hint: "define the anchor `&\(name)` before using it"))
            return false
        }
        guard countNodes(anchored.weight, at: at) else { return false }
        var node = anchored.node
        node.location = at
        return attach(node, anchor: nil, weight: anchored.weight)
    }

    /// `at` is made only for a report: every node of the file comes through here.
    private mutating func countNodes(_ count: Int, at: @autoclosure () -> SourceLocation) -> Bool {
        nodeCount += count
        if nodeCount > limits.maxNodes {
            diagnostics.append(.error(
                "input-too-large", "the document expands to more than \(limits.maxNodes) nodes", at: at(),
                hint: "aliases that repeat other aliases multiply the document (\"billion laughs\"); write the values out"))
            return false
        }
        return true
    }

    /// Takes `node` (`consuming`): it is moved into its parent, not copied and then let go.
    private mutating func attach(_ node: consuming YAMLNode, anchor: String?, weight: Int) -> Bool {
        if let anchor { anchors[anchor] = (node, weight) }
        guard stack.count > 0 else {
            if case .scalar = node.kind, node.isNull { return true }
            root = node
            return true
        }
        let isTopLevel = stack.count == 1
        let top = stack.element(at: stack.count - 1)
        top.pointee.weight += weight
        guard top.pointee.isMapping else {
            items.append(node)
            return true
        }
        if let key = top.pointee.pendingKey.take() {
            if let at = top.pointee.entryReport.take(), let sections, let section = top.pointee.section {
                if !reportRepeatedEntry(key, in: section, of: sections, at: at) { sections.add(section, key: key, value: node) }
                return true
            }
            guard !top.pointee.pendingIsDropped else { return true }
            if let sections {
                if isTopLevel, key.scalarText == "defaults" { sections.defaultsEnded(node) }
                if let section = top.pointee.section, !(key.scalarText ?? "").isExtensionKey {
                    sections.add(section, key: key, value: node)
                    return true
                }
            }
            pairs.append(YAMLNode.Pair(key: key, value: node))
        } else {
            if let text = node.scalarText, MergeKeys.isKey(text), node.tag == nil {
                top.pointee.merges = true
                // A merge key at the top level may bring a section or `defaults`; in a section, entries.
                if isTopLevel || top.pointee.section != nil { sections?.spoil() }
            }
            if let section = top.pointee.section, let sections, let text = node.scalarText, !MergeKeys.isKey(text),
               !text.isExtensionKey {
                // An entry's key: the section's earlier entries are decoded, no longer pairs.
                sections.expect(text, in: section)
                top.pointee.pendingIsDropped = false
                top.pointee.entryReport = diagnostics.count
            } else {
                top.pointee.pendingIsDropped = !Self.checkKey(
                    node, after: pairs.run(from: top.pointee.firstEntry), in: &top.pointee.keys, reporting: &diagnostics)
            }
            top.pointee.pendingKey = node
        }
        return true
    }

    /// Mappings up to this many pairs look for a repeated key among their pairs, which costs
    /// less than hashing every key of the many small mappings a spec has; larger ones index
    /// their keys, so a mapping of a hundred thousand routes stays linear.
    static let keyIndexThreshold = 16

    /// Records a key; false if it is not a scalar or repeats an earlier one (reported here),
    /// and its pair is dropped. `pairs` are the mapping's so far: every earlier key but the
    /// dropped ones.
    private static func checkKey(
        _ key: YAMLNode, after pairs: UnsafeBufferPointer<YAMLNode.Pair>, in keys: inout KeyPositions?,
        reporting diagnostics: inout [Diagnostic]
    ) -> Bool {
        guard let text = key.scalarText else {
            diagnostics.append(.error(
                "complex-key", "a mapping key must be a plain value, not \(key.kindName)", at: key.location,
                hint: "use a string as the key"))
            return false
        }
        if MergeKeys.isKey(text) { return true }
        if keys == nil, pairs.count >= keyIndexThreshold { keys = KeyPositions(pairs) }
        // Indexed, the key is recorded and looked up in one hash; its pair comes next, at `pairs.count`.
        let first: SourceLocation?
        if keys != nil {
            first = keys?.insert(text, at: pairs.count) { pairs[$0].keyText }.map { pairs[$0].keyLocation }
        } else {
            first = pairs.first { $0.keyText == text }?.keyLocation
        }
        return !reportRepeated(key, text, first: first, at: diagnostics.count, reporting: &diagnostics)
    }

    /// Reports the entry key `key` of `section` as a repeat, at `index` in `diagnostics`, when
    /// an earlier entry has it; true then, and the entry is dropped.
    private mutating func reportRepeatedEntry(
        _ key: YAMLNode, in section: SectionsDuringLoad.Section, of sections: SectionsDuringLoad, at index: Int
    ) -> Bool {
        guard let text = key.scalarText else { return false }
        return Self.reportRepeated(
            key, text, first: sections.firstLocation(ofRepeated: text, in: section), at: index, reporting: &diagnostics)
    }

    /// A parse that stopped before an entry's value was complete still reports a repeat of
    /// its key, where it was read.
    private mutating func reportUnfinishedEntry() {
        guard let sections, stack.count > 1 else { return }
        let entries = stack.element(at: 1)
        guard let section = entries.pointee.section, let at = entries.pointee.entryReport,
              let key = entries.pointee.pendingKey else { return }
        entries.pointee.entryReport = nil
        _ = reportRepeatedEntry(key, in: section, of: sections, at: at)
    }

    /// Reports `key` (of `text`) as a repeat, at `index` in `diagnostics`, when `first`
    /// locates the earlier one; true then.
    private static func reportRepeated(
        _ key: YAMLNode, _ text: String, first: SourceLocation?, at index: Int, reporting diagnostics: inout [Diagnostic]
    ) -> Bool {
        guard let first else { return false }
        diagnostics.insert(.error(
            "duplicate-key", "duplicate key `\(text)`", at: key.location,
            hint: "remove one of the two, or merge their values",
            notes: [.init("`\(text)` first appears here", at: first)]), at: index)
        return true
    }
}
