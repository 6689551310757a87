internal import CLibYAML

/// Why libyaml's parse stopped, as a diagnostic. A parse that ran out of memory (or, on the
/// parser's thread, met a value of 4 GiB or more, which an event cannot hold) is no syntax
/// error: it is said as the input's size, at the place the parse reached.
struct ParseFailure {
    let outOfMemory: Bool
    /// libyaml's (or the parser's thread's) reason, and the construct it was in.
    let problem: String?
    let context: String?
    /// Where the problem is: the start of the file for an encoding error, which libyaml
    /// places at the byte it could not read.
    let location: SourceLocation

    init(outOfMemory: Bool, problem: String?, context: String?, location: SourceLocation) {
        self.outOfMemory = outOfMemory
        self.problem = problem
        self.context = context
        self.location = location
    }

    init(_ parser: yaml_parser_t, file: FileName) {
        let mark = parser.error == YAML_MEMORY_ERROR ? parser.mark : parser.problem_mark
        self.init(
            outOfMemory: parser.error == YAML_MEMORY_ERROR,
            problem: parser.problem.map { String(cString: $0) },
            context: parser.context.map { String(cString: $0) },
            location: parser.error == YAML_READER_ERROR
                ? SourceLocation(file: file, line: 1, column: 1)
                : SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }

    var diagnostic: Diagnostic {
        if outOfMemory {
            return .error(
                "input-too-large", "the spec could not be parsed: \(problem ?? "out of memory")", at: location,
                hint: "split the spec, or run apispec where more memory is free; a single value must stay under 4 GiB")
        }
        var message = problem ?? "invalid YAML"
        if let context { message += " " + context }
        var hint = "check the indentation and quoting on this line and the one before it"
        if message.contains("cannot start any token") {
            hint = "YAML indents with spaces, not tabs; quote values that start with `@`, `` ` `` or `%`"
        } else if message.contains("quoted scalar") {
            hint = "close the quoted string on this line or the next ones"
        }
        return .error("yaml-syntax", "YAML syntax error: \(message)", at: location, hint: hint)
    }
}
