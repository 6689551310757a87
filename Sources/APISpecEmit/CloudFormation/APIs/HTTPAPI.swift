import APISpecCore

/// An HTTP API (`AWS::ApiGatewayV2::Api`) imported from its OpenAPI body, with auto-deploying
/// stages: API Gateway redeploys them on every change, so no deployment resource is needed.
enum HTTPAPI {
    static func add(to assembly: TemplateAssembly, permissions: inout InvokePermissions) {
        var properties: JSONObject = ["Body": OpenAPIBody.build(assembly)]
        OpenAPIBody.applyOverrides(to: &properties, of: assembly)
        assembly.add(assembly.api, Resource(type: "AWS::ApiGatewayV2::Api", properties: properties))
        V2Stages.add(to: assembly, deployment: nil, account: nil)
        permissions.grantRoutes(of: assembly)
        OpenAPIBody.grantAuthorizers(&permissions, to: assembly)
    }
}
