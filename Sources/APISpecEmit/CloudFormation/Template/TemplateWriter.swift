/// A template written as it is made: each resource goes out when it is added, so emitting
/// holds no more of the template than one resource and what is written after them (the
/// outputs). The text is `JSONWriter.write(template.json)`'s.
struct TemplateWriter {
    private var output: ChunkOutput
    private var document = JSONWriter.ObjectWriter(indent: 0)
    /// Once the sections before `Resources` are written.
    private var resources: JSONWriter.ObjectWriter?

    init(output: ChunkOutput) { self.output = output }

    /// False once the output failed: nothing more written reaches it.
    var wantsMore: Bool { output.wantsMore }

    /// The resources written so far.
    var resourceCount: Int { resources?.count ?? 0 }

    /// `bodyPaths` makes the members of the resource's `Properties.Body.paths` (`{}` in `resource`).
    /// `template`: the template so far, its sections before `Resources` complete (read for
    /// the first resource only).
    mutating func add(
        _ logicalID: String, _ resource: JSONValue, bodyPaths: PathItems?, of template: @autoclosure () -> Template
    ) {
        if resources == nil { writeHead(of: template()) }
        if let bodyPaths {
            resources?.add(logicalID, resource, filling: OpenAPIBody.pathsKeys, with: bodyPaths, into: &output)
        } else {
            resources?.add(logicalID, resource, into: &output)
        }
    }

    /// `add(_:_:bodyPaths:of:)` for a resource without body paths, its `DependsOn` ids written
    /// as they are, not made into values first (a WebSocket API's deployment waits for each
    /// of its routes: as values, some 350 instructions an id).
    mutating func add(_ logicalID: String, _ resource: Resource, of template: @autoclosure () -> Template) {
        // Without ids, as a value: a walk of its members that looks for them costs more.
        guard !resource.dependsOn.isEmpty else { return add(logicalID, resource.json, bodyPaths: nil, of: template()) }
        add(logicalID, resource, dependingOn: resource.dependsOn.count, of: template()) { index, write in
            resource.dependsOn[index].withUTF8Bytes(write)
        }
    }

