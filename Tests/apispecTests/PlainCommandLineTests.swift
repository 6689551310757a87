@testable import apispec
import Testing

/// The command lines `PlainCommandLine` reads mean to it what they mean to swift-argument-parser;
/// every other line is left to swift-argument-parser.
@Suite struct PlainCommandLineTests {
    static let readLines: [[String]] = [
        ["validate"],
        ["validate", "api.yaml"],
        ["validate", "a.yaml", "b.yaml", "--strict"],
        ["validate", "-q", "--format", "sarif", "api.yaml"],
        ["validate", "--format=json", "-"],
        ["validate", "--quiet", "--format", "github", "--max-size", "1024", "x.yaml", "y.yaml"],
        ["validate", "x.yaml", "--max-size=5", "--strict", "z.yaml"],
        ["validate", "dir/with space.yaml", "--format", "text"],
        ["emit", "--cloudformation"],
        ["emit", "--openapi", "api.yaml", "-o", "out.json"],
        ["emit", "--local", "--output=o.json", "--check", "x.yaml"],
        ["emit", "--openapi", "--stage", "prod", "--no-aws-extensions", "--strict", "--max-size", "99", "-"],
        ["emit", "-o", "x=y.json", "--cloudformation", "api.yaml"],
        ["emit", "api.yaml", "--output", "deploy/template.json", "--cloudformation", "--check", "--stage=dev"],
    ]

    static let parserLines: [[String]] = [
        [], ["--version"], ["rules"], ["explain", "route-without-auth"], ["init"], ["serve", "api.yaml"],
        ["validate", "--help"], ["validate", "-h"], ["validate", "--experimental-dump-help"],
        ["validate", "--strict", "--strict"], ["validate", "-q", "--quiet"], ["validate", "-qq"],
        ["validate", "--format", "xml"], ["validate", "--format"], ["validate", "--format", "--strict"],
        ["validate", "--format="], ["validate", "--strict=yes"], ["validate", "--", "-x.yaml"], ["validate", ""],
        ["validate", "--max-size", "-1"], ["validate", "--max-size", "+1"], ["validate", "--max-size", "1e3"],
        ["validate", "--max-size", "99999999999999999999999"], ["validate", "--unknown", "api.yaml"],
        ["emit", "api.yaml"], ["emit", "--openapi", "--local"], ["emit", "--openapi", "--openapi"],
        ["emit", "--openapi", "a.yaml", "b.yaml"], ["emit", "--openapi", "--check"], ["emit", "--openapi", "-oout.json"],
        ["emit", "--openapi", "-o", "-"], ["emit", "--openapi", "-o"], ["emit", "--cloudformation=yes"],
        ["emit", "--generate-completion-script", "bash"], ["emit", "--local", "--help"],
    ]

    @Test(arguments: readLines)
    func readsALineAsSwiftArgumentParserDoes(_ line: [String]) throws {
        let plain = try #require(PlainCommandLine.command(line))
        let parsed: PlainCommandLine.Command? = switch try APISpecCommand.parseAsRoot(line) {
        case let command as ValidateCommand: .validate(command.values)
        case let command as EmitCommand: .emit(command.values)
        default: nil
        }
        #expect(plain == parsed)
    }

    @Test(arguments: parserLines)
    func leavesOtherLinesToSwiftArgumentParser(_ line: [String]) {
        #expect(PlainCommandLine.command(line) == nil)
    }
}
