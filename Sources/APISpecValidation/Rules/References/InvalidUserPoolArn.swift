import APISpecCore

struct InvalidUserPoolArn: Rule {
    let id = "invalid-user-pool-arn"
    let severity = Diagnostic.Severity.error
    let summary = "A Cognito authorizer's user pool is not a user pool ARN."
    let explanation = """
        `userPools` lists Cognito user pool ARNs,
        `arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>`, or
        `${param:Name}` references holding one. A pool ID or name alone is not
        enough: API Gateway needs the ARN (and, on HTTP APIs, apispec derives
        the issuer URL from it).
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            protocol: rest
            authorizers:
              pool: {type: cognito, userPools: [↓us-east-1_AbC123]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            protocol: rest
            authorizers:
              pool: {type: cognito, userPools: ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123"]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: pool}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for authorizer in spec.checkedAuthorizers where authorizer.kind == .cognito {
            for pool in authorizer.userPools
            where !ArnPatterns.isUserPoolArn(pool.value) && !pool.value.containsReference {
                report.append(finding(
                    "'\(pool.value)' is not a Cognito user pool ARN",
                    at: pool.location,
                    hint: "write `arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>`"))
            }
        }
    }
}
