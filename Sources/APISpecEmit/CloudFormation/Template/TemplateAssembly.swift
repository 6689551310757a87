import APISpecCore
import OrderedCollections

/// What the template's parts share while they add themselves: the spec, the stages being
/// emitted, the logical ids, and the template so far.
final class TemplateAssembly {
    let spec: Spec
    /// The stages this template deploys: every one, or the one `--stage` chose.
    let stages: OrderedDictionary<String, Stage>
    // The names, counters and writer are not checked for exclusive access (a runtime call,
    // some 70 instructions, at each of the thousands of uses a large template makes of
    // them): only this class's methods change them, and none of those reaches back into
    // the one it is changing.
    @exclusivity(unchecked) private(set) var names: ResourceNames
    private(set) var template: Template
    let text: TemplateText
    /// Set when the template is only measured: resources and the OpenAPI body's paths are
    /// counted here instead of kept.
    @exclusivity(unchecked) private(set) var counters: TemplateCounters?
    /// Whether the largest parts of a measured template first add lower bounds of their
    /// length (`expect`): only for more routes than `boundedRoutes`, below which finding the
    /// bounds cost more than they could save (4% of a 10-route `validate`).
    let expectsBounds: Bool
    static let boundedRoutes = 128
    /// Set when the template is written as it is made: resources go out instead of being kept.
    @exclusivity(unchecked) private var writer: TemplateWriter?
    /// Resources not written because the output wanted no more: only their number still matters.
    @exclusivity(unchecked) private var unwritten = 0
    /// Whether the OpenAPI body's paths, most of a large template, are made apart from it
    /// (`bodyPaths`) to be counted or written one by one instead of held: when the template
    /// is measured or written.
    var pathsApart: Bool { counters != nil || writer != nil }
    /// What makes the OpenAPI body's paths (of the API's resource) when they are apart; nil
    /// when `x-cloudformation` replaced the body. A measured template counts them after the
    /// rest of it: when the rest (with their lower bound) is past the byte limit already, not
    /// one of them (nor their operations) is made.
    private(set) var bodyPaths: PathItems?
    /// Counts the parts of a measured template counted once the rest of it is, each after its
    /// lower bound and resources were expected (`expect(_:resources:countingLater:)`). One
    /// closure, each part's wrapped around the earlier ones': a list of them was a generic
    /// type the runtime made at the start of every run.
    private var countLast: () -> Void = {}

    /// `measuringUpTo`: measure the template instead of keeping it, counting its bytes up to
    /// that many. `writingTo`: write the template to this output as it is made instead
    /// (`finishWriting()`).
    init(
        spec: Spec, stages: OrderedDictionary<String, Stage>, measuringUpTo byteLimit: Int? = nil,
        writingTo output: ChunkOutput? = nil
    ) {
        self.spec = spec
        self.stages = stages
        if let byteLimit { counters = TemplateCounters(byteLimit: byteLimit) }
        expectsBounds = byteLimit != nil && spec.routes.count > Self.boundedRoutes
        if let output { writer = TemplateWriter(output: output) }
        let names = ResourceNames(spec: spec, measured: byteLimit != nil)
        self.names = names
        self.text = TemplateText(parameterIDs: names.parameters)
        self.template = Template(
            description: Template.description(spec.description ?? "apispec: \(spec.name) (\(spec.apiProtocol.rawValue) API)"))
    }

    var api: String { names.api }

    /// The policy documents of the functions' roles that every role has, by the service
    /// that assumes it: written once, then copied (`ExecutionRole`).
    let assumeRoleTexts = RepeatedValues<String>()

    /// `Ref` to the API, made once: a WebSocket API's routes and integrations each have one.
    private(set) lazy var apiReference = Intrinsic.ref(api)

    /// A fresh logical id, `base` + `suffix`, unique in the template.
    func claim(_ base: String, suffix: String) -> String {
        names.allocator.claim(base, suffix: suffix)
    }

    /// `claim`, for a base of ASCII letters and digits, the id kept as bytes (`ClaimedID`).
    func claimID(_ base: [UInt8], suffix: String) -> ClaimedID {
        names.allocator.claimBytes(base, suffix: suffix)
        return names.allocator.lastClaimed
    }

    /// The bytes of `id`, to `body`.
    func withBytes<Result>(of id: ClaimedID, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        LogicalIDAllocator.withBytes(at: names.allocator.place(of: id), body)
    }

    /// `id` made a String, for the parts of a template that take one.
    func string(of id: ClaimedID) -> String {
        withBytes(of: id) { String(decoding: $0, as: UTF8.self) }
    }

