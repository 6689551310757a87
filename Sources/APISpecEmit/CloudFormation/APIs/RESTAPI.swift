import APISpecCore

/// A REST API (`AWS::ApiGateway::RestApi`) imported from its OpenAPI body, one deployment,
/// and exactly the declared stages on it.
enum RESTAPI {
    static func add(to assembly: TemplateAssembly, permissions: inout InvokePermissions) {
        let endpoint = (assembly.spec.endpoint ?? .regional).rawValue.uppercased()
        var properties: JSONObject = [
            "Body": OpenAPIBody.build(assembly),
            "EndpointConfiguration": ["Types": [.string(endpoint)]],
            // The import reads the endpoint type from here; without it, it would make an edge API.
            "Parameters": ["endpointConfigurationTypes": .string(endpoint)],
            // The spec is the whole API: without this, an update merges binary media types
            // and endpoint settings with what the API had before.
            "Mode": "overwrite",
        ]
        if assembly.spec.endpoint == .private { properties["Policy"] = privateEndpointPolicy }
        OpenAPIBody.applyOverrides(to: &properties, of: assembly)
        let written = assembly.addHashingProperties(
            assembly.api, Resource(type: "AWS::ApiGateway::RestApi", properties: properties))
        let account = CloudWatchRole.addIfNeeded(to: assembly)
        // A deployment is a snapshot of the body and the resource policy: a new logical id
        // whenever they change makes CloudFormation create a new one, so the stages really
        // serve the new API.
        let fingerprint = written ?? OpenAPIBody.fingerprint(of: properties)
        let deployment = assembly.claim("ApiDeployment", suffix: fingerprint)
        assembly.add(deployment, Resource(type: "AWS::ApiGateway::Deployment", properties: [
            "RestApiId": Intrinsic.ref(assembly.api),
            "Description": .string("apispec \(fingerprint)"),
        ]))
        RESTStages.add(to: assembly, deployment: deployment, account: account)
        permissions.grantRoutes(of: assembly)
        OpenAPIBody.grantAuthorizers(&permissions, to: assembly)
    }

    /// A private API answers only through VPC endpoints, and API Gateway will not deploy it
    /// without a resource policy; this one lets any caller that reaches it invoke it.
    static let privateEndpointPolicy = PolicyDocument.document([[
        "Effect": "Allow",
        "Principal": "*",
        "Action": "execute-api:Invoke",
        "Resource": "execute-api:/*",
    ]])
}