    /// `add(_:_:of:)` for a resource that waits for `count` ids (not its `dependsOn`'s), each
    /// given as its bytes (letters and digits, which JSON writes as they are) by `id`.
    mutating func add(
        _ logicalID: String, _ resource: Resource, dependingOn count: Int, of template: @autoclosure () -> Template,
        id: (_ index: Int, _ write: (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        if resources == nil { writeHead(of: template()) }
        guard var writer = resources else { preconditionFailure("the resources are open") }
        let members = resource.members(dependsOn: count == 0 ? nil : .null)
        let indent = writer.valueIndent
        writer.add(logicalID, into: &output) { out in
            var object = JSONWriter.ObjectWriter(indent: indent)
            let idsIndent = object.valueIndent
            for (key, value) in members {
                guard key == "DependsOn" else {
                    object.add(key, value, into: &out)
                    continue
                }
                object.add(key, into: &out) { out in
                    var ids = JSONWriter.ArrayWriter(indent: idsIndent)
                    for index in 0..<count {
                        ids.add(into: &out) { out in
                            out.append(UInt8(ascii: "\""))
                            id(index) { out.append(bytes: UnsafeRawBufferPointer($0)) }
                            out.append(UInt8(ascii: "\""))
                        }
                    }
                    ids.close(&out)
                }
            }
            object.close(&out)
        }
        resources = writer
    }

    /// `add`, returning the hash of the resource's `Properties` (`OpenAPIBody.fingerprint`'s),
    /// taken from their text as it goes out: the body's paths are then made once, not a
    /// second time to be hashed.
    mutating func add(
        _ logicalID: String, _ resource: Resource, hashingPropertiesWith bodyPaths: PathItems?,
        of template: @autoclosure () -> Template
    ) -> String {
        if resources == nil { writeHead(of: template()) }
        guard var writer = resources, case .object(let members) = resource.json else { preconditionFailure("a resource is an object") }
        let resourceIndent = writer.valueIndent
        var hash: UInt64 = 0
        writer.add(logicalID, into: &output) { out in
            var object = JSONWriter.ObjectWriter(indent: resourceIndent)
            precondition(object.valueIndent == Self.propertiesIndent, "resources are members of the template's Resources")
            for (key, value) in members {
                guard key == "Properties" else {
                    object.add(key, value, into: &out)
                    continue
                }
                object.add(key, into: &out) { out in
                    // Most of the template: hashed on the writer's thread where there is one.
                    out.startHashing(handingOn: true)
                    if let bodyPaths {
                        JSONWriter.write(
                            value, indent: Self.propertiesIndent, filling: OpenAPIBody.pathsKeys.dropFirst(), with: bodyPaths,
                            into: &out)
                    } else {
                        JSONWriter.write(value, indent: Self.propertiesIndent, into: &out)
                    }
                    hash = out.endHashing().value
                }
            }
            object.close(&out)
        }
        resources = writer
        return StableHash.hex(hash)
    }

    /// Where a resource's properties indent their nested lines from: the template's
    /// `Resources`, then the resource.
    static let propertiesIndent = 3
    /// Where a resource indents its nested lines from, in the template's `Resources`.
    static let resourceIndent = 2

    /// `add`, with the resource's text hashed into `snapshot` as it goes out
    /// (`DeploymentSnapshot.add`'s text).
    mutating func add(
        _ logicalID: String, _ resource: JSONValue, into snapshot: inout DeploymentSnapshot,
        of template: @autoclosure () -> Template
    ) {
        add(logicalID, into: &snapshot, of: template()) { JSONWriter.write(resource, indent: $1, into: &$0) }
    }

    /// `add(_:_:into:of:)` for a resource whose text `write` writes, its nested lines indented from `indent`.
    mutating func add(
        _ logicalID: String, into snapshot: inout DeploymentSnapshot, of template: @autoclosure () -> Template,
        writing write: (inout ChunkOutput, _ indent: Int) -> Void
    ) {
        logicalID.withUTF8Bytes { add($0, into: &snapshot, of: template(), writing: write) }
    }

    /// `add(_:into:of:writing:)` for a logical id given as its UTF-8 bytes.
    mutating func add(
        _ logicalID: UnsafeBufferPointer<UInt8>, into snapshot: inout DeploymentSnapshot,
        of template: @autoclosure () -> Template, writing write: (inout ChunkOutput, _ indent: Int) -> Void
    ) {
        if resources == nil { writeHead(of: template()) }
        guard var writer = resources else { preconditionFailure("the resources are open") }
        precondition(writer.valueIndent == Self.resourceIndent, "resources are members of the template's Resources")
        snapshot.addKey(logicalID)
        writer.add(key: logicalID, into: &output) { out in
            out.startHashing(continuing: snapshot.hash)
            write(&out, Self.resourceIndent)
            snapshot.hash = out.endHashing()
        }
        resources = writer
    }

    /// A resource of `shape` made from the strings `pieces` gives, written from its cut text.
    mutating func add(
        _ logicalID: String, _ shape: inout ResourceShape, _ pieces: ResourceShape.Pieces, of template: @autoclosure () -> Template
    ) {
        logicalID.withUTF8Bytes { add($0, &shape, pieces, of: template()) }
    }

    /// `add(_:_:_:of:)` for a logical id given as its UTF-8 bytes.
    mutating func add(
        _ logicalID: UnsafeBufferPointer<UInt8>, _ shape: inout ResourceShape, _ pieces: ResourceShape.Pieces,
        of template: @autoclosure () -> Template
    ) {
        if resources == nil { writeHead(of: template()) }
        guard var writer = resources, let text = shape.text(indent: writer.valueIndent) else {
            return add(String(decoding: logicalID, as: UTF8.self), shape.make(pieces).json, bodyPaths: nil, of: template())
        }
        writer.add(key: logicalID, into: &output) { text.write(pieces, into: &$0) }
        resources = writer
    }

    /// `add(_:_:_:of:)`, with the resource's text hashed into `snapshot` as it goes out.
    mutating func add(
        _ logicalID: UnsafeBufferPointer<UInt8>, _ shape: inout ResourceShape, _ pieces: ResourceShape.Pieces,
        into snapshot: inout DeploymentSnapshot, of template: @autoclosure () -> Template
    ) {
        guard let text = shape.text(indent: Self.resourceIndent) else {
            return add(String(decoding: logicalID, as: UTF8.self), shape.make(pieces).json, into: &snapshot, of: template())
        }
        add(logicalID, into: &snapshot, of: template()) { out, _ in text.write(pieces, into: &out) }
    }

    /// A resource whose text `write` writes, its nested lines indented from `indent`.
    mutating func add(
        _ logicalID: String, of template: @autoclosure () -> Template,
        writing write: (inout ChunkOutput, _ indent: Int) -> Void
    ) {
        if resources == nil { writeHead(of: template()) }
        guard var writer = resources else { preconditionFailure("the resources are open") }
        let indent = writer.valueIndent
        writer.add(logicalID, into: &output) { write(&$0, indent) }
        resources = writer
    }

    /// Writes the rest of `template` and hands back the output, everything written to it.
    mutating func finish(_ template: Template) -> ChunkOutput {
        if resources == nil { writeHead(of: template) }
        resources?.close(&output)
        for (key, value) in template.tail { document.add(key, value, into: &output) }
        document.close(&output)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    private mutating func writeHead(of template: Template) {
        for (key, value) in template.head { document.add(key, value, into: &output) }
        // The key alone: its value follows, a resource at a time.
        document.add("Resources", into: &output) { _ in }
        resources = JSONWriter.ObjectWriter(indent: 1)
    }
}
