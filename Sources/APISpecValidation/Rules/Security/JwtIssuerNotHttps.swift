import APISpecCore

struct JwtIssuerNotHttps: Rule {
    let id = "jwt-issuer-not-https"
    let severity = Diagnostic.Severity.error
    let summary = "A JWT authorizer's `issuer` is not an `https://` URL."
    let explanation = """
        A JWT authorizer trusts tokens signed by the keys it downloads from the
        issuer (`<issuer>/.well-known/openid-configuration`). API Gateway only
        accepts `https://` issuers, since keys fetched over plain HTTP could be
        replaced on the way, letting anyone sign tokens. For Cognito, the
        issuer is `https://cognito-idp.<region>.amazonaws.com/<user pool id>`.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: ↓http://auth.example.com/, audience: [pets]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: users}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            authorizers:
              users: {type: jwt, issuer: https://auth.example.com/, audience: [pets]}
            functions:
              listPets: {runtime: python3.12, handler: app.list}
            routes:
              GET /pets: {function: listPets, auth: users}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for authorizer in spec.checkedAuthorizers where authorizer.kind == .jwt {
            guard let issuer = authorizer.issuer, !issuer.hasPrefix("https://"),
                  !issuer.containsReference else { continue }
            report.append(finding(
                "JWT issuer '\(issuer)' is not an https URL",
                at: authorizer.provenance["issuer"],
                hint: "use the issuer's `https://` URL, exactly as it appears in the tokens' `iss` claim"))
        }
    }
}
