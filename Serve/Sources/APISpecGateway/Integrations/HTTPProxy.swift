import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import APISpecRunConfig

/// The HTTP proxy integration: the request goes on to `url` (its `{name}` placeholders filled
/// from path parameters, the query string passed along) and the backend's answer comes back.
struct HTTPProxy: Sendable {
    let client: HTTPClient

    /// Headers that describe one hop, not the request.
    private static let hopHeaders: Set<String> = ["host", "connection", "content-length", "transfer-encoding", "keep-alive", "upgrade"]

    func forward(
        _ request: GatewayRequest, to template: String, method: String?, match: RouteTable.Match,
        timeoutMilliseconds: Int, api: RunConfig.API.ProtocolType
    ) async -> GatewayResponse {
        var url = template
        for (name, value) in match.pathParameters {
            let encoded = value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? value
            url = url.replacingOccurrences(of: "{\(name)}", with: encoded).replacingOccurrences(of: "{\(name)+}", with: encoded)
        }
        if !request.rawQuery.isEmpty { url += (url.contains("?") ? "&" : "?") + request.rawQuery }
        var outgoing = HTTPClientRequest(url: url)
        outgoing.method = HTTPMethod(rawValue: method ?? request.method)
        for header in request.headers where !Self.hopHeaders.contains(header.name.lowercased()) {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if !request.body.isEmpty { outgoing.body = .bytes(ByteBuffer(bytes: request.body)) }
        do {
            let response = try await client.execute(outgoing, timeout: .milliseconds(Int64(timeoutMilliseconds)))
            let body = try await response.body.collect(upTo: HTTPGateway.maxBody)
            let headers = response.headers.filter { !Self.hopHeaders.contains($0.name.lowercased()) }.map { ($0.name, $0.value) }
            return GatewayResponse(status: Int(response.status.code), headers: headers, body: Array(buffer: body))
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            return .integrationTimedOut(api)
        } catch {
            return api == .rest ? .message(502, "Internal server error") : .message(500, "Internal Server Error")
        }
    }
}