    /// `add(claim(base, suffix: suffix), &shape, pieces)` for an id made whole, `baseCount`
    /// bytes of base then the suffix, whose `LogicalIDAllocator.hash` was found ahead
    /// (`warmIDs`): a written template writes the id from the allocator's bytes, without a
    /// String made of it (a permission per route).
    func addClaiming(
        _ id: UnsafeBufferPointer<UInt8>, baseCount: Int, hash: UInt64, _ shape: inout ResourceShape, _ pieces: ResourceShape.Pieces
    ) {
        names.allocator.claimBytes(id, baseCount: baseCount, hash: hash)
        guard counters == nil, writer != nil, !countsResourcesOnly else {
            return add(string(of: names.allocator.lastClaimed), &shape, pieces)
        }
        withBytes(of: names.allocator.lastClaimed) { writer?.add($0, &shape, pieces, of: template) }
    }

    /// Readies the allocator to claim ids of `hashes` soon (`LogicalIDAllocator.warm`).
    func warmIDs(_ hashes: UnsafeBufferPointer<UInt64>) {
        names.allocator.warm(hashes)
    }

    func add(_ logicalID: String, _ resource: Resource) {
        if counters != nil {
            counters?.addResource(logicalID) { resource.json }
        } else if writer != nil {
            guard !countsResourcesOnly else { return unwritten += 1 }
            if logicalID == api, let bodyPaths {
                writer?.add(logicalID, resource.json, bodyPaths: bodyPaths, of: template)
            } else {
                writer?.add(logicalID, resource, of: template)
            }
        } else {
            template.resources[logicalID] = resource
        }
    }

    /// Adds a resource a deployment snapshots, into `snapshot` too; a measured template
    /// leaves `snapshot` as it is (the deployment's id is as long whatever it hashes).
    func add(_ logicalID: String, _ resource: Resource, into snapshot: inout DeploymentSnapshot) {
        guard counters == nil else { return add(logicalID, resource) }
        guard writer != nil else {
            add(logicalID, resource)
            return snapshot.add(logicalID, resource.json)
        }
        guard !countsResourcesOnly else { return unwritten += 1 }
        writer?.add(logicalID, resource.json, into: &snapshot, of: template)
    }

    /// Adds the API's resource. A template written as it is made returns the hash of its
    /// properties (`OpenAPIBody.fingerprint`'s), taken as they are written; nil otherwise.
    func addHashingProperties(_ logicalID: String, _ resource: Resource) -> String? {
        guard writer != nil, !countsResourcesOnly else {
            add(logicalID, resource)
            return nil
        }
        return writer?.add(logicalID, resource, hashingPropertiesWith: logicalID == api ? bodyPaths : nil, of: template)
    }

    /// A resource of `shape` made from the strings `pieces` gives; a template that is measured
    /// or written counts or writes it from its shape instead of making it.
    func add(_ logicalID: String, _ shape: inout ResourceShape, _ pieces: ResourceShape.Pieces) {
        if let measured = counters {
            counters?.addResource(logicalID, bytes: shape.bytes(pieces, count: measured.resourceBytes))
        } else if writer != nil {
            guard !countsResourcesOnly else { return unwritten += 1 }
            writer?.add(logicalID, &shape, pieces, of: template)
        } else {
            add(logicalID, shape.make(pieces))
        }
    }

    /// A resource whose properties are made where they go (`MadeProperties`): a template that
    /// is measured or written counts or writes them as they are made.
    func add(_ logicalID: String, type: String, properties: some MadeProperties) {
        if let measured = counters {
            counters?.addResource(logicalID, bytes: {
                var output = CountingOutput()
                properties.writeResource(type: type, indent: measured.resourceIndent, into: &output)
                return output.count
            }())
        } else if writer != nil {
            guard !countsResourcesOnly else { return unwritten += 1 }
            writer?.add(logicalID, of: template) { out, indent in
                properties.writeResource(type: type, indent: indent, into: &out)
            }
        } else {
            add(logicalID, Resource(type: type, properties: properties.object, metadata: properties.metadata))
        }
    }

    /// `add(_:type:properties:)` for a resource a deployment snapshots, into
    /// `snapshot` too, as `add(_:_:into:)` adds it.
    func add(_ logicalID: String, type: String, properties: some MadeProperties, into snapshot: inout DeploymentSnapshot) {
        guard counters == nil else { return add(logicalID, type: type, properties: properties) }
        guard writer != nil else {
            return add(logicalID, Resource(type: type, properties: properties.object, metadata: properties.metadata), into: &snapshot)
        }
        guard !countsResourcesOnly else { return unwritten += 1 }
        writer?.add(logicalID, into: &snapshot, of: template) { out, indent in
            properties.writeResource(type: type, indent: indent, into: &out)
        }
    }

    /// `add(_:_:_:)` for a resource a deployment snapshots, into `snapshot` too, as
    /// `add(_:_:into:)` adds it; its id kept as bytes, which a written template writes and
    /// hashes as they are.
    func add(
        _ id: ClaimedID, _ shape: inout ResourceShape, _ pieces: ResourceShape.Pieces, into snapshot: inout DeploymentSnapshot
    ) {
        guard counters == nil else { return add(string(of: id), &shape, pieces) }
        guard writer != nil else { return add(string(of: id), shape.make(pieces), into: &snapshot) }
        guard !countsResourcesOnly else { return unwritten += 1 }
        withBytes(of: id) { writer?.add($0, &shape, pieces, into: &snapshot, of: template) }
    }

