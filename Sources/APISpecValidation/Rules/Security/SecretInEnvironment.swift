import APISpecCore

struct SecretInEnvironment: FunctionRule {
    let id = "secret-in-environment"
    let severity = Diagnostic.Severity.warning
    let summary = "An environment variable named like a secret holds a literal value."
    let explanation = """
        A variable called `PASSWORD`, `SECRET`, `TOKEN`, `API_KEY` or similar with
        a literal value usually means a secret is committed with the spec and
        copied into the template and the function's configuration in plain text.
        Pass it as a deploy-time parameter (`${param:DbPassword}`, declared with
        `NoEcho`), or store it in Secrets Manager and pass its ARN. Values that
        are already references (`${param:...}`, an ARN, `{{resolve:...}}`) are
        not reported, nor are names that say where a secret is kept
        (`DB_SECRET_ARN`, `TOKEN_TABLE`).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment: {DB_PASSWORD: ↓hunter2}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            parameters:
              DbPassword: {type: String}
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment: {DB_PASSWORD: "${param:DbPassword}", TOKEN_TABLE: tokens}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    static let suspiciousWords = [
        "PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "CREDENTIAL", "ACCESS_KEY",
    ]

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        var suspicious = RecentNames<Bool>()
        functions.forEachEnvironmentVariable { _, name, value in
            guard suspicious.value(for: name, { Self.isSuspicious($0) }), isLiteralSecret(value.value) else { return }
            report.append(finding(
                "environment variable '\(name)' looks like a secret but holds a literal value",
                at: value.location,
                hint: "pass it as `${param:Name}` (NoEcho) or keep it in Secrets Manager and pass the ARN"))
        }
    }

    /// Names for where a secret lives, not the secret: `TOKEN_TABLE`, `DB_SECRET_ARN`.
    static let referenceSuffixes = ["_ARN", "_NAME", "_TABLE", "_URL", "_URI", "_ENDPOINT", "_HEADER", "_ID", "_PATH"]

    private static func isSuspicious(_ name: String) -> Bool {
        let upper = name.uppercased()
        return upper.containsAnyASCII(Self.suspiciousWords)
            && !Self.referenceSuffixes.contains { upper.hasSuffix($0) }
    }

    /// Values the error rules already report are left to them.
    private func isLiteralSecret(_ value: String) -> Bool {
        !value.isEmpty && !SecretPatterns.isIndirect(value)
            && !SecretPatterns.containsAccessKeyId(value) && !SecretPatterns.containsPrivateKey(value)
    }
}
