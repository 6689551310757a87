import ArgumentParser

/// Reads the command lines that pre-commit hooks and CI run on every change, `validate` and
/// `emit` with their own options, without swift-argument-parser: its reflection of the commands
/// is two thirds of a 10-route `validate` (8.4 of 12.8 M instructions, docs/performance.md,
/// "Start-up"). It fills in the same command values swift-argument-parser would. Any line it
/// does not read whole (help, completions, `--`, an option it does not know, given twice or
/// without its value, a value that is empty, starts with a dash or does not convert) it leaves
/// to swift-argument-parser, which parses and reports it as before. `PlainCommandLineTests`
/// checks each line it reads against what swift-argument-parser makes of the same line.
enum PlainCommandLine {
    /// The command to run, validated; nil when swift-argument-parser should read the line.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        var command: (any ParsableCommand)?
        switch name {
        case "validate": command = ValidateCommand(plain: rest)
        case "emit": command = EmitCommand(plain: rest)
        default: return nil
        }
        guard var command, (try? command.validate()) != nil else { return nil }
        return command
    }
}

/// A command line's options, each at most once, and its positional values.
struct PlainArguments {
    /// An option's spellings, and whether a value follows it (`--name value` or `--name=value`).
    struct Option {
        let names: [String]
        let takesValue: Bool

        init(_ names: String..., takesValue: Bool = false) {
            self.names = names
            self.takesValue = takesValue
        }
    }

    /// By the option's place in the command's list: its value, or for a flag the name it was given by.
    private var given: [String?]
    private(set) var positionals: [String] = []

    init?(_ arguments: ArraySlice<String>, options: [Option]) {
        given = Array(repeating: nil, count: options.count)
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard !argument.isEmpty else { return nil }
            guard argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var attached: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            guard let index = options.firstIndex(where: { $0.names.contains(name) }), given[index] == nil else { return nil }
            if options[index].takesValue {
                guard let value = attached ?? rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                given[index] = value
            } else {
                guard attached == nil else { return nil }
                given[index] = name
            }
        }
    }

    subscript(_ option: Int) -> String? { given[option] }

    /// `--max-size`: digits only, so that no spelling `Int` reads differently from the parser gets through.
    static func size(_ value: String?) -> Int?? {
        guard let value else { return .some(nil) }
        guard value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let size = Int(value) else { return nil }
        return size
    }
}

extension ValidateCommand {
    private static let plainOptions: [PlainArguments.Option] = [
        .init("--format", takesValue: true), .init("--strict"), .init("-q", "--quiet"), .init("--max-size", takesValue: true),
    ]

    /// Every property is set: one left alone would stop the run on its first read.
    init?(plain arguments: ArraySlice<String>) {
        guard let given = PlainArguments(arguments, options: Self.plainOptions),
              let format = Format(rawValue: given[0] ?? Format.text.rawValue),
              let maxSize = PlainArguments.size(given[3]) else { return nil }
        self.init()
        self.specs = given.positionals
        self.format = format
        self.strict = given[1] != nil
        self.quiet = given[2] != nil
        self.maxSize = maxSize
    }
}

extension EmitCommand {
    private static let plainOptions: [PlainArguments.Option] = [
        .init("--cloudformation", "--openapi", "--local"), .init("-o", "--output", takesValue: true),
        .init("--stage", takesValue: true), .init("--no-aws-extensions"), .init("--check"), .init("--strict"),
        .init("--max-size", takesValue: true),
    ]

    /// Every property is set: one left alone would stop the run on its first read.
    init?(plain arguments: ArraySlice<String>) {
        guard let given = PlainArguments(arguments, options: Self.plainOptions), given.positionals.count <= 1,
              let target = given[0].flatMap({ Target(rawValue: String($0.dropFirst(2))) }),
              let maxSize = PlainArguments.size(given[6]) else { return nil }
        self.init()
        self.target = target
        self.spec = given.positionals.first
        self.output = given[1]
        self.stage = given[2]
        self.noAWSExtensions = given[3] != nil
        self.check = given[4] != nil
        self.strict = given[5] != nil
        self.maxSize = maxSize
    }
}
