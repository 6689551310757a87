import APISpecCore
import OrderedCollections

/// A function's own properties, before its `x-cloudformation` overrides, and the metadata
/// that says where its code comes from. Each member is made by a function of its own: the
/// properties are made of them, and so is the text every function shares
/// (`FunctionPropertiesText`), which a written function copies with its own parts between.
struct FunctionProperties: MadeProperties {
    /// The spec's functions, and this one's place: it is read where it is (`function`), where
    /// a copy of it, held here, retained and released each of its parts (some 800
    /// instructions a function).
    let functions: [Function]
    let index: Int
    let ids: ResourceNames.FunctionIDs
    /// The ids of the code's bucket and version, when the template has both: given the two
    /// ids, not `ResourceNames`, a copy of which retained each of its parts.
    let codeBucket: String?
    let codeVersion: String?
    let text: TemplateText
    /// The text every function shares, to write this one from; nil to make it into a sink.
    var shared: FunctionPropertiesText?

    static let type = "AWS::Lambda::Function"

    private var function: Function {
        _read { yield functions[index] }
    }

    private var settings: FunctionSettings {
        _read { yield functions[index].settings }
    }

    var hasMetadata: Bool { true }

    func makeMetadata<Sink: JSONSink>(into sink: inout Sink) {
        Self.metadata(code: function.code, into: &sink)
    }

    static func metadata<Sink: JSONSink>(code: String, into sink: inout Sink) {
        sink.object { sink in
            sink.object(constant: "apispec") { $0.member(constant: "code", .string(code)) }
        }
    }

