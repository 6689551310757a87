import Foundation
import APISpecRunConfig

/// A Lambda proxy function's answer turned into the HTTP response API Gateway sends.
/// Nil means the answer is malformed: the gateway then reports the function as failed.
enum ProxyResponse {
    /// Payload 2.0: a `statusCode` object, or any other JSON taken as a 200 `application/json` body.
    static func versionTwo(_ payload: [UInt8]) -> GatewayResponse? {
        guard let answer = JSON.parse(payload) else { return nil }
        guard case .object(let members) = answer, members["statusCode"] != nil else {
            return GatewayResponse(status: 200, headers: [("content-type", "application/json")], body: payload)
        }
        guard var response = structured(members) else { return nil }
        for cookie in members["cookies"]?.array ?? [] {
            if let cookie = cookie.string { response.headers.append(("set-cookie", cookie)) }
        }
        return response
    }

    /// Payload 1.0: must be an object with `statusCode`; `multiValueHeaders` join `headers`.
    static func versionOne(_ payload: [UInt8]) -> GatewayResponse? {
        guard case .object(let members)? = JSON.parse(payload), members["statusCode"] != nil,
            var response = structured(members)
        else { return nil }
        for (name, values) in (members["multiValueHeaders"]?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            response.headers.removeAll { $0.name.lowercased() == name.lowercased() }
            for value in values.array ?? [] { response.headers.append((name, scalarText(value))) }
        }
        if response.header("content-type") == nil {
            response.headers.append(("content-type", "application/json"))
        }
        return response
    }

    private static func structured(_ members: [String: JSON]) -> GatewayResponse? {
        guard let status = members["statusCode"]?.int ?? members["statusCode"]?.string.flatMap({ Int($0) }),
            (100...599).contains(status)
        else { return nil }
        var headers: [(name: String, value: String)] = []
        for (name, value) in (members["headers"]?.object ?? [:]).sorted(by: { $0.key < $1.key }) {
            headers.append((name, scalarText(value)))
        }
        var body: [UInt8] = []
        switch members["body"] {
        case .string(let text)?:
            if members["isBase64Encoded"]?.bool == true {
                guard let data = Data(base64Encoded: text) else { return nil }
                body = Array(data)
            } else {
                body = Array(text.utf8)
            }
        case nil, .null?:
            break
        case let other?:
            body = other.serialized
        }
        return GatewayResponse(status: status, headers: headers, body: body)
    }

    private static func scalarText(_ value: JSON) -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return value.text
        }
    }
}
