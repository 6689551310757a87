import APISpecGateway
import APISpecRunConfig
import Foundation

// `apispec-serve RUN_CONFIG`: serves one stage of an API from a local run config until
// SIGINT or SIGTERM. `apispec serve` checks the spec, applies --stage/--port/--host, then
// replaces itself with this program, handing the config over as /dev/fd/3; a config file
// from `apispec emit --local` works as well. Exit codes as apispec's: 2 for usage and I/O.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("apispec: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first, !path.hasPrefix("-") else {
    fail("usage: apispec-serve RUN_CONFIG (a run config from `apispec emit --local`; `apispec serve SPEC` starts it for you)")
}
let config: RunConfig
do {
    config = try JSONDecoder().decode(RunConfig.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
} catch let error as DecodingError {
    fail("\(path) is not a run config: \(error)")
} catch {
    fail("cannot read \(path): \(error.localizedDescription)")
}
do {
    try await Gateway(config: config).run { port in
        FileHandle.standardError.write(Data(
            "apispec: serving \(config.api.name) (stage \(config.stage.name)) on http://\(config.server.host):\(port)\n".utf8))
    }
} catch {
    fail("cannot serve on \(config.server.host):\(config.server.port): \(error)")
}
