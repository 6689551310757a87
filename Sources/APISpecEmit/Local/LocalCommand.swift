import APISpecCore

/// How a function's process starts when `local.functions.NAME.command` does not say.
enum LocalCommand {
    static func command(for function: Function, workingDirectory: String) -> [String]? {
        if function.isCustomRuntime {
            return [workingDirectory + "/bootstrap"]
        }
        if function.runtime?.hasPrefix("python") ?? false {
            return ["python3", "-m", "awslambdaric", function.handler]
        }
        return nil
    }
}
