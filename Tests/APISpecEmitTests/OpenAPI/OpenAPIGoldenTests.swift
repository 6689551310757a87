import APISpecCore
import APISpecTestSupport
import Foundation
import Testing
@testable import APISpecEmit

/// Every fixture's documents match the reviewed ones byte for byte, with and without AWS extensions.
struct OpenAPIGoldenTests {
    @Test(arguments: OpenAPIGoldenCase.all, [true, false])
    func matchesReviewedDocument(_ golden: OpenAPIGoldenCase, awsExtensions: Bool) throws {
        let emitted = try golden.emit(awsExtensions: awsExtensions)
        let expectedURL = golden.expectedURL(awsExtensions: awsExtensions)
        let expected = try #require(try ReviewedFile.text(at: expectedURL, recording: emitted), "no \(expectedURL.path)")
        #expect(emitted == expected, "\(expectedURL.path) is out of date; RECORD_SNAPSHOTS=1 rewrites it (review the diff)")
    }

    /// Guards against a moved folder silently turning every parameterized test into zero tests.
    @Test func casesExist() {
        #expect(OpenAPIGoldenCase.fixtures.count >= 2)
        #expect(OpenAPIGoldenCase.examples.count >= 5)
    }

    @Test(arguments: OpenAPIGoldenCase.all)
    func cleanDocumentHasNoAWSExtensions(_ golden: OpenAPIGoldenCase) throws {
        #expect(try !golden.emit(awsExtensions: false).contains("x-amazon-apigateway-"))
    }

    @Test(arguments: OpenAPIGoldenCase.all)
    func outputIsDeterministic(_ golden: OpenAPIGoldenCase) throws {
        #expect(try golden.emit(awsExtensions: true) == golden.emit(awsExtensions: true))
    }
}

/// The document's path items are written, counted (by the template size rule) and made as
/// values by one piece of code: the three must agree.
struct PathItemsTests {
    @Test(arguments: OpenAPIGoldenCase.all, [true, false])
    func writtenCountedAndMadePathItemsAgree(_ golden: OpenAPIGoldenCase, awsExtensions: Bool) throws {
        try Self.expectAgreement(golden.spec(), awsExtensions: awsExtensions)
    }

    /// Two routes of one method on one path (`get /pets` beside `GET /pets`, which validation
    /// reports, is still measured) make one operation: the later route's, where the first is.
    @Test func aRepeatedMethodOnAPathMakesOneOperation() throws {
        let spec = try Self.loaded("""
            apispec: 1
            name: repeated
            protocol: rest
            functions:
              first: {runtime: python3.12, handler: app.first}
              second: {runtime: python3.12, handler: app.second}
            routes:
              GET /pets: {function: first, auth: none}
              POST /pets: {function: first, auth: none}
              get /pets: {function: second, auth: none}
            """)
        let document = try Self.expectAgreement(spec, awsExtensions: true)
        let item = try #require(document["paths"]?["/pets"])
        guard case .object(let methods) = item else { throw Unexpected.notAnObject }
        #expect(methods.keys == ["get", "post"])
        #expect(item["get"]?["responses"]?["200"]?["description"] == "Response of function second")
    }

    /// A name that meets another in one object is written once, as a value keeps a repeated key
    /// once: a mock's header that CORS adds too.
    @Test func namesThatMeetAreWrittenOnce() throws {
        let spec = try Self.loaded("""
            apispec: 1
            name: meeting
            protocol: rest
            cors: {allowOrigins: [https://app.example.com]}
            routes:
              GET /mocked: {mock: {status: 200, headers: {Access-Control-Allow-Origin: https://other.example.com}}, auth: none}
            """)
        let document = try Self.expectAgreement(spec, awsExtensions: true)
        guard case .object(let headers)? = document["paths"]?["/mocked"]?["get"]?["responses"]?["200"]?["headers"]
        else { throw Unexpected.notAnObject }
        #expect(headers.keys == ["Access-Control-Allow-Origin"])
    }

    /// A route's `x-` keys follow the operation's own members; where one names a member the
    /// operation has, the operation's own is kept.
    @Test func anOperationsOwnMembersWinOverTheRoutesExtensions() throws {
        let spec = try Self.loaded("""
            apispec: 1
            name: extended
            protocol: rest
            functions:
              f: {runtime: python3.12, handler: app.f}
            routes:
              POST /checked:
                function: f
                auth: none
                request: {parameters: [querystring.q]}
                x-amazon-apigateway-integration: {type: mock}
                x-amazon-apigateway-request-validator: all
                x-custom: 1
              GET /unchecked:
                function: f
                auth: none
                x-amazon-apigateway-request-validator: all
            """)
        let document = try Self.expectAgreement(spec, awsExtensions: true)
        let checked = try #require(document["paths"]?["/checked"]?["post"])
        let unchecked = try #require(document["paths"]?["/unchecked"]?["get"])
        #expect(checked["x-amazon-apigateway-integration"]?["type"] == "aws_proxy")
        #expect(checked["x-amazon-apigateway-request-validator"] == "parameters-only")
        #expect(checked["x-custom"] == 1)
        #expect(unchecked["x-amazon-apigateway-request-validator"] == "all")
        guard case .object(let members) = checked else { throw Unexpected.notAnObject }
        #expect(members.keys.last == "x-custom")
    }

