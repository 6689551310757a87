import APISpecCore
import Testing
@testable import APISpecEmit

/// The small translations where API Gateway's formats differ from the spec's.
struct CloudFormationPathsTests {
    @Test func permissionsNameTheRouteAsAPIGatewayPresentsIt() {
        #expect(InvokePermissions.routePath(RouteKey("GET /pets")) == "GET/pets")
        #expect(InvokePermissions.routePath(RouteKey("GET /pets/{id}/toys")) == "GET/pets/*/toys")
        #expect(InvokePermissions.routePath(RouteKey("ANY /{proxy+}")) == "*/*")
        #expect(InvokePermissions.routePath(RouteKey("GET /")) == "GET/")
        #expect(InvokePermissions.routePath(RouteKey("POST /a${b}/{id}/c$")) == "POST/a${!b}/*/c$")
        #expect(InvokePermissions.routePath(RouteKey("$default")) == "$default")
        #expect(InvokePermissions.routePath(RouteKey("$connect")) == "$connect")
    }

    @Test func methodSettingsEscapeSlashes() {
        #expect(RESTStages.resourcePath(RoutePath("/")) == "/")
        #expect(RESTStages.resourcePath(RoutePath("/pets/{id}")) == "/~1pets~1{id}")
    }

    @Test func webSocketIdentitySourcesReadTheRouteRequest() {
        #expect(WebSocketAPI.routeIdentitySource("$request.header.X-Token") == "route.request.header.X-Token")
        #expect(WebSocketAPI.routeIdentitySource("$request.querystring.token") == "route.request.querystring.token")
        #expect(WebSocketAPI.routeIdentitySource("route.request.header.Auth") == "route.request.header.Auth")
        #expect(WebSocketAPI.routeIdentitySource("$context.identity.sourceIp") == "context.identity.sourceIp")
    }

    @Test func basePathsBecomeMappingKeys() {
        #expect(CustomDomains.mappingKey("/") == "")
        #expect(CustomDomains.mappingKey("/v1") == "v1")
        #expect(CustomDomains.mappingKey("/orders/v1/") == "orders/v1")
    }

    @Test func logGroupNamesDropWhatCloudWatchRefuses() {
        #expect(LogGroupName.segment("$default") == "default")
        #expect(LogGroupName.segment("prod-eu_1.2") == "prod-eu_1.2")
        #expect(LogGroupName.segment("café/#x y:ß€1") == "cafxy1")
        #expect(LogGroupName.segment("é€") == "unnamed")
    }
}
