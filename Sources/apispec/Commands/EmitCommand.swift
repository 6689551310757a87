import APISpecCore
import APISpecEmit
import APISpecValidation
import ArgumentParser

struct EmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit",
        abstract: "Write CloudFormation, OpenAPI or the local run config for a spec without errors.",
        discussion: "The document goes to stdout unless -o is given; diagnostics go to stderr. Nothing is written when the spec has errors."
    )

    enum Target: String, EnumerableFlag, TextOutputStreamable {
        case cloudformation, openapi, local

        // swift-argument-parser names each case with `String(describing:)`, which without this
        // conformance falls back to reflection and its conformance searches (0.5 M instructions a run).
        func write<Stream: TextOutputStream>(to stream: inout Stream) { stream.write(rawValue) }

        static func help(for value: Target) -> ArgumentHelp? {
            switch value {
            case .cloudformation: return "CloudFormation template (JSON)."
            case .openapi: return "OpenAPI 3.0.1 document (JSON)."
            case .local: return "Local run config for `apispec serve` (JSON)."
            }
        }
    }

    @Flag(help: "What to emit.")
    var target: Target

    @Argument(help: "The spec (`-` reads stdin). Default: api.yaml, then apispec.yaml.")
    var spec: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    @Option(help: "Emit for this stage only.")
    var stage: String?

    @Flag(name: .customLong("no-aws-extensions"), help: "OpenAPI without x-amazon-apigateway-* extensions.")
    var noAWSExtensions = false

    @Flag(help: "Write nothing; exit 1 if the -o file differs from what the spec emits.")
    var check = false

    @Flag(help: "Treat warnings as errors: emit nothing when there are any.")
    var strict = false

    @Option(name: InputOptions.maxSizeName, help: InputOptions.maxSizeHelp)
    var maxSize: Int?

    /// The values the run reads; `PlainCommandLine` makes them without swift-argument-parser.
    var values: EmitRun {
        EmitRun(target: target, spec: spec, output: output, stage: stage, noAWSExtensions: noAWSExtensions,
                check: check, strict: strict, maxSize: maxSize)
    }

    func validate() throws { try values.validate() }

    func run() throws { try values.run() }
}

/// An `emit` run, from the command line's values.
struct EmitRun: Equatable {
    var target: EmitCommand.Target
    var spec: String?
    var output: String?
    var stage: String?
    var noAWSExtensions: Bool
    var check: Bool
    var strict: Bool
    var maxSize: Int?

    private var input: InputOptions { InputOptions(maxSize: maxSize) }

    /// A usage error swift-argument-parser reports; `PlainCommandLine` leaves such a line to it.
    func validate() throws {
        if check, output == nil { throw ValidationError("--check needs -o FILE: the committed file to compare") }
    }

    func run() throws {
        let path = try spec ?? InputOptions.defaultSpecPath()
        let bytes = try input.read(path)
        // `--local`'s peak memory is held to twice its output, which a heap in huge pages
        // would exceed at 100,000 REST routes: it keeps small pages, faulted in ahead.
        if target == .local {
            AllocatorSettings.faultHeapAhead(forSpecOf: bytes.count)
        } else {
            AllocatorSettings.prepare(forSpecOf: bytes.count)
        }
        // The file to write is opened first when it can be (else writing it reports why): the
        // CloudFormation template validation writes to measure it then goes straight into it.
        let file = check ? nil : output.flatMap { try? AtomicFile.Pending($0) }
        defer { file?.discard() }
        // The CloudFormation template validation builds is the one emitted: into the file, or
        // held, unless the spec is large.
        let shared = target == .cloudformation
            ? CloudFormationEmitter.sharedWork(stage: stage, specBytes: bytes.count, output: file.map { TemplateOutput(send: $0.send, lender: $0) })
            : SharedWork()
        let result = SpecCheck.run(
            consume bytes, path: input.displayName(path), limits: input.limits, quoting: input.quoting(path),
            rules: target == .cloudformation ? SpecCheck.rules : SpecCheck.rulesWithoutTemplate, shared: shared)
        let renderer = TextRenderer(color: Console.stderrUsesColor)
        Console.error(renderer.render(result.diagnostics, sources: [result.source.path: result.source]))
        guard let spec = result.spec, !result.diagnostics.hasErrors, !(strict && !result.diagnostics.isEmpty) else {
            Console.error("apispec: nothing emitted: fix the errors above first\n")
            throw ExitCode(Exit.specErrors)
        }
        if let file, target == .cloudformation, CloudFormationEmitter.sentTemplate(spec, stage: stage, shared: shared) {
            try file.commit()
        } else {
            try deliver(try render(spec, path: path, shared: shared), into: file)
        }
        // Ends the process with the model and the kept template still held: freeing them object
        // by object is 7% of an `emit --cloudformation` of 1,000 routes, and the process ends anyway.
        Exit.now(Exit.ok)
    }

    /// Streamed out: the text is never held whole, except for --check to compare it.
    /// `file` is `output`'s, when it could be opened before validation.
    private func deliver(_ document: JSONDocument, into file: AtomicFile.Pending?) throws {
        guard let output else {
            _ = DescriptorOutput.send(document, to: 1)
            return
        }
        if check {
            let committed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let drift = DriftReport.summary(path: output, committed: committed, fresh: document.text) {
                Console.error(drift)
                throw ExitCode(Exit.specErrors)
            }
            return
        }
        guard let file else { return try AtomicFile.write(document, to: output) }
        file.send(document)
        try file.commit()
    }

    private func render(_ spec: Spec, path: String, shared: SharedWork) throws -> JSONDocument {
        do {
            switch target {
            case .openapi: return try OpenAPIEmitter.document(spec, stage: stage, awsExtensions: !noAWSExtensions)
            case .cloudformation: return try CloudFormationEmitter.document(spec, stage: stage, shared: shared)
            case .local: return try LocalConfigEmitter.document(spec, stage: stage, root: LocalConfigEmitter.directory(ofSpec: path))
            }
        } catch let error as OpenAPIEmitError {
            throw UsageFailure(error.description)
        } catch let error as CloudFormationEmitError {
            throw UsageFailure(error.description)
        } catch let error as LocalEmitError {
            throw UsageFailure(error.description)
        }
    }
}
