import OrderedCollections

/// The top-level `functions:` and `routes:` decoded while the loader builds the tree
/// (`Frontend`): each entry as soon as the loader completes it, on the loader's thread while
/// libyaml's runs ahead (where the loader would wait for events), and the entry then left out
/// of the tree. A repeated key is found among the functions' names or the routes' keys
/// (`firstLocation(ofRepeated:in:)`), so the tree keeps only a section's `x-` keys: each
/// entry's key kept in the tree held 8 MB more at 100,000 routes.
///
/// The decoder takes these instead of decoding the sections (`SpecDecoder.decode`) when they
/// are what decoding the whole tree gives (`usable`): each section is a mapping with no anchor
/// or tag, the top-level `defaults` their entries inherit was complete before the first began
/// (or is not written at all), and no merge key reaches the top level or a section itself.
/// Otherwise the file is loaded again, whole, and decoded as before.
final class SectionsDuringLoad {
    enum Section: String {
        case functions, routes
    }

    /// What decoding a section reported, and which of its entries are broken: the decoder
    /// takes both where it decodes the section.
    let functionsContext = DecodingContext()
    let routesContext = DecodingContext()
    // Unchecked: each is read or changed for every entry, and no access to one overlaps
    // another to it (decoding an entry reaches nothing here), where checking cost 65
    // instructions an access.
    @exclusivity(unchecked) private var functionEntries: SpecDecoder.FunctionEntries?
    @exclusivity(unchecked) private var routeEntries: SpecDecoder.RouteEntries?
    @exclusivity(unchecked) private var routeKeys = KeyPositions([])
    /// The hash of the route key `expect` was told of, for `firstLocation`.
    private var expectedRouteKeyHash: UInt64?
    private var defaults: Defaults?
    private var spoiled = false

    /// Whether the loader began a section: its entries are not in the tree.
    var started: Bool { functionEntries != nil || routeEntries != nil }

    /// Whether the sections begun are what the whole tree decodes to.
    var usable: Bool { started && !spoiled }

    var functions: OrderedDictionary<String, Function>? { functionEntries?.functions }
    var routes: [Route]? { routeEntries?.routes }

    /// The top-level `defaults` is complete: too late for a section begun.
    func defaultsEnded(_ node: YAMLNode) {
        if started { return spoil() }
        defaults = SpecDecoder().decodeDefaults(node, DecodingContext())
    }

    func hasBegun(_ section: Section) -> Bool {
        switch section {
        case .functions: functionEntries != nil
        case .routes: routeEntries != nil
        }
    }

    /// The top-level mapping of `section` begins, at `location`.
    func begin(_ section: Section, at location: SourceLocation) {
        let defaults = defaults ?? Defaults(provenance: Provenance(location))
        self.defaults = defaults
        switch section {
        case .functions: functionEntries = SpecDecoder.FunctionEntries(defaults: defaults)
        case .routes: routeEntries = SpecDecoder.RouteEntries(defaults: defaults)
        }
    }

    /// The key `text` of the next entry of `section` is read, its value not yet: a route key's
    /// slot among the others is asked for now, and read once the value is (`firstLocation`).
    func expect(_ text: String, in section: Section) {
        guard section == .routes else { return }
        let hash = KeyPositions.hash(text)
        routeKeys.prefetch(hash: hash)
        expectedRouteKeyHash = hash
    }

    /// Where the key `text` of the next entry of `section` (`expect`) first appears, when an
    /// earlier entry has it; else nil, and `text` is the next entry's (`add`).
    func firstLocation(ofRepeated text: String, in section: Section) -> SourceLocation? {
        switch section {
        case .functions:
            // By index: the subscript copies the whole function out.
            guard let functions, let index = functions.index(forKey: text) else { return nil }
            return functions.values.elements[index].provenance.entity
        case .routes:
            let routes = routes ?? []
            let hash = expectedRouteKeyHash ?? KeyPositions.hash(text)
            expectedRouteKeyHash = nil
            return routeKeys.insert(text, hash: hash, at: routes.count) { routes[$0].key.raw }.map { routes[$0].location }
        }
    }

    /// The entry `key`: `value` of `section` is complete; `key` is a scalar, not an `x-` key,
    /// and not repeated. Decoded even once spoiled, so that each route stays at its key's place.
    func add(_ section: Section, key: YAMLNode, value: YAMLNode) {
        let name = key.scalarText ?? ""
        switch section {
        case .functions:
            functionEntries?.add(name, key: key, value: value, functionsContext)
        case .routes:
            routeEntries?.add(name, key: key, value: value, routesContext)
        }
    }

    /// The sections are not what the tree decodes to (a merge key, `defaults` after them).
    func spoil() {
        spoiled = true
    }
}
