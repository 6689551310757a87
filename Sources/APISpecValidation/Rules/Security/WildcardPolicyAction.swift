import APISpecCore

struct WildcardPolicyAction: FunctionRule {
    let id = "wildcard-policy-action"
    let severity = Diagnostic.Severity.warning
    let summary = "A function's policy allows every action of a service, or of all services."
    let explanation = """
        apispec gives every function its own least-privilege role, and
        `policies:` adds to it. An `Allow` of `*` or `service:*` grants far more
        than a function needs (`s3:*` includes deleting buckets and changing their
        policies), so a bug or an injected request can do damage the code never
        meant to do. List the actions the function calls.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                policies:
                  - {effect: Allow, actions: [↓"dynamodb:*"], resources: ["arn:aws:dynamodb:*:*:table/pets"]}
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
                policies:
                  - {effect: Allow, actions: [dynamodb:Query], resources: ["arn:aws:dynamodb:*:*:table/pets"]}
                  - {effect: Deny, actions: ["s3:*"], resources: ["*"]}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ functions: ArraySlice<Function>, in spec: Spec, _ report: inout [Diagnostic]) {
        // By index: `for function in functions` copied each function, and a loop over the
        // statements each statement (its lists and provenance retained and released). A wildcard
        // ends in a `*` byte, which rules out most actions before comparing Characters.
        for index in functions.indices {
            guard let statements = functions[index].settings.policies else { continue }
            for place in statements.indices where statements[place].effect == .Allow {
                let actions = statements[place].actions
                for action in actions
                where action.value.utf8.last == UInt8(ascii: "*") && (action.value == "*" || action.value.hasSuffix(":*")) {
                    report.append(finding(
                        "the policy allows `\(action.value)`, every action of \(scope(action.value))",
                        at: action.location,
                        hint: "list only the actions the function calls, such as `dynamodb:Query`"))
                }
            }
        }
    }

    private func scope(_ action: String) -> String {
        action == "*" ? "every service" : "`\(action.dropLast(2))`"
    }
}
