import APISpecCore
import APISpecValidation

/// API Gateway may invoke a function only through this API's routes and authorizers that
/// use it: one `AWS::Lambda::Permission` per function and distinct source ARN. The API's
/// parts ask for them; they are added after the functions, so the template reads in order.
struct InvokePermissions {
    /// A large API holds a grant per route until they are added, so a grant names its
    /// function and route by index: its source path and logical id are made when it is added.
    private struct Grant {
        /// In `spec.functions`.
        var function: UInt32
        /// The source's kind in the top two bits, its index below: 8 bytes a grant where the
        /// enum took 12 (a grant per route is held while they are counted).
        private var packed: UInt32

        enum Source {
            /// In `spec.routes`.
            case route(UInt32)
            /// In `authorizers`.
            case authorizer(UInt32)
            case allRoutes
        }

        private static let indexBits: UInt32 = (1 << 30) - 1

        init(function: UInt32, source: Source) {
            self.function = function
            switch source {
            case .route(let index): packed = index & Self.indexBits
            case .authorizer(let index): packed = 1 << 30 | index & Self.indexBits
            case .allRoutes: packed = 2 << 30
            }
        }

        var source: Source {
            switch packed >> 30 {
            case 0: return .route(packed & Self.indexBits)
            case 1: return .authorizer(packed & Self.indexBits)
            default: return .allRoutes
            }
        }

        var isRoute: Bool { packed >> 30 != 1 }
    }

    /// A function's resource policy holds at most 20 KB, about fifty such statements: a
    /// function behind more routes than this gets one permission for the whole API instead.
    static let maximumRoutePermissions = 40

    private var grants: [Grant] = []
    /// The authorizers granted (a few), with the source paths their APIs chose.
    private var authorizers: [(name: String, sourcePath: String)] = []
    /// The grants a permission is made of, once all are asked for (`settle`).
    private var permitted: [Grant]?
    /// What a measured template expects of the permissions until it counts them.
    private var bound = 0
    /// The route grants' source paths, made as the routes were granted (`grantRoutes`), for
    /// finding repeats and writing the permissions from.
    private var routePaths = RouteTexts(routes: nil, bytes: 0)
    /// The words of the route keys, for their permissions' ids: as a WebSocket API's own ids
    /// of a route were made of them (`keepWords`), or made as the routes were granted.
    private var routeWords = RouteTexts(routes: nil, bytes: 0)

    /// Texts of routes written one after another, and where each route's is; none kept when
    /// the template is only measured (it writes few of them).
    private struct RouteTexts {
        let kept: Bool
        private var bytes: [UInt8] = []
        /// By route index, in `bytes`.
        private var ranges: [Range<Int32>] = []

        /// `routes`: the spec's number of routes, to keep their texts; nil to keep none.
        /// `bytes`: room for about as many bytes of them.
        init(routes: Int?, bytes: Int) {
            kept = routes != nil
            guard let routes else { return }
            ranges = Array(repeating: 0..<0, count: routes)
            self.bytes.reserveCapacity(bytes)
        }

        /// Keeps what `write` appends as the text of route `index`.
        mutating func keep(ofRoute index: Int, _ write: (inout [UInt8]) -> Void) {
            let start = bytes.count
            write(&bytes)
            ranges[index] = Int32(start)..<Int32(bytes.count)
        }

