import APISpecCore

extension OpenAPIBuilder {
    /// Where the stage is served: each custom domain mapping to it, then API Gateway's default
    /// endpoint, whose id and region are known only once deployed (server variables).
    var servers: [JSONValue] {
        var servers: [JSONValue] = []
        for domain in spec.domains.values where !spec.isBroken("domains", domain.name) {
            for mapping in domain.mappings where mapping.stage.value == stage {
                let basePath = mapping.basePath.value.trimmingPrefix("/")
                servers.append(["url": targets.text("https://\(domain.name)" + (basePath.isEmpty ? "" : "/\(basePath)"))])
            }
        }
        // HTTP APIs serve the `$default` stage at the root; every other stage is a path prefix.
        let stagePath = stage == "$default" ? "" : "/\(stage)"
        servers.append([
            "url": .string("https://{apiId}.execute-api.{region}.amazonaws.com\(stagePath)"),
            "variables": [
                "apiId": ["default": "example", "description": "The id API Gateway gives the API"],
                "region": ["default": "us-east-1", "description": "The AWS Region the API is deployed in"],
            ],
        ])
        return servers
    }
}
