import APISpecCore

struct UnusedParameter: Rule {
    let id = "unused-parameter"
    let severity = Diagnostic.Severity.warning
    let summary = "A declared parameter is never referenced with `${param:Name}`."
    let explanation = """
        Every entry under `parameters:` becomes a CloudFormation parameter that
        each deployment must supply (or take the default of). One that no string
        references does nothing, and usually means a reference was misspelled or
        a value was hard-coded where the parameter was meant.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            parameters:
              TableName: {type: String}
              ↓Env: {type: String, allowed: [dev, prod]}
            functions:
              listPets:
                runtime: python3.12
                handler: app.list
                environment: {TABLE: "${param:TableName}"}
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
        let referenced = Set(Reference.all(in: spec).filter { $0.namespace == .param }.map(\.name))
        for parameter in spec.parameters.values
        where !referenced.contains(parameter.name) && !spec.isBroken("parameters", parameter.name) {
            report.append(finding(
                "parameter '\(parameter.name)' is never referenced",
                at: parameter.provenance.entity,
                hint: "reference it as `${param:\(parameter.name)}`, or remove it"))
        }
    }
}