        /// The text kept of route `index`.
        func withText<Result>(ofRoute index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            let range = ranges[index]
            return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)])) }
        }
    }

    /// Keeps `words`, the words of the key of route `index` that its ids were made of, for its
    /// permission's id: a WebSocket API's routes have ids of their own, and their keys' words
    /// are made once. Only for a template that is written or kept.
    mutating func keepWords(_ words: [UInt8], ofRoute index: Int, in assembly: TemplateAssembly) {
        guard assembly.counters == nil else { return }
        if !routeWords.kept { routeWords = Self.wordTexts(routes: assembly.spec.routes.count) }
        routeWords.keep(ofRoute: index) { $0 += words }
    }

    /// About the bytes of a route key's words (`SendMessage`).
    private static let typicalWordBytes = 16

    /// Room for the words of the keys of `routes` routes.
    private static func wordTexts(routes: Int) -> RouteTexts {
        RouteTexts(routes: routes, bytes: routes * typicalWordBytes)
    }

    /// Lets the API invoke each route's function, scoped to that route's method and path. For
    /// a template that is written, each granted route's source path, and the words of its key
    /// unless the API kept them, are made while the route is at hand: read again for each
    /// (finding repeats, then the permission's id), a route of a large API cost a cache miss
    /// and the retains of its key each time.
    mutating func grantRoutes(of assembly: TemplateAssembly) {
        let spec = assembly.spec
        grants.reserveCapacity(grants.count + spec.routes.count)
        let keeps = assembly.counters == nil
        let makesWords = keeps && !routeWords.kept
        if keeps { routePaths = RouteTexts(routes: spec.routes.count, bytes: spec.routes.count * Self.typicalPathBytes / 2) }
        if makesWords { routeWords = Self.wordTexts(routes: spec.routes.count) }
        var functions = LastLookup<UInt32?>()
        // The function's name read in place: `indexedRoutes` copies each route's integration.
        for index in spec.routes.indices {
            guard let name = spec.routes[index].functionIntegration?.value, !spec.isBroken(spec.routes[index]),
                  let function = functions.value(for: name, { Self.index(of: $0, in: assembly) })
            else { continue }
            grants.append(Grant(function: function, source: .route(UInt32(index))))
            guard keeps else { continue }
            routePaths.keep(ofRoute: index) { Self.writeRoutePath(ofRoute: index, in: spec.routes, into: &$0) }
            guard makesWords else { continue }
            routeWords.keep(ofRoute: index) { words in
                LogicalID.appendRouteKey(raw: spec.routes[index].key.raw, kind: spec.routes[index].key.kind, to: &words)
            }
        }
    }

    /// Lets the API invoke `authorizer`'s function; `sourcePath` follows the API's ARN
    /// (`authorizers/*`, or the authorizer's own id where the template knows it).
    mutating func grantAuthorizer(_ authorizer: Authorizer, sourcePath: String, of assembly: TemplateAssembly) {
        guard let name = authorizer.function?.value, let function = Self.index(of: name, in: assembly) else { return }
        grants.append(Grant(function: function, source: .authorizer(UInt32(authorizers.count))))
        authorizers.append((authorizer.name, sourcePath))
    }

    /// Where `function` is in the spec, when it is there and not broken.
    private static func index(of function: String, in assembly: TemplateAssembly) -> UInt32? {
        guard let index = assembly.spec.functions.index(forKey: function), !assembly.spec.isBroken("functions", function)
        else { return nil }
        return UInt32(index)
    }

    /// Each function and source path once, with the routes of a function behind too many of
    /// them folded into one grant: what the permissions are made of. A measured template
    /// then expects their lower bound (`lowerBound`), before the functions' resources.
    mutating func settle(in assembly: TemplateAssembly) {
        permitted = collapsed(distinct(in: assembly.spec), in: assembly.spec)
        guard let counters = assembly.counters, assembly.expectsBounds else { return }
        bound = lowerBound(in: assembly, count: counters.resourceBytes, past: counters.room)
        assembly.expect(bound)
    }

    /// At most the permissions' bytes in the template: each one's value, from its shape,
    /// without its logical id, its strings counted as their UTF-8 bytes (JSON's escapes only
    /// add to them), each function's part once. `count` gives the bytes of a resource's JSON.
    /// Stops once it is past `limit`.
    func lowerBound(in assembly: TemplateAssembly, count: (JSONValue) -> Int, past limit: Int = .max) -> Int {
        guard let permitted else { preconditionFailure("the permissions are settled before they are measured") }
        var permission = Self.shape(alias: false, in: assembly)
        var aliasPermission = Self.shape(alias: true, in: assembly)
        let spec = assembly.spec
        // Each function's permission less its source path, found once a function; 0 for a
        // function the template has no resources of (and so no permissions).
        var functionBytes = [Int?](repeating: nil, count: spec.functions.count)
        var bound = 0
        for grant in permitted where bound <= limit {
            let function = Int(grant.function)
            let bytes = functionBytes[function] ?? {
                let ids = assembly.names.functionIDs[function]
                let target = ids.alias ?? ids.function
                let pieces: ResourceShape.Pieces = { number, piece in if number == 0 { target.withUTF8Bytes(piece) } }
                return ids.alias == nil ? permission.bytes(pieces, count: count) : aliasPermission.bytes(pieces, count: count)
            }()
            functionBytes[function] = bytes
            guard bytes > 0 else { continue }
            var sourcePath = CountingOutput()
            writeSourcePath(of: grant.source, routes: spec.routes, into: &sourcePath)
            bound += bytes + sourcePath.count
        }
        return bound
    }

    /// Made from the function's id and the source path, as many times as there are routes.
    private static func shape(alias: Bool, in assembly: TemplateAssembly) -> ResourceShape {
        ResourceShape(strings: 2) { permission(function: $0[0], alias: alias, api: assembly.api, sourcePath: $0[1]) }
    }

    /// The permissions asked for, in the order they were (`settle` first).
    func add(to assembly: TemplateAssembly) {
        guard let permitted else { preconditionFailure("the permissions are settled before they are added") }
        let spec = assembly.spec
        // Without an alias, then with one: indexed, so that one call site hands over the
        // pieces as a closure literal, which is not allocated nor its captures boxed.
        var shapes = [Self.shape(alias: false, in: assembly), Self.shape(alias: true, in: assembly)]
        // Not the spec: a closure that held it would copy every one of its fields.
        let routes = spec.routes
        var functions = InvokedFunctions(count: spec.functions.count)
        // The ids of a window of grants are made ahead, one after another in one buffer, and
        // the allocator's slots for them read at once (`LogicalIDAllocator.warm`). Each part of
        // an id is copied into its place in the buffer (`IDBytes`): appended to an array,
        // each cost some 90 instructions. A source path not kept (`routePaths`) is made in a
        // buffer kept from one permission to the next.
        let ids = IDBytes(room: Self.idsAhead * Self.typicalIDBytes)
        var idEnds: [Int] = []
        var hashes: [UInt64] = []
        var sourcePath: [UInt8] = []
        assembly.countingExpected(bound)
        var windowStart = 0
        while windowStart < permitted.count {
            // A permission per route: when only their number matters, naming and making each
            // is waste. That lasts: the rest are only counted.
            guard !assembly.countsResourcesOnly else {
                for grant in permitted[windowStart...] where functions.isTargeted(Int(grant.function), in: assembly) {
                    assembly.countResource()
                }
                break
            }
            let window = windowStart..<min(windowStart + Self.idsAhead, permitted.count)
            windowStart = window.upperBound
            ids.removeAll()
            idEnds.removeAll(keepingCapacity: true)
            hashes.removeAll(keepingCapacity: true)
            for grant in permitted[window] {
                let start = ids.count
                if functions.isTargeted(Int(grant.function), in: assembly) {
                    functions.withWords(of: Int(grant.function)) { ids.append($0) }
                    appendName(of: grant.source, routes: routes, to: ids)
                    Self.idSuffix.withUnsafeBufferPointer { ids.append($0) }
                    hashes.append(LogicalIDAllocator.hash(ids.bytes(start..<ids.count)))
                }
                idEnds.append(ids.count)
            }
            hashes.withUnsafeBufferPointer { assembly.warmIDs($0) }
            var idStart = 0
            // Where the next targeted grant's hash is.
            var nextHash = 0
            for (offset, grant) in permitted[window].enumerated() {
                let function = Int(grant.function)
                let idRange = idStart..<idEnds[offset]
                idStart = idRange.upperBound
                guard functions.targeted[function] else { continue }
                let hash = hashes[nextHash]
                nextHash += 1
                guard !assembly.countsResourcesOnly else {
                    assembly.countResource()
                    continue
                }
                guard let target = functions.targets[function] else { continue }
                // A route's source path is read where granting it wrote it; any other is made.
                var keptRoute: Int?
                if case .route(let route) = grant.source, routePaths.kept {
                    keptRoute = Int(route)
                } else {
                    sourcePath.removeAll(keepingCapacity: true)
                    writeSourcePath(of: grant.source, routes: routes, into: &sourcePath)
                }
                assembly.addClaiming(
                    ids.bytes(idRange), baseCount: idRange.count - Self.idSuffix.count,
                    hash: hash, &shapes[functions.aliased[function] ? 1 : 0]
                ) { number, piece in
                    if number == 0 {
                        target.withUTF8Bytes(piece)
                    } else if let keptRoute {
                        routePaths.withText(ofRoute: keptRoute, piece)
                    } else {
                        sourcePath.withUnsafeBufferPointer(piece)
                    }
                }
            }
        }
    }

    /// What a permission's id ends with, as bytes to append.
    private static let idSuffix = Array("Permission".utf8)

    /// How many permissions' ids are made ahead of claiming them: enough reads of the
    /// allocator's slots to wait for together.
    private static let idsAhead = 16

    /// About the bytes of a permission's id (`ItemsGetItemsIdPermission`).
    private static let typicalIDBytes = 48

    /// Lets API Gateway invoke `function` (a function's id, or its alias's) from `sourcePath`.
    private static func permission(function: String, alias: Bool, api: String, sourcePath: String) -> Resource {
        Resource(type: "AWS::Lambda::Permission", properties: [
            "Action": "lambda:InvokeFunction",
            "FunctionName": alias ? Intrinsic.ref(function) : Intrinsic.getAtt(function, "Arn"),
            "Principal": "apigateway.amazonaws.com",
            "SourceArn": Intrinsic.executeAPIARN(api: api, path: sourcePath),
        ])
    }

    /// The grants less those of a function and source path granted before: two routes can
    /// share one (`GET /a/{x}` and `GET /a/{y}` are both `GET/a/*`).
    private func distinct(in spec: Spec) -> [Grant] {
        guard let repeats = asciiRepeats(in: spec) ?? Optional(Repeats.find(count: grants.count, key: { target(of: $0, in: spec) })),
              !repeats.isEmpty
        else { return grants }
        var repeated = [Bool](repeating: false, count: grants.count)
        for (index, _) in repeats { repeated[index] = true }
        return grants.indices.compactMap { repeated[$0] ? nil : grants[$0] }
    }

    /// What makes a grant distinct.
    private struct Target: Hashable {
        var function: UInt32
        var sourcePath: String
    }

    private func target(of grant: Int, in spec: Spec) -> Target {
        Target(function: grants[grant].function, sourcePath: sourcePath(of: grants[grant].source, in: spec))
    }

    /// The repeated grants, found by hashing the bytes of their source paths as they are
    /// made, without a String for each; nil when a source path is not ASCII. Bytes then
    /// differ where Strings are equal (`é` written as one scalar or two, `K` as the Kelvin
    /// sign), so the Strings are hashed. Where every source path is ASCII, Strings are equal
    /// exactly where their bytes are. A route's source path is hashed where granting it kept
    /// it, when it did.
    private func asciiRepeats(in spec: Spec) -> [(index: Int, first: Int)]? {
        var hash = ASCIIHash()
        let repeats = Repeats.find(count: grants.count, hash: { index in
            hash.hash = StableHash()
            withUnsafeBytes(of: grants[index].function.littleEndian) { hash.hash.combine($0.assumingMemoryBound(to: UInt8.self)) }
            if routePaths.kept, case .route(let route) = grants[index].source {
                routePaths.withText(ofRoute: Int(route)) { hash.append(ascii: $0) }
            } else {
                writeSourcePath(of: grants[index].source, routes: spec.routes, into: &hash)
            }
            return Int(truncatingIfNeeded: hash.hash.value)
        }, same: { target(of: $0, in: spec) == target(of: $1, in: spec) })
        return hash.isASCII ? repeats : nil
    }

    /// `grants`, with the routes of each function behind too many of them folded into one
    /// grant for every route of the API (`*/*`), where its first route grant stood.
    private func collapsed(_ grants: [Grant], in spec: Spec) -> [Grant] {
        var routeCounts = [Int](repeating: 0, count: spec.functions.count)
        for grant in grants where grant.isRoute { routeCounts[Int(grant.function)] += 1 }
        guard routeCounts.contains(where: { $0 > Self.maximumRoutePermissions }) else { return grants }
        var folded = [Bool](repeating: false, count: spec.functions.count)
        var kept: [Grant] = []
        for grant in grants {
            guard grant.isRoute, routeCounts[Int(grant.function)] > Self.maximumRoutePermissions else {
                kept.append(grant)
                continue
            }
            guard !folded[Int(grant.function)] else { continue }
            folded[Int(grant.function)] = true
            kept.append(Grant(function: grant.function, source: .allRoutes))
        }
        return kept
    }

    /// Appends what the permission's logical id says it is for, after its function.
    private func appendName(of source: Grant.Source, routes: [Route], to id: IDBytes) {
        if case .route(let index) = source, routeWords.kept { return routeWords.withText(ofRoute: Int(index)) { id.append($0) } }
        // Made apart, then copied: a route's words not kept (a measured template's), an authorizer's.
        var name: [UInt8] = []
        switch source {
        case .route(let index): LogicalID.appendRouteKey(raw: routes[Int(index)].key.raw, kind: routes[Int(index)].key.kind, to: &name)
        case .authorizer(let index):
            PascalCase.append(authorizers[Int(index)].name, to: &name, limit: LogicalID.maximumBaseLength)
            name += "Authorizer".utf8
        case .allRoutes: name += "AllRoutes".utf8
        }
        name.withUnsafeBufferPointer { id.append($0) }
    }

    /// What follows the API's ARN in the permission's source ARN.
    private func sourcePath(of source: Grant.Source, in spec: Spec) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.typicalPathBytes)
        writeSourcePath(of: source, routes: spec.routes, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `sourcePath(of:in:)` into `out`; `routes` are the spec's.
    private func writeSourcePath(of source: Grant.Source, routes: [Route], into out: inout some SourcePathOutput) {
        switch source {
        case .route(let index): Self.writeRoutePath(ofRoute: Int(index), in: routes, into: &out)
        case .authorizer(let index): out.append(authorizers[Int(index)].sourcePath)
        case .allRoutes: out.append("*/*")
        }
    }

    /// What follows the stage in the ARN API Gateway presents: `GET/pets/*` for
    /// `GET /pets/{id}` (`*` for any method or path parameter), the key itself for
    /// `$default` and WebSocket routes.
    static func routePath(_ key: RouteKey) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(typicalPathBytes)
        if !key.raw.withUTF8Bytes({ ASCIIRoutePath.write($0, into: &bytes) }) { writeRoutePath(key, into: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `*/` and `routePath` of the key of `routes[index]` into `out`: from the key's
    /// bytes when they are ASCII, as most are (`ASCIIRoutePath`). The route read in place,
    /// and inlined: a call copied what it was given.
    @inline(__always)
    private static func writeRoutePath(ofRoute index: Int, in routes: [Route], into out: inout some SourcePathOutput) {
        if routes[index].key.raw.withUTF8Bytes({ ASCIIRoutePath.write($0, after: "*/", into: &out) }) { return }
        out.append(UInt8(ascii: "*"))
        out.append(UInt8(ascii: "/"))
        writeRoutePath(routes[index].key, into: &out)
    }

    /// Room for most paths at once: growing the buffer piece by piece costs more than the pieces.
    private static let typicalPathBytes = 64

    /// Writes `routePath(key)` into `out` from the key's parsed segments: for a key of other
    /// than ASCII bytes. Its separators a byte at a time, and for each output its own code
    /// (generic, inlined): pieces handed to a closure cost some 200 instructions each.
    private static func writeRoutePath(_ key: RouteKey, into out: inout some SourcePathOutput) {
        // The kind once: `method` and `path` each copy it.
        guard case .http(let method, let path) = key.kind else { return out.append(TemplateText.escapedForSub(key.raw)) }
        if method == "ANY" { out.append(UInt8(ascii: "*")) } else { out.append(method) }
        out.append(UInt8(ascii: "/"))
        for (index, segment) in path.segments.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "/")) }
            guard case .literal(let text) = segment else {
                out.append(UInt8(ascii: "*"))
                continue
            }
            out.append(TemplateText.escapedForSub(text))
        }
    }
}

/// Source paths hashed, and whether every byte of them was ASCII: checked as they are
/// hashed instead of reading each route's key again. FNV, a byte at a time, is the same
/// however a source path's bytes are split.
private struct ASCIIHash: SourcePathOutput {
    var hash = StableHash()
    /// Every byte hashed so far, or'd: its top bit is set once one was not ASCII.
    private var bits: UInt8 = 0

    var isASCII: Bool { bits < 0x80 }

    mutating func append(_ byte: UInt8) {
        bits |= byte
        hash.append(byte)
    }

    mutating func append(_ text: String) {
        text.withUTF8Bytes { append(ascii: $0) }
    }

    mutating func append(ascii bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { append(byte) }
    }
}
