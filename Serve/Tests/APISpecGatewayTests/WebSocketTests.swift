import APISpecGateway
import Foundation
import Testing

/// WebSocket APIs over a real WebSocket: $connect, route selection, $default, $disconnect,
/// the @connections API, and a ticket-checking authorizer on $connect.
@Suite(.serialized)
struct WebSocketTests {
    static func spec(connectAuth: String) -> String {
        """
        apispec: 1
        name: chat
        protocol: websocket
        routeSelection: $request.body.action
        defaults:
          function: {runtime: python3.12, code: ., timeout: 5}
        functions:
          onConnect: {handler: ws.on_connect}
          onDisconnect: {handler: ws.on_disconnect}
          onMessage: {handler: ws.on_message}
          whoami: {handler: ws.whoami}
          fail: {handler: ws.fail}
          checkTicket: {handler: ws.check_ticket}
        authorizers:
          ticket: {type: lambda, function: checkTicket, identitySource: [route.request.querystring.ticket]}
        routes:
          $connect: {function: onConnect, auth: \(connectAuth)}
          $disconnect: {function: onDisconnect}
          sendMessage: {function: onMessage}
          whoami: {function: whoami}
          fail: {function: fail}
          $default: {function: onMessage}
        stages:
          dev: {}
        """
    }

    static let masked: Set<String> = [
        "requestContext.apiId", "requestContext.requestId", "requestContext.extendedRequestId",
        "requestContext.messageId", "requestContext.connectionId", "requestContext.domainName",
        "requestContext.requestTime", "requestContext.requestTimeEpoch", "requestContext.connectedAt",
        "requestContext.identity.sourceIp",
    ]

    static func documented(_ name: String, stage: String = "dev") throws -> JSON {
        try JSONDecoder().decode(JSON.self, from: TestApp.documentedEvent(name))
    }

