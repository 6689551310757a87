import APISpecCore
import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check specs and report every problem with its file, line and column."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github

        // swift-argument-parser's defaults describe values by reflection ("\(value)"), which
        // makes the runtime look up more protocol conformances: 0.4 M instructions a run.
        static var allValueStrings: [String] { allCases.map(\.rawValue) }
        static var allValueDescriptions: [String: String] { [:] }
        var defaultValueDescription: String { rawValue }
    }

    @Argument(help: "Spec files (`-` reads stdin). Default: api.yaml, then apispec.yaml.")
    var specs: [String] = []

    @Option(help: "Output format: text (stderr), json, sarif or github (stdout).")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print errors only, no warnings and no summary.")
    var quiet = false

    @Option(name: InputOptions.maxSizeName, help: InputOptions.maxSizeHelp)
    var maxSize: Int?

    /// The values the run reads; `PlainCommandLine` makes them without swift-argument-parser.
    var values: ValidateRun {
        ValidateRun(specs: specs, format: format, strict: strict, quiet: quiet, maxSize: maxSize)
    }

    func run() throws { try values.run() }
}

/// A `validate` run, from the command line's values.
struct ValidateRun: Equatable {
    var specs: [String]
    var format: ValidateCommand.Format
    var strict: Bool
    var quiet: Bool
    var maxSize: Int?

    private var input: InputOptions { InputOptions(maxSize: maxSize) }

    func run() throws {
        let paths = try specs.isEmpty ? [InputOptions.defaultSpecPath()] : specs
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        // The last spec's model stays held until the process ends, which then frees nothing:
        // each earlier one goes when the next replaces it.
        var last: Frontend.Result?
        for path in paths {
            let bytes = try input.read(path)
            AllocatorSettings.prepare(forSpecOf: bytes.count)
            let result = SpecCheck.run(consume bytes, path: input.displayName(path), limits: input.limits, quoting: input.quoting(path))
            sources[result.source.path] = result.source
            diagnostics += result.diagnostics
            last = result
        }
        if quiet { diagnostics = diagnostics.filter { $0.severity == .error } }
        emit(diagnostics, sources: sources)
        let failing = diagnostics.hasErrors || (strict && !diagnostics.isEmpty)
        withExtendedLifetime(last) { Exit.now(failing ? Exit.specErrors : Exit.ok) }
    }

    private func emit(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        switch format {
        case .text:
            Console.error(TextRenderer(color: Console.stderrUsesColor).render(diagnostics, sources: sources))
            if !quiet { Console.error(Summary.line(diagnostics, files: sources.count)) }
        case .json: Console.out(JSONRenderer.render(diagnostics))
        case .sarif: Console.out(SARIFRenderer.render(diagnostics))
        case .github: Console.out(GitHubRenderer.render(diagnostics))
        }
    }
}

enum Summary {
    static func line(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let noun = files == 1 ? "file" : "files"
        return "\(files) \(noun) checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    }
}
