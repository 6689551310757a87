import APISpecCore

struct PrivateKeyInEnvironment: FunctionRule {
    let id = "private-key-in-environment"
    let severity = Diagnostic.Severity.error
    let summary = "An environment variable holds a PEM private key."
    let explanation = """
        A `-----BEGIN ... PRIVATE KEY-----` block in an environment variable puts
        the key in the spec, the generated template and the function's
        configuration, readable by anyone who can read any of them. Keep private
        keys in AWS Secrets Manager or SSM Parameter Store (SecureString) and read
        them at run time, passing only the secret's name or ARN.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              signer:
                runtime: python3.12
                handler: app.sign
                environment:
                  SIGNING_KEY: ↓"-----BEGIN RSA PRIVATE KEY-----\\nMIIEow...\\n-----END RSA PRIVATE KEY-----"
            routes:
              POST /sign: {function: signer, auth: iam}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              signer:
                runtime: python3.12
                handler: app.sign
                environment:
                  SIGNING_KEY_ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:signing-key
            routes:
              POST /sign: {function: signer, auth: iam}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        functions.forEachEnvironmentVariable { _, name, value in
            guard SecretPatterns.containsPrivateKey(value.value) else { return }
            report.append(finding(
                "environment variable '\(name)' holds a private key",
                at: value.location,
                hint: "store the key in Secrets Manager or SSM Parameter Store and pass its name or ARN"))
        }
    }
}
