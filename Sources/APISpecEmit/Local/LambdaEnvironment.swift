import APISpecCore
import APISpecRunConfig

/// The environment Lambda gives a function: its own variables, then Lambda's reserved ones
/// (which a function cannot override on AWS either).
enum LambdaEnvironment {
    /// Local runs pretend to be in this region and account.
    static let region = "us-east-1"

    static func variables(
        for function: Function, workingDirectory: String, substitution: LocalSubstitution,
        localOverrides: OrderedMap<String>
    ) -> OrderedMap<String> {
        var environment = OrderedMap<String>()
        environment.reserveCapacity(function.environment.count + localOverrides.entries.count + reservedCount)
        for (key, value) in function.environment {
            environment[key] = substitution.apply(value.value)
        }
        for entry in localOverrides.entries {
            environment[entry.key] = entry.value
        }
        environment["AWS_LAMBDA_FUNCTION_NAME"] = function.name
        environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = String(function.memory)
        environment["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST"
        environment["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/\(function.name)"
        environment["AWS_REGION"] = region
        environment["AWS_DEFAULT_REGION"] = region
        if let runtime = function.runtime {
            environment["AWS_EXECUTION_ENV"] = "AWS_Lambda_\(runtime)"
        }
        environment["_HANDLER"] = function.handler
        environment["LAMBDA_TASK_ROOT"] = workingDirectory
        environment["LAMBDA_RUNTIME_DIR"] = workingDirectory
        environment["TZ"] = ":UTC"
        return environment
    }

    /// The variables Lambda sets itself, above.
    private static let reservedCount = 11
}
