import APISpecCore

struct ReservedEnvironmentVariable: FunctionRule {
    let id = "reserved-environment-variable"
    let severity = Diagnostic.Severity.error
    let summary = "A function sets an environment variable Lambda reserves for itself."
    let explanation = """
        Lambda sets variables such as `AWS_REGION`, `AWS_LAMBDA_FUNCTION_NAME`,
        `_HANDLER` and the execution role's credentials in every execution
        environment, and refuses a function configuration that sets them.
        Choose another name; the reserved values are already available to the
        code.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment:
                  ↓AWS_REGION: eu-west-1
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment:
                  TABLE_REGION: eu-west-1
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    /// Lambda's reserved environment variables (Lambda developer guide, "Defined runtime environment variables").
    static let reserved: Set = [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    ]

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        var reserved = RecentNames<Bool>()
        functions.forEachEnvironmentVariable { function, name, _ in
            guard reserved.value(for: name, { Self.reserved.contains($0) }) else { return }
            report.append(finding(
                "`\(name)` is reserved by Lambda and cannot be set",
                at: spec.environmentKeyLocation(name, of: functions[function]),
                hint: "use another name; Lambda already provides `\(name)` to the code"))
        }
    }
}
