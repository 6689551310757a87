import Foundation
import Testing
@testable import APISpecCore

/// Decoder tests. Expected positions are found by searching the input for the
/// offending text, never hand-counted.
@Suite struct SpecDecoderTests {
    func decode(_ yaml: String) -> Frontend.Result {
        Frontend.load(Array(yaml.utf8), path: "api.yaml")
    }

    /// Line and column of the `occurrence`-th appearance of `needle` in `text`.
    func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
        var line = 1, column = 1, seen = 0
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix(needle) {
                seen += 1
                if seen == occurrence { return (line, column) }
            }
            if rest.first == "\n" { line += 1; column = 1 } else { column += 1 }
            rest = rest.dropFirst()
        }
        return nil
    }

    func expect(_ diagnostic: Diagnostic?, id: String, at needle: String, in text: String,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let diagnostic else {
            Issue.record("no diagnostic, expected \(id)", sourceLocation: sourceLocation)
            return
        }
        let expected = position(of: needle, in: text)
        #expect(diagnostic.id == id, sourceLocation: sourceLocation)
        #expect(diagnostic.location.line == expected?.line, sourceLocation: sourceLocation)
        #expect(diagnostic.location.column == expected?.column, sourceLocation: sourceLocation)
    }

    static let base = """
    apispec: 1
    name: pets
    defaults:
      function: {runtime: python3.12, memory: 256, timeout: 5}
      auth: users
      timeout: 10
    authorizers:
      users: {type: jwt, issuer: https://issuer.example.com, audience: [app]}
    functions:
      listPets: {handler: pets.list, memory: 512}
      getPet: {handler: pets.get}
    routes:
      GET /pets: {function: listPets, auth: none}
      GET /pets/{id}: {function: getPet, timeout: 500ms}

    """

    @Test func decodesAWholeSpec() throws {
        let result = decode(Self.base)
        #expect(result.diagnostics.isEmpty)
        let spec = try #require(result.spec)
        #expect(spec.name == "pets" && spec.apiProtocol == .http)
        #expect(spec.functions.keys.elements == ["listPets", "getPet"])
        #expect(spec.routes.map(\.key.raw) == ["GET /pets", "GET /pets/{id}"])
        #expect(spec.routes[1].key.path?.segments == [.literal("pets"), .parameter("id")])
    }

    /// Keys compare as Strings do: the Kelvin sign is a `K`, though one of three bytes.
    @Test func aKeyEqualToAKnownOneAsAStringIsThatKey() throws {
        let yaml = Self.base.replacingOccurrences(
            of: "GET /pets: {function: listPets, auth: none}",
            with: "GET /pets: {function: listPets, auth: none, api\u{212A}eyRequired: true}")
        let result = decode(yaml)
        #expect(result.diagnostics.map(\.id) == [])
        #expect(try #require(result.spec).routes[0].apiKeyRequired == true)
    }

    /// `Fields` holds every key of a mapping inline, room for as many as the largest path has.
    @Test func everyPathsKeysFitInFields() {
        #expect(KnownKeys.all.values.allSatisfy { $0.count <= Fields.capacity })
    }

    @Test func functionsInheritDefaultsAndKnowWhereFromWhere() throws {
        let spec = try #require(decode(Self.base).spec)
        let getPet = try #require(spec.functions["getPet"])
        #expect(getPet.memory == 256 && getPet.timeout == 5 && getPet.runtime == "python3.12")
        #expect(getPet.provenance["memory"].line == position(of: "memory: 256", in: Self.base)?.line)
        let listPets = try #require(spec.functions["listPets"])
        #expect(listPets.memory == 512)
        #expect(listPets.provenance["memory"].line == position(of: "memory: 512", in: Self.base)?.line)
    }

    @Test func routesInheritAuthAndTimeoutFromDefaults() throws {
        let spec = try #require(decode(Self.base).spec)
        #expect(spec.routes[0].auth?.value == AuthChoice.none)
        #expect(spec.routes[1].auth?.value == .authorizer("users"))
        #expect(spec.routes[1].provenance["auth"].line == position(of: "auth: users", in: Self.base)?.line)
        #expect(spec.routes[0].timeoutMilliseconds == 10_000)
        #expect(spec.routes[1].timeoutMilliseconds == 500)
    }

    @Test func reportsEveryProblemInOneRun() {
        let yaml = """
        apispec: 1
        name: pets
        protocol: htpp
        functions:
          listPets: {runtime: python3.12, handler: a.b, memroy: 512}
          getPet: {runtime: python3.12, handler: a.b, timeout: ten}
        routes:
          GET /pets: {function: listPets, auth: none}
        """
        let diagnostics = decode(yaml).diagnostics
        #expect(diagnostics.count == 3)
        expect(diagnostics.first { $0.id == "invalid-value" }, id: "invalid-value", at: "htpp", in: yaml)
        expect(diagnostics.first { $0.id == "unknown-key" }, id: "unknown-key", at: "memroy", in: yaml)
        expect(diagnostics.first { $0.id == "wrong-type" }, id: "wrong-type", at: "ten", in: yaml)
        #expect(diagnostics.first { $0.id == "unknown-key" }?.hint == "did you mean `memory`?")
        #expect(diagnostics.first { $0.id == "invalid-value" }?.hint?.contains("did you mean `http`?") == true)
    }

    @Test func aMisspelledRequiredKeyIsReportedOnce() {
        let yaml = "apispec: 1\nname: pets\nrutes:\n  GET /a: {function: f}\n"
        let diagnostics = decode(yaml).diagnostics
        #expect(diagnostics.map(\.id) == ["unknown-key"])
        #expect(diagnostics.first?.hint == "did you mean `routes`?")
    }

    @Test func missingRequiredKeysAreNamed() {
        let diagnostics = decode("description: x\n").diagnostics
        #expect(Set(diagnostics.map(\.message)) == [
            "the spec needs `apispec`", "the spec needs `name`", "the spec needs `routes`",
        ])
    }

    @Test func aBrokenFunctionIsMarkedSoRulesStayQuiet() throws {
        let yaml = Self.base.replacingOccurrences(of: "getPet: {handler: pets.get}", with: "getPet: {handler: pets.get, memory: big}")
        let result = decode(yaml)
        #expect(result.diagnostics.map(\.id) == ["wrong-type"])
        let spec = try #require(result.spec)
        #expect(spec.isBroken("functions", "getPet"))
        #expect(spec.functions["getPet"] != nil)
    }

    /// A list of one item is made at once (`DecodingContext.stringList`), a longer one item by
    /// item: either reports an item that is not a string, and gives no list.
    @Test func aListItemThatIsNotAStringIsReportedWhateverTheListsLength() throws {
        let yaml = """
        apispec: 1
        name: lists
        protocol: http
        authorizers:
          users: {type: jwt, issuer: https://auth.example.com/, audience: [web]}
        functions:
          f: {runtime: python3.12, handler: a.b}
        routes:
          GET /one: {function: f, auth: users, scopes: [read]}
          GET /two: {function: f, auth: users, scopes: [read, write]}
          GET /bad1: {function: f, auth: users, scopes: [{a: b}]}
          GET /bad2: {function: f, auth: users, scopes: [read, [c]]}
        """
        let result = decode(yaml)
        #expect(result.diagnostics.map(\.id) == ["wrong-type", "wrong-type"])
        expect(result.diagnostics.first, id: "wrong-type", at: "{a: b}", in: yaml)
        expect(result.diagnostics.last, id: "wrong-type", at: "[c]", in: yaml)
        #expect(result.diagnostics.allSatisfy { $0.message.hasPrefix("each item of `scopes` must be a string") })
        let spec = try #require(result.spec)
        #expect(spec.routes.map { $0.scopes.map(\.value) } == [["read"], ["read", "write"], [], []])
        #expect(spec.routes.map { spec.isBroken($0) } == [false, false, true, true])
    }

    @Test func extensionKeysAreCarriedNotRejected() throws {
        let yaml = Self.base + "x-owner: team-pets\n"
        let result = decode(yaml)
        #expect(result.diagnostics.isEmpty)
        #expect(result.spec?.extensions.first?.key.scalarText == "x-owner")
    }

    @Test(arguments: [("2.0", "2.0"), ("'1.0'", "1.0"), ("2", "2.0")])
    func payloadVersionIsReadQuotedOrNot(_ written: String, _ expected: String) throws {
        let yaml = Self.base.replacingOccurrences(of: "timeout: 500ms}", with: "payloadVersion: \(written)}")
        let spec = try #require(decode(yaml).spec)
        #expect(spec.routes[1].payloadVersion == expected)
    }

    @Test func everyIntegrationKindDecodes() throws {
        let yaml = """
        apispec: 1
        name: shop
        protocol: rest
        routes:
          GET /a: {http: https://legacy.example.com/a, auth: none}
          GET /b: {http: {url: https://legacy.example.com/b, method: POST}, auth: none}
          GET /c: {mock: {status: 204, body: ok}, auth: none}
          POST /d:
            aws: {service: sqs, action: SendMessage, role: arn:aws:iam::123456789012:role/r, parameters: {a: b}}
            auth: iam
        """
        let spec = try #require(decode(yaml).spec)
        #expect(spec.routes.map { $0.integration?.keyword } == ["http", "http", "mock", "aws"])
        guard case .aws(let aws) = spec.routes[3].integration else { Issue.record("not aws"); return }
        #expect(aws.service == "sqs" && aws.action == "SendMessage" && aws.parameters == ["a": "b"])
        #expect(spec.routes[3].auth?.value == .iam)
    }
}

extension SpecDecoderTests {
    @Test(arguments: ["9223372036854775807", "1e300", "'99999999999999999999ms'", "-9223372036854775807"])
    func hugeTimeoutsAreClampedNotTrapped(_ written: String) throws {
        let yaml = Self.base.replacingOccurrences(of: "timeout: 500ms}", with: "timeout: \(written)}")
        let spec = try #require(decode(yaml).spec)
        let milliseconds = try #require(spec.routes[1].timeoutMilliseconds)
        #expect(abs(milliseconds) == 86_400_000)
    }
}