    func make<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            if let description = settings.description { sink.member(constant: "Description", .string(description)) }
            if let runtime = function.runtime { Self.runtime(runtime, into: &sink) }
            if !function.handler.isEmpty { Self.handler(function.handler, into: &sink) }
            if let codeBucket, let codeVersion {
                Self.code(bucket: codeBucket, version: codeVersion, name: TemplateText.escapedForSub(function.name), into: &sink)
            }
            if let role = ids.role {
                Self.role(role, into: &sink)
            } else if let role = settings.role {
                sink.member(constant: "Role", text.value(role))
            }
            Self.memory(function.memory, into: &sink)
            Self.timeout(function.timeout, into: &sink)
            Self.architecture(function.architecture.rawValue, into: &sink)
            if let size = settings.ephemeralStorage {
                sink.object(constant: "EphemeralStorage") { $0.member(constant: "Size", .int(size)) }
            }
            if let environment = settings.environment, !environment.isEmpty {
                Self.environmentKey(into: &sink)
                self.environment(environment, into: &sink)
            }
            if let concurrency = settings.reservedConcurrency {
                sink.member(constant: "ReservedConcurrentExecutions", .int(concurrency))
            }
            if let layers = settings.layers, !layers.isEmpty {
                sink.member(constant: "Layers", .array(layers.map { text.value($0.value) }))
            }
            if settings.tracing == true { Self.tracing(into: &sink) }
            Self.logging(ids.logGroup, into: &sink)
            if let tags = settings.tags, !tags.isEmpty {
                sink.member(constant: "Tags", .array(tags.map { ["Key": .string($0.key), "Value": .string($0.value)] }))
            }
        }
    }

    /// Written from the text every function shares (`FunctionPropertiesText`), its own parts
    /// between, unless it has a member that text does not: made into a sink, a function was
    /// some 10,000 instructions.
    func writeResource<Output: JSONOutput>(type: String, indent: Int, into output: inout Output) {
        guard let shared, indent == shared.indent, type == Self.type, let role = ids.role, settings.description == nil,
              settings.ephemeralStorage == nil, settings.reservedConcurrency == nil, settings.layers?.isEmpty ?? true,
              settings.tags?.isEmpty ?? true
        else { return writeMadeResource(type: type, indent: indent, into: &output) }
        output.append(shared: shared.head)
        JSONWriter.writeStringContent(function.code, into: &output)
        output.append(shared: shared.metadataEnd)
        var separator = UInt8(ascii: "{")
        if let runtime = function.runtime { Self.write(shared.runtime, runtime, after: &separator, into: &output) }
        let handler = function.handler
        if !handler.isEmpty { Self.write(shared.handler, handler, after: &separator, into: &output) }
        if let codeBucket, let codeVersion {
            Self.write(shared.code, codeBucket, codeVersion, TemplateText.escapedForSub(function.name), after: &separator, into: &output)
        }
        Self.write(shared.role, role, after: &separator, into: &output)
        Self.write(shared.memory, after: &separator, into: &output)
        output.appendInt(function.memory)
        Self.write(shared.timeout, after: &separator, into: &output)
        output.appendInt(function.timeout)
        Self.write(shared.architecture, function.architecture.rawValue, after: &separator, into: &output)
        if let environment = settings.environment, !environment.isEmpty {
            Self.write(shared.environmentKey, after: &separator, into: &output)
            var sink = JSONTextSink(output, indent: shared.memberValueIndent)
            self.environment(environment, into: &sink)
            output = sink.output
        }
        if settings.tracing == true { Self.write(shared.tracing, after: &separator, into: &output) }
        Self.write(shared.logging, ids.logGroup, after: &separator, into: &output)
        output.append(shared: shared.end)
    }

    /// Writes `separator` (the properties' opening bracket before the first member, a comma
    /// after it), then a member's `pieces` with the strings between them.
    private static func write<Output: JSONOutput>(
        _ pieces: SharedPieces, _ first: String? = nil, _ second: String? = nil, _ third: String? = nil, after separator: inout UInt8,
        into output: inout Output
    ) {
        output.append(separator)
        separator = UInt8(ascii: ",")
        output.append(bytes: pieces[0])
        guard let first else { return }
        JSONWriter.writeStringContent(first, into: &output)
        output.append(bytes: pieces[1])
        guard let second else { return }
        JSONWriter.writeStringContent(second, into: &output)
        output.append(bytes: pieces[2])
        guard let third else { return }
        JSONWriter.writeStringContent(third, into: &output)
        output.append(bytes: pieces[3])
    }

    static func runtime<Sink: JSONSink>(_ runtime: String, into sink: inout Sink) {
        sink.member(constant: "Runtime", .string(runtime))
    }

    static func handler<Sink: JSONSink>(_ handler: String, into sink: inout Sink) {
        sink.member(constant: "Handler", .string(handler))
    }

    /// The zip `<CodeVersion>/<function>.zip` in the code bucket; `name` is escaped for `Fn::Sub`.
    static func code<Sink: JSONSink>(bucket: String, version: String, name: String, into sink: inout Sink) {
        sink.object(constant: "Code") { sink in
            sink.ref("S3Bucket", bucket)
            sink.sub("S3Key", "${" + version + "}/" + name + ".zip")
        }
    }

    static func role<Sink: JSONSink>(_ role: String, into sink: inout Sink) {
        sink.getAtt("Role", role, "Arn")
    }

    static func memory<Sink: JSONSink>(_ megabytes: Int, into sink: inout Sink) {
        sink.member(constant: "MemorySize", .int(megabytes))
    }

    static func timeout<Sink: JSONSink>(_ seconds: Int, into sink: inout Sink) {
        sink.member(constant: "Timeout", .int(seconds))
    }

    static func architecture<Sink: JSONSink>(_ architecture: String, into sink: inout Sink) {
        sink.array(constant: "Architectures") { $0.value(.string(architecture)) }
    }

    static func environmentKey<Sink: JSONSink>(into sink: inout Sink) {
        sink.key(constant: "Environment")
    }

    /// The value of `Environment`.
    func environment<Sink: JSONSink>(_ environment: OrderedDictionary<String, Located<String>>, into sink: inout Sink) {
        sink.object { sink in
            sink.object(constant: "Variables") { sink in
                for (name, value) in environment { sink.member(name, text.value(value.value)) }
            }
        }
    }

    static func tracing<Sink: JSONSink>(into sink: inout Sink) {
        sink.object(constant: "TracingConfig") { $0.member(constant: "Mode", constant: "Active") }
    }

    static func logging<Sink: JSONSink>(_ logGroup: String, into sink: inout Sink) {
        sink.object(constant: "LoggingConfig") { $0.ref("LogGroup", logGroup) }
    }
}
