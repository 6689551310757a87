import APISpecCore

struct AwsAccessKeyInEnvironment: FunctionRule {
    let id = "aws-access-key-in-environment"
    let severity = Diagnostic.Severity.error
    let summary = "An environment variable holds an AWS access key id."
    let explanation = """
        A value shaped like an AWS access key id (`AKIA` or `ASIA` followed by 16
        upper-case letters or digits) means credentials are written into the spec,
        where everyone with access to the repository, the template or the
        function's configuration can read them. Lambda functions get credentials
        from their execution role: add the permissions under `policies:` instead.
        If a third-party key is really needed, pass it as a `${param:...}`
        with `NoEcho`, or read it from Secrets Manager at run time.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment: {UPLOAD_KEY: ↓AKIAIOSFODNN7EXAMPLE}
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
                environment: {BUCKET: pets-uploads}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        functions.forEachEnvironmentVariable { _, name, value in
            guard SecretPatterns.containsAccessKeyId(value.value) else { return }
            report.append(finding(
                "environment variable '\(name)' holds an AWS access key id",
                at: value.location,
                hint: "grant access through the function's role (`policies:`); rotate the exposed key"))
        }
    }
}
