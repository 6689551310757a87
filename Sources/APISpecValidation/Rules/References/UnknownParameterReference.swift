import APISpecCore

struct UnknownParameterReference: Rule {
    let id = "unknown-parameter-reference"
    let severity = Diagnostic.Severity.error
    let summary = "`${param:Name}` refers to a parameter that is not declared."
    let explanation = """
        A string may contain `${param:Name}`, which the emitters turn into a
        CloudFormation `Ref` or `Fn::Sub` of the deploy-time parameter `Name`.
        The name must be declared under `parameters:`, or CloudFormation rejects
        the template. The finding points at the `$` of the reference.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            parameters:
              TableName: {type: String}
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment:
                  TABLE: pets-↓${param:Table}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            parameters:
              TableName: {type: String}
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment: {TABLE: "${param:TableName}"}
            routes:
              GET /pets: {function: listPets, auth: none}
            """),
    ] }

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        for reference in Reference.all(in: spec)
        where reference.namespace == .param && !spec.parameters.keys.contains(reference.name)
            && !spec.isBroken("parameters", reference.name)
        {
            report.append(finding(
                "parameter '\(reference.name)' is not declared",
                at: reference.location,
                hint: Suggestions.hint(for: reference.name, among: Array(spec.parameters.keys), section: "parameters")))
        }
    }
}
