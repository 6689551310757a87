/// A template measured instead of kept: its resources, and the paths of the OpenAPI body
/// inside one of them, are counted as they are made and dropped, so measuring never holds
/// the template's largest parts. Once the count passes `byteLimit`, bytes are no longer
/// counted (the size rule's answer cannot change) and the body's remaining paths are not
/// made: past the limit, a large API's measurement costs little more than its resources.
///
/// The largest parts (the invoke permissions, the body's paths, a WebSocket API's routes)
/// first add a lower bound of their length that costs a fraction of counting them
/// (`expect`), and are counted after the functions' resources: a template whose bounds and
/// counts pass the limit is past it before they are counted, and most of its functions'
/// resources are not made either.
struct TemplateCounters {
    let byteLimit: Int
    /// `Resources` is written at the document's first level.
    private var resources = JSONWriter.ObjectCounter(indent: 1)
    private var paths = JSONWriter.ObjectCounter(indent: OpenAPIBody.pathsIndent)
    /// Resources added after the byte count passed the limit.
    private var resourcesPastLimit = 0
    /// The lower bounds of the parts not counted yet, and their resources.
    private var expected = 0
    private var expectedResources = 0

    init(byteLimit: Int) { self.byteLimit = byteLimit }

    /// Whether the template is known to be longer than `byteLimit`: what has been counted is
    /// part of it, less the `{}` each counted object stands in for, and the parts expected
    /// are at least as long as their bounds. Once past, it stays so: what is not counted
    /// then (nor made) is not in the count, and the bounds stay in it.
    private(set) var isPastByteLimit = false

    private mutating func update() {
        if room < 0 { isPastByteLimit = true }
    }

    /// How many bytes more the template may have within `byteLimit`: a lower bound past it
    /// need not be found further.
    var room: Int { byteLimit - (resources.byteCount - 2 + paths.byteCount - 2 + expected) }

    /// A part counted later is at least `bytes` long and has `resources` resources (made
    /// and counted with it, or, past the limit, counted here).
    mutating func expect(_ bytes: Int, resources: Int = 0) {
        guard !isPastByteLimit else { return resourcesPastLimit += resources }
        expected += bytes
        expectedResources += resources
        update()
    }

    /// The part `expect(bytes, resources:)` bounded is counted now; past the limit it is not,
    /// and its bound and resources stay. False when it is not to be counted.
    mutating func countExpected(_ bytes: Int, resources: Int = 0) -> Bool {
        guard !isPastByteLimit else { return false }
        expected -= bytes
        expectedResources -= resources
        return true
    }

    var resourceCount: Int { resources.count + resourcesPastLimit + expectedResources }

    /// `resource` is only made while bytes are counted.
    mutating func addResource(_ logicalID: String, _ resource: () -> JSONValue) {
        let counter = resources
        addResource(logicalID, bytes: counter.valueBytes(resource()))
    }

    /// A resource of `bytes`, as `resourceBytes` counts them; `bytes` is only counted while bytes are.
    mutating func addResource(_ logicalID: String, bytes: @autoclosure () -> Int) {
        guard !isPastByteLimit else { return resourcesPastLimit += 1 }
        resources.add(logicalID, valueBytes: bytes())
        update()
    }

    /// Where a resource's nested lines are indented from, in the template's `Resources`.
    var resourceIndent: Int { resources.valueIndent }

    /// The bytes of `resource`'s JSON where the template's resources are written.
    func resourceBytes(_ resource: JSONValue) -> Int { resources.valueBytes(resource) }

    /// One more resource, past `byteLimit`, where only the count still matters.
    mutating func countResourcePastLimit() {
        precondition(isPastByteLimit, "below the limit, a resource's bytes count too")
        resourcesPastLimit += 1
    }

    /// Where a path item's nested lines are indented from.
    var pathsValueIndent: Int { paths.valueIndent }

    /// A path item `bytes` long, written at `pathsValueIndent`; false once no more paths are wanted.
    mutating func addPath(_ path: String, bytes: Int) -> Bool {
        paths.add(path, valueBytes: bytes)
        update()
        return !isPastByteLimit
    }

    /// The length of the template as written, given the rest of it: the template that holds
    /// `{}` where the counted resources go (and, inside the API's resource, where the paths
    /// go). Past `byteLimit`, a length that is past it too, not the whole.
    func bytes(besides rest: Template) -> Int {
        precondition(isPastByteLimit || expected == 0 && expectedResources == 0, "within the limit, every part expected is counted")
        return JSONWriter.byteCount(rest.json) - 2 + resources.byteCount - 2 + paths.byteCount + expected
    }
}
