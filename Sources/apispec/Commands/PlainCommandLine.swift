/// Reads the command lines that pre-commit hooks and CI run on every change, `validate` and
/// `emit` with their own options, without swift-argument-parser: its reflection of the commands
/// is two thirds of a 10-route `validate` (8.4 of 12.8 M instructions, docs/performance.md,
/// "Start-up"). It makes the same run values the commands make from what swift-argument-parser
/// read (`ValidateCommand.values`, `EmitCommand.values`). Any line it does not read whole (help,
/// completions, `--`, an option it does not know, given twice or without its value, a value that
/// is empty, starts with a dash or does not convert) it leaves to swift-argument-parser, which
/// parses and reports it as before. `PlainCommandLineTests` checks each line it reads against
/// what swift-argument-parser makes of the same line.
enum PlainCommandLine {
    enum Command: Equatable {
        case validate(ValidateRun)
        case emit(EmitRun)

        func run() throws {
            switch self {
            case .validate(let values): try values.run()
            case .emit(let values): try values.run()
            }
        }
    }

    /// The command to run, its values validated; nil when swift-argument-parser should read the line.
    static func command(_ arguments: [String]) -> Command? {
        guard let name = arguments.first else { return nil }
        let rest = arguments.dropFirst()
        switch name {
        case "validate": return ValidateRun(plain: rest).map(Command.validate)
        case "emit":
            guard let values = EmitRun(plain: rest), (try? values.validate()) != nil else { return nil }
            return .emit(values)
        default: return nil
        }
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

    /// `--max-size`'s value: `.some(nil)` when it is not given, nil when it is not plain digits
    /// that fit an `Int` (no spelling the two parsers could read differently gets through).
    static func size(_ value: String?) -> Int?? {
        guard let value else { return .some(nil) }
        guard value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let size = Int(value) else { return nil }
        return size
    }
}

extension ValidateRun {
    private static let plainOptions: [PlainArguments.Option] = [
        .init("--format", takesValue: true), .init("--strict"), .init("-q", "--quiet"), .init("--max-size", takesValue: true),
    ]

    init?(plain arguments: ArraySlice<String>) {
        guard let given = PlainArguments(arguments, options: Self.plainOptions),
              let format = ValidateCommand.Format(rawValue: given[0] ?? ValidateCommand.Format.text.rawValue),
              let maxSize = PlainArguments.size(given[3]) else { return nil }
        self.init(specs: given.positionals, format: format, strict: given[1] != nil, quiet: given[2] != nil, maxSize: maxSize)
    }
}

extension EmitRun {
    private static let plainOptions: [PlainArguments.Option] = [
        .init("--cloudformation", "--openapi", "--local"), .init("-o", "--output", takesValue: true),
        .init("--stage", takesValue: true), .init("--no-aws-extensions"), .init("--check"), .init("--strict"),
        .init("--max-size", takesValue: true),
    ]

    init?(plain arguments: ArraySlice<String>) {
        guard let given = PlainArguments(arguments, options: Self.plainOptions), given.positionals.count <= 1,
              let target = given[0].flatMap({ EmitCommand.Target(rawValue: String($0.dropFirst(2))) }),
              let maxSize = PlainArguments.size(given[6]) else { return nil }
        self.init(target: target, spec: given.positionals.first, output: given[1], stage: given[2], noAWSExtensions: given[3] != nil,
                  check: given[4] != nil, strict: given[5] != nil, maxSize: maxSize)
    }
}
