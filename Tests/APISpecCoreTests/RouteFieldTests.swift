import Testing
@testable import APISpecCore

/// A decoder's fields (`RouteField`, `FunctionField`, `PolicyField`) name `keys` in their order,
/// numbered from 0: each is read by its number as the place of its key in that list.
func expectFields<Field: CaseIterable & RawRepresentable>(
    _: Field.Type, areInOrder keys: [String]?, sourceLocation: Testing.SourceLocation = #_sourceLocation
) where Field.RawValue == Int {
    #expect(Field.allCases.map { "\($0)" } == keys, sourceLocation: sourceLocation)
    #expect(Field.allCases.map(\.rawValue) == Array(0..<Field.allCases.count), sourceLocation: sourceLocation)
}

/// The decoder reads a route's keys by their place in `KnownKeys`' list (`RouteField`): the
/// two must name the same keys in the same order.
@Suite struct RouteFieldTests {
    @Test func routeFieldsAreTheKnownKeysOfARouteInTheirOrder() {
        expectFields(RouteField.self, areInOrder: KnownKeys.all["routes.*"])
    }

    /// Each field is read from its own key: a route that writes all of them decodes each.
    @Test func eachFieldIsReadFromItsKey() throws {
        let yaml = """
            apispec: 1
            name: fields
            protocol: rest
            functions:
              f: {runtime: python3.12, handler: app.f}
            routes:
              GET /a:
                function: f
                auth: iam
                scopes: [s]
                timeout: 5
                payloadVersion: "1.0"
                apiKeyRequired: true
                request: {parameters: [querystring.q]}
                mapping: {request: {application/json: "{}"}}
                throttling: {rate: 1, burst: 2}
                description: the route
                tags: [t]
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "fields.yaml").spec)
        let route = try #require(spec.routes.first)
        #expect(route.integration == .function(Located("f", at: SourceLocation(file: "fields.yaml", line: 8, column: 15))))
        #expect(route.auth?.value == .iam)
        #expect(route.scopes.map(\.value) == ["s"])
        #expect(route.timeoutMilliseconds == 5_000)
        #expect(route.payloadVersion == "1.0")
        #expect(route.apiKeyRequired == true)
        #expect(route.request?.parameters.map(\.value) == ["querystring.q"])
        #expect(route.mapping?.request["application/json"] == "{}")
        #expect(route.throttling?.burst == 2)
        #expect(route.description == "the route")
        #expect(route.tags.map(\.value) == ["t"])
    }
}

/// The decoder reads function settings by their place in `KnownKeys.functionSettings`
/// (`FunctionField`): the two must name the same keys in the same order, and both paths that
/// hold settings must list them.
@Suite struct FunctionFieldTests {
    @Test func functionFieldsAreTheKnownSettingsInTheirOrder() {
        expectFields(FunctionField.self, areInOrder: KnownKeys.functionSettings)
        #expect(KnownKeys.all["functions.*"] == KnownKeys.functionSettings)
        #expect(KnownKeys.all["defaults.function"] == KnownKeys.functionSettings)
    }

    /// Each setting is read from its own key: a function that writes all of them decodes each.
    @Test func eachSettingIsReadFromItsKey() throws {
        let yaml = """
            apispec: 1
            name: settings
            functions:
              f:
                runtime: python3.12
                handler: app.f
                code: src
                description: the function
                memory: 256
                timeout: 10
                architecture: arm64
                ephemeralStorage: 1024
                environment: {A: b}
                provisionedConcurrency: 2
                reservedConcurrency: 5
                layers: [arn:layer]
                policies: [{effect: Deny, actions: [s3:GetObject], resources: ["*"]}]
                role: arn:role
                tracing: true
                logRetentionDays: 14
                tags: {team: api}
            routes:
              GET /a: {function: f}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "settings.yaml").spec)
        let settings = try #require(spec.functions["f"]).settings
        #expect(settings.runtime == "python3.12")
        #expect(settings.handler == "app.f")
        #expect(settings.code == "src")
        #expect(settings.description == "the function")
        #expect(settings.memory == 256)
        #expect(settings.timeout == 10)
        #expect(settings.architecture == .arm64)
        #expect(settings.ephemeralStorage == 1024)
        #expect(settings.environment?["A"]?.value == "b")
        #expect(settings.provisionedConcurrency == 2)
        #expect(settings.reservedConcurrency == 5)
        #expect(settings.layers?.map(\.value) == ["arn:layer"])
        #expect(settings.policies?.map(\.effect) == [.Deny])
        #expect(settings.role == "arn:role")
        #expect(settings.tracing == true)
        #expect(settings.logRetentionDays == 14)
        #expect(settings.tags == ["team": "api"])
    }
}

/// The decoder reads a policy statement's keys by their place in `KnownKeys`' list
/// (`PolicyField`): the two must name the same keys in the same order.
@Suite struct PolicyFieldTests {
    @Test func policyFieldsAreTheKnownKeysOfAStatementInTheirOrder() {
        expectFields(PolicyField.self, areInOrder: KnownKeys.all["functions.*.policies[]"])
    }

    /// Each key is read from its own place: a statement that writes them all decodes each, and
    /// one without `actions` or `resources` is told so.
    @Test func eachKeyIsReadFromItsPlace() throws {
        let yaml = """
            apispec: 1
            name: policies
            functions:
              f:
                runtime: python3.12
                handler: app.f
                policies:
                  - {effect: Deny, actions: [s3:GetObject, s3:PutObject], resources: ["arn:a", "arn:b"]}
                  - {actions: [sqs:SendMessage]}
            routes:
              GET /a: {function: f}
            """
        let result = Frontend.load(Array(yaml.utf8), path: "policies.yaml")
        let policies = try #require(result.spec?.functions["f"]?.settings.policies)
        #expect(policies.map(\.effect) == [.Deny, .Allow])
        #expect(policies.map { $0.actions.map(\.value) } == [["s3:GetObject", "s3:PutObject"], ["sqs:SendMessage"]])
        #expect(policies.map { $0.resources.map(\.value) } == [["arn:a", "arn:b"], []])
        #expect(result.diagnostics.map(\.message) == ["a policy statement needs `resources`"])
    }
}
