/// A resource's properties made into a sink (`JSONSink`): a template that is written or
/// measured writes or counts them as they are made, instead of making them into a value to
/// write once and free (a function's three resources, for each function of a large API, cost
/// about as much to make and free as to write).
protocol MadeProperties {
    /// Makes the properties, an object that is never empty (`Resource.json` leaves out empty
    /// properties), into `sink`.
    func make<Sink: JSONSink>(into sink: inout Sink)
    /// Whether the resource has `Metadata` (`makeMetadata`).
    var hasMetadata: Bool { get }
    /// Makes the resource's `Metadata`, an object that is never empty, into `sink`: made
    /// where it goes, as the properties are.
    func makeMetadata<Sink: JSONSink>(into sink: inout Sink)
    /// Writes the text of the resource of `type`, its metadata and these properties, as
    /// `JSONWriter` writes its `Resource.json`, into `output`: made into a text sink
    /// (`writeMadeResource`) unless the properties know a faster way (text made once).
    func writeResource<Output: JSONOutput>(type: String, indent: Int, into output: inout Output)
}

extension MadeProperties {
    var hasMetadata: Bool { false }
    func makeMetadata<Sink: JSONSink>(into sink: inout Sink) {}

    /// The metadata as a value (empty when there is none), for a template that keeps its resources.
    var metadata: JSONObject {
        guard hasMetadata else { return [:] }
        var sink = JSONValueSink()
        makeMetadata(into: &sink)
        guard case .object(let object) = sink.take() else { preconditionFailure("metadata is an object") }
        return object
    }

    /// The properties as a value, for a template that keeps its resources.
    var object: JSONObject {
        var sink = JSONValueSink()
        make(into: &sink)
        guard case .object(let object) = sink.take() else { preconditionFailure("properties are an object") }
        return object
    }

    func writeResource<Output: JSONOutput>(type: String, indent: Int, into output: inout Output) {
        writeMadeResource(type: type, indent: indent, into: &output)
    }

    /// `writeResource`, the resource made into a text sink.
    func writeMadeResource<Output: JSONOutput>(type: String, indent: Int, into output: inout Output) {
        var sink = JSONTextSink(output, indent: indent)
        sink.object { sink in
            sink.member(constant: "Type", .string(type))
            if hasMetadata {
                sink.key(constant: "Metadata")
                makeMetadata(into: &sink)
            }
            sink.key(constant: "Properties")
            make(into: &sink)
        }
        output = sink.output
    }
}