    enum Unexpected: Error { case notAnObject }

    /// A spec that may have errors (validation reports them; the document is still made).
    /// A numbered id can be another path's own: `GET /a/b` after `GET /a-b` is `getAB2`, the
    /// name `GET /a/b2` would have had, which is then `getAB22`. Each method's ids are claimed
    /// in the order of its places, a REST API's preflights (after every route) included,
    /// whichever path items are made first; counting a path item claims the same ids.
    @Test(arguments: ["http", "rest"]) func numberedIdsMeetOtherPathsOwn(_ apiProtocol: String) throws {
        let spec = try Self.loaded("""
            apispec: 1
            name: ids
            protocol: \(apiProtocol)
            routes:
              GET /a-b: {mock: {status: 200}, auth: none}
              ANY /c: {mock: {status: 200}, auth: none}
              GET /a/b: {mock: {status: 200}, auth: none}
              GET /a/b2: {mock: {status: 200}, auth: none}
              ANY /c-: {mock: {status: 200}, auth: none}
            cors: {allowOrigins: ["https://app.example.com"]}
            """)
        let paths = try Self.expectAgreement(spec, awsExtensions: true)["paths"]
        let any = OperationSlot.anyMethod
        #expect(paths?["/a-b"]?["get"]?["operationId"] == "getAB")
        #expect(paths?["/a/b"]?["get"]?["operationId"] == "getAB2")
        #expect(paths?["/a/b2"]?["get"]?["operationId"] == "getAB22")
        #expect(paths?["/c"]?[any]?["operationId"] == "anyC")
        #expect(paths?["/c-"]?[any]?["operationId"] == "anyC2")
        if apiProtocol == "rest" {
            #expect(paths?["/a-b"]?["options"]?["operationId"] == "optionsAB")
            #expect(paths?["/c"]?["options"]?["operationId"] == "optionsC")
            #expect(paths?["/a/b"]?["options"]?["operationId"] == "optionsAB2")
            #expect(paths?["/a/b2"]?["options"]?["operationId"] == "optionsAB22")
            #expect(paths?["/c-"]?["options"]?["operationId"] == "optionsC2")
        }
    }

    /// Methods (however invalid: validation reports them) are few; past 255 of them, one
    /// group claims every id, still in place order.
    @Test func manyMethodsShareOneGroup() throws {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let methods = (0..<300).map { "X\(letters[$0 / 26])\(letters[$0 % 26])" }
        let spec = try Self.loaded((["apispec: 1", "name: many", "protocol: rest", "cors: {allowOrigins: [\"*\"]}", "routes:"]
            + methods.map { "  \($0) /items: {mock: {status: 200}, auth: none}" }).joined(separator: "\n"))
        guard case .object(let item)? = try Self.expectAgreement(spec, awsExtensions: true)["paths"]?["/items"]
        else { throw Unexpected.notAnObject }
        #expect(item.keys == methods.map { $0.lowercased() } + ["options"])
        #expect(item["xaa"]?["operationId"] == "xaaItems" && item["options"]?["operationId"] == "optionsItems")
    }

    static func loaded(_ yaml: String) throws -> Spec {
        try #require(Frontend.load(Array(yaml.utf8), path: "inline.yaml").spec)
    }

    /// The document made whole, after checking it is the one written and the one counted.
    @discardableResult
    static func expectAgreement(_ spec: Spec, awsExtensions: Bool) throws -> JSONValue {
        let builder = OpenAPIBuilder(
            spec: spec, stage: try OpenAPIEmitter.chooseStage(spec, requested: nil), targets: StandaloneTargets(),
            awsExtensions: awsExtensions)
        let whole = builder.build()
        #expect(try OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: awsExtensions) == JSONWriter.write(whole))
        var counted: [(String, Int)] = []
        builder.parts().paths.count(valueIndent: 3) { path, bytes in
            counted.append((path, bytes))
            return true
        }
        guard case .object(let items)? = whole["paths"] else { throw Unexpected.notAnObject }
        let counter = JSONWriter.ObjectCounter(indent: 2)
        #expect(counted.map(\.0) == items.keys)
        #expect(counted.map(\.1) == items.map { counter.valueBytes($0.value) })
        return whole
    }
}
