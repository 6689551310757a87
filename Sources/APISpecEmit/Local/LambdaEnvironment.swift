import APISpecCore
import APISpecRunConfig
import OrderedCollections

/// The environment Lambda gives a function: its own variables, then Lambda's reserved ones
/// (which a function cannot override on AWS either).
enum LambdaEnvironment {
    /// Local runs pretend to be in this region and account.
    static let region = "us-east-1"

    /// The variables as a run config holds them.
    static func variables(
        for function: Function, workingDirectory: String, substitution: LocalSubstitution,
        localOverrides: OrderedDictionary<String, String>?
    ) -> OrderedMap<String> {
        var environment = OrderedMap<String>()
        forEachVariable(
            for: function, workingDirectory: workingDirectory, substitution: substitution, localOverrides: localOverrides
        ) { environment[$0] = $1 }
        return environment
    }

    /// Calls `body` with each variable's name and value in order: the function's own, then
    /// `localOverrides`, then Lambda's reserved ones; a name given twice keeps its first place
    /// and its last value. Listed here, where only the few names that can repeat one are
    /// compared, so `emit --local` writes them without a map that compares every name
    /// added with those before it (half of the writing of a function).
    static func forEachVariable(
        for function: Function, workingDirectory: String, substitution: LocalSubstitution,
        localOverrides: OrderedDictionary<String, String>?, _ body: (String, String) -> Void
    ) {
        let own = function.settings.environment
        var variables: [(name: String, value: String)] = []
        variables.reserveCapacity((own?.count ?? 0) + (localOverrides?.count ?? 0) + reservedCount)
        // The function's own names are a mapping's keys, each once, as are the overrides'.
        for (name, value) in own ?? [:] { variables.append((name, substitution.apply(value.value))) }
        let ownCount = variables.count
        for (name, value) in localOverrides ?? [:] { set(name, value, in: &variables, searching: ownCount) }
        let givenCount = variables.count
        func reserve(_ name: String, _ value: String) { set(name, value, in: &variables, searching: givenCount) }
        reserve("AWS_LAMBDA_FUNCTION_NAME", function.name)
        reserve("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String(function.memory))
        reserve("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        reserve("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/\(function.name)")
        reserve("AWS_REGION", region)
        reserve("AWS_DEFAULT_REGION", region)
        if let runtime = function.runtime {
            reserve("AWS_EXECUTION_ENV", "AWS_Lambda_\(runtime)")
        }
        reserve("_HANDLER", function.handler)
        reserve("LAMBDA_TASK_ROOT", workingDirectory)
        reserve("LAMBDA_RUNTIME_DIR", workingDirectory)
        reserve("TZ", ":UTC")
        for variable in variables { body(variable.name, variable.value) }
    }

    /// The variables Lambda sets itself, above.
    private static let reservedCount = 11

    /// Gives `name` its value where the first `searched` variables hold it, else adds it last.
    private static func set(
        _ name: String, _ value: String, in variables: inout [(name: String, value: String)], searching searched: Int
    ) {
        guard let index = variables[..<searched].firstIndex(where: { $0.name == name }) else {
            return variables.append((name, value))
        }
        variables[index].value = value
    }
}