    /// Reads the events a handler noted in `file`, waiting a little for the last to land.
    static func notes(_ app: TestApp, _ file: String, count: Int) async throws -> [JSON] {
        let url = app.directory.appendingPathComponent(file)
        for _ in 0..<50 {
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                let events = text.split(separator: "\n").compactMap { JSON.parse(Array($0.utf8)) }
                if events.count >= count { return events }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return []
    }

    @Test func eventsMatchAWSAndMessagesAreRoutedByTheSelectionExpression() async throws {
        let app = try TestApp(spec: Self.spec(connectAuth: "none"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let replies = try await WebSocketConversation.run(
            "ws://127.0.0.1:\(served.port)/dev",
            messages: [#"{"action":"sendMessage","data":"hello"}"#, #"{"action":"sendMessage","data":"again"}"#, "not json at all"])
        #expect(replies.count == 3, "\(replies)\n\(served.log)")
        let answers = replies.compactMap { JSON.parse(Array($0.utf8)) }
        #expect(answers.map { $0["route"] } == ["sendMessage", "sendMessage", "$default"])
        #expect(answers[0]["pid"] == answers[1]["pid"], "the warm process answers the second message")

        // MESSAGE, as AWS sends it.
        let message = try #require(answers.first?["event"])
        let loose = EventComparison(masked: Self.masked, open: [])
        let messageDifferences = loose.differences(message, try Self.documented("websocket-message"))
        #expect(messageDifferences == [])
        #expect(answers[2]["event"]?["body"] == "not json at all")

        // CONNECT and DISCONNECT: the same fields as AWS's; headers are the client's own.
        let connect = try #require(try await Self.notes(app, "connects.jsonl", count: 1).first)
        // The handshake key is a fresh nonce each time.
        let nonce: Set<String> = ["headers.Sec-WebSocket-Key", "multiValueHeaders.Sec-WebSocket-Key"]
        let handshake = EventComparison(masked: Self.masked.union(nonce), open: ["headers", "multiValueHeaders"], optional: Self.awsOnlyHeaders)
        let connectDifferences = handshake.differences(connect, try Self.documented("websocket-connect"))
        #expect(connectDifferences == [])
        #expect(connect["headers"]?["Sec-WebSocket-Version"] == "13")
        #expect(connect["requestContext"]?["connectionId"] == message["requestContext"]?["connectionId"])
        let disconnect = try #require(try await Self.notes(app, "disconnects.jsonl", count: 1).first)
        let closing = EventComparison(
            masked: Self.masked, open: ["headers", "multiValueHeaders"],
            optional: Self.awsOnlyHeaders.union(["headers.x-api-key", "headers.x-restapi", "multiValueHeaders.x-api-key", "multiValueHeaders.x-restapi"]))
        let disconnectDifferences = closing.differences(disconnect, try Self.documented("websocket-disconnect"))
        #expect(disconnectDifferences == [])
    }

    /// Headers the AWS edge adds on the way in; a local client's handshake has none of them.
    static let awsOnlyHeaders: Set<String> = Set(["Host", "Sec-WebSocket-Extensions", "X-Amzn-Trace-Id", "X-Forwarded-For", "X-Forwarded-Port", "X-Forwarded-Proto"]
        .flatMap { ["headers.\($0)", "multiValueHeaders.\($0)"] })

    @Test func connectionsAPIDescribesAndClosesAConnection() async throws {
        let app = try TestApp(spec: Self.spec(connectAuth: "none"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let replies = try await WebSocketConversation.run(
            "ws://127.0.0.1:\(served.port)/dev", messages: [#"{"action":"whoami"}"#])
        let info = try #require(replies.first.flatMap { JSON.parse(Array($0.utf8)) }?["info"])
        #expect(info["identity"]?["sourceIp"] == "127.0.0.1")
        #expect(info["connectedAt"]?.string != nil && info["lastActiveAt"]?.string != nil)
        let disconnects = try await Self.notes(app, "disconnects.jsonl", count: 1)
        #expect(disconnects.count == 1, "DELETE @connections ended the connection and $disconnect heard it")
        let gone = try await served.request(.POST, "/dev/@connections/nobody", body: Array("hi".utf8))
        #expect(gone.status == 410)
    }

    @Test func aFailingRouteAnswersTheClientAndKeepsTheConnection() async throws {
        let app = try TestApp(spec: Self.spec(connectAuth: "none"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let replies = try await WebSocketConversation.run(
            "ws://127.0.0.1:\(served.port)/dev", messages: [#"{"action":"fail"}"#, #"{"action":"sendMessage"}"#])
        let first = try #require(replies.first.flatMap { JSON.parse(Array($0.utf8)) })
        #expect(first["message"] == "Internal server error")
        #expect(first["connectionId"]?.string != nil)
        #expect(replies.count == 2 && replies[1].contains("sendMessage"))
    }

    @Test func connectAuthorizerAndConnectFunctionCanRefuseTheHandshake() async throws {
        let app = try TestApp(spec: Self.spec(connectAuth: "ticket"))
        defer { app.remove() }
        let served = try await ServedAPI.start(app.specFile)
        defer { Task { await served.stop() } }
        let base = "ws://127.0.0.1:\(served.port)/dev"
        await #expect(throws: (any Error).self) { try await WebSocketConversation.run(base, messages: []) }
        await #expect(throws: (any Error).self) { try await WebSocketConversation.run(base + "?ticket=bad", messages: []) }
        await #expect(throws: (any Error).self) {
            try await WebSocketConversation.run(base + "?ticket=good&refuse=1", messages: [])
        }
        let replies = try await WebSocketConversation.run(base + "?ticket=good", messages: [#"{"action":"sendMessage"}"#])
        let event = try #require(replies.first.flatMap { JSON.parse(Array($0.utf8)) }?["event"])
        #expect(event["requestContext"]?["authorizer"]?["principalId"] == "alice")
        #expect(event["requestContext"]?["authorizer"]?["room"] == "lobby", "the authorizer's context reaches every route")
    }
}
