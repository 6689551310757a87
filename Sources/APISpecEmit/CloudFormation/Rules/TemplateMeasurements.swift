import APISpecCore
import APISpecValidation

/// What the size rules read: the length of the template every stage deploys, as it would
/// be written, and its number of resources.
struct TemplateMeasurements: SharedItem {
    /// Exact up to the size rule's limit (up to `keptBytes` when the run keeps the template);
    /// past it, a length past it too.
    var bytes: Int
    var resources: Int
    /// The template when the run keeps it (`emit`) and it is no longer than `keptBytes`: the
    /// text measuring wrote, which `emit` then copies out instead of making it again.
    var template: JSONDocument?
    /// Whether the template went to the run's `TemplateOutput` as it was written, whole.
    var wentToOutput = false

    /// The longest template a run keeps: past it (a small spec can make a huge template
    /// through YAML aliases), it is built again as it is written instead of held.
    static let keptBytes = 64 << 20

    /// Its resources are counted as they are made and dropped, and the OpenAPI body's paths
    /// (most of a large template) last, only while within the limit: validation never holds
    /// them. A run that keeps the template writes it instead, as `emit` would, and counts
    /// what it wrote.
    static func compute(_ spec: Spec, in work: SharedWork) -> Self {
        if work.keeps(Self.self) {
            let output = work.value(of: TemplateOutput.self, for: spec)
            if let send = output.send { return sent(spec, to: send, lender: output.lender) }
            return written(spec, upTo: keptBytes)
        }
        let assembly = TemplateAssembly(
            spec: spec, stages: spec.effectiveStages, measuringUpTo: CloudFormationTemplateTooLarge.limit)
        let rest = CloudFormationEmitter.build(assembly)
        assembly.countLastParts()
        guard let counters = assembly.counters else { preconditionFailure("a measuring assembly counts") }
        return Self(bytes: counters.bytes(besides: rest), resources: counters.resourceCount, template: nil)
    }

    /// The template written to `send` as it is made, counted to its end even when `send`
    /// failed (the run then reports that failure, and the size rules still hold). `lender`
    /// lends room to write it in place (`ChunkOutput.lender`); it lends none once `send` failed.
    static func sent(_ spec: Spec, to send: (UnsafeRawBufferPointer) -> Bool, lender: ChunkLender? = nil) -> Self {
        var bytes = 0
        var resources = 0
        var sending = true
        _ = JSONDocument { resources = CloudFormationEmitter.write(spec, stages: spec.effectiveStages, into: &$0) }
            .stream(
                to: { chunk in
                    bytes += chunk.count
                    if sending { sending = send(chunk) }
                    return true
                }, lender: lender)
        return Self(bytes: bytes, resources: resources, template: nil, wentToOutput: true)
    }

    /// The template written into memory, up to `limit` bytes: its text is what `emit` writes,
    /// and its length needs no counting of its own. Past `limit` the text is let go and only
    /// the resources are counted.
    static func written(_ spec: Spec, upTo limit: Int) -> Self {
        var text = KeptText(limit: limit)
        var resources = 0
        _ = JSONDocument { resources = CloudFormationEmitter.write(spec, stages: spec.effectiveStages, into: &$0) }
            .stream { text.append($0) }
        return Self(
            bytes: text.count, resources: resources,
            template: text.chunks.map { chunks in
                JSONDocument(writtenBy: { output in
                    for chunk in chunks { chunk.withUnsafeBytes { output.append(bytes: $0) } }
                })
            })
    }
}

/// The text of a template written into memory, while it is no longer than `limit`; its
/// length, up to the first chunk past the limit, either way.
///
/// Kept as the chunks it was written in: one growing list copied itself at each doubling,
/// into memory the process had not touched yet, and those copies and page faults (about a
/// microsecond each here) were a tenth of `emit --cloudformation` at 1,000 routes. (`emit -o`
/// sends the text to its file instead: `TemplateOutput`.)
private struct KeptText {
    let limit: Int
    /// Nil once the text passed `limit`.
    private(set) var chunks: [[UInt8]]? = []
    private(set) var count = 0

    init(limit: Int) { self.limit = limit }

    /// False once past the limit: no more is wanted.
    mutating func append(_ chunk: UnsafeRawBufferPointer) -> Bool {
        count += chunk.count
        guard count <= limit else {
            chunks = nil
            return false
        }
        chunks?.append(Array(chunk))
        return true
    }
}