    /// `add(_:_:)` for a resource that waits for `ids` (not its `dependsOn`'s): a written
    /// template writes them from their bytes.
    func add(_ logicalID: String, _ resource: Resource, dependingOn ids: [ClaimedID]) {
        guard counters == nil, writer != nil, !countsResourcesOnly else {
            var resource = resource
            resource.dependsOn = ids.map(string(of:))
            return add(logicalID, resource)
        }
        writer?.add(logicalID, resource, dependingOn: ids.count, of: template) { index, write in
            withBytes(of: ids[index], write)
        }
    }

    /// Writes the rest of a written template; returns its output, everything written to it.
    func finishWriting() -> ChunkOutput? {
        writer?.finish(template)
    }

    /// True when only the number of resources still matters: the template is measured and
    /// past its byte limit, or written to an output that wants no more. A part that makes
    /// many resources then calls `countResource()` instead of making them.
    var countsResourcesOnly: Bool { counters?.isPastByteLimit == true || writer?.wantsMore == false }

    func countResource() {
        if counters != nil { counters?.countResourcePastLimit() } else { unwritten += 1 }
    }

    /// The resources of a written template, those left unwritten included.
    var writtenResourceCount: Int { (writer?.resourceCount ?? 0) + unwritten }

    func setBodyPaths(_ paths: PathItems?) {
        bodyPaths = paths
    }

    /// A measured template counts the OpenAPI body's paths last, one by one, while it is
    /// within its byte limit; it first expects their lower bound when its other bounds and
    /// counts have not passed the limit yet (finding it reads every route).
    func countPathsLast() {
        guard let paths = bodyPaths, let counters else { return }
        let bound = expectsBounds && !counters.isPastByteLimit
            ? paths.lowerBound(valueIndent: counters.pathsValueIndent, past: counters.room) : 0
        expect(bound, resources: 0) { [unowned self] in
            paths.count(valueIndent: counters.pathsValueIndent) { path, bytes in self.counters?.addPath(path, bytes: bytes) ?? false }
        }
    }

    /// A part of a measured template, counted later where it is made, is at least `bytes`
    /// long (`TemplateCounters`).
    func expect(_ bytes: Int) {
        counters?.expect(bytes)
    }

    /// The part `expect(bytes)` bounded is counted from here on, where it is made: its bound
    /// makes way for its count. Past the byte limit the bound stays, and the part counts
    /// only its resources (`countsResourcesOnly`), as every part does there.
    func countingExpected(_ bytes: Int) {
        _ = counters?.countExpected(bytes)
    }

    /// A part of a measured template, at least `bytes` long and of `resources` resources, is
    /// counted by `count` once the rest of the template is (`countLastParts`), unless the
    /// template is past its byte limit by then.
    func expect(_ bytes: Int, resources: Int, countingLater count: @escaping () -> Void) {
        counters?.expect(bytes, resources: resources)
        let earlier = countLast
        countLast = { [unowned self] in
            earlier()
            if counters?.countExpected(bytes, resources: resources) == true { count() }
        }
    }

    /// Counts the parts expected to be counted last, in order, while the template is within its byte limit.
    func countLastParts() {
        countLast()
        countLast = {}
    }

    func addParameter(_ logicalID: String, _ parameter: JSONValue) {
        template.parameters[logicalID] = parameter
    }

    func addOutput(_ name: String, description: String, value: JSONValue) {
        template.outputs[name] = ["Description": .string(description), "Value": value]
    }

    /// Routes that are not broken and have exactly one integration, in spec order. Lazy: an
    /// array would copy every route (several hundred bytes each) for one pass.
    var routes: some Sequence<(route: Route, integration: Integration)> {
        indexedRoutes.lazy.map { ($0.route, $0.integration) }
    }

    /// Whether `route` is one of `routes`, found without copying its integration.
    func includes(_ route: Route) -> Bool {
        !spec.isBroken(route) && route.hasIntegration
    }

    /// `routes`, with their index in `spec.routes`.
    var indexedRoutes: some Sequence<(index: Int, route: Route, integration: Integration)> {
        let spec = spec
        return spec.routes.indices.lazy.compactMap { index in
            let route = spec.routes[index]
            guard !spec.isBroken(route), let integration = route.integration else { return nil }
            return (index, route, integration)
        }
    }

    /// The deploy targets the OpenAPI body points through.
    var targets: CloudFormationTargets { CloudFormationTargets(functionNames: spec.functions.keys, functionIDs: names.functionIDs, templateText: text) }
}
