import Foundation

/// An incoming HTTP request, as API Gateway sees it before routing.
struct GatewayRequest: Sendable {
    var method: String
    /// The path as sent, still percent-encoded, without the query.
    var rawPath: String
    /// Everything after `?`, as sent.
    var rawQuery: String
    /// Header fields in the order they came, duplicates kept.
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    var sourceIp: String
    /// The port the request came in on: functions build URLs back to the gateway (the
    /// `@connections` API) from `domainName`, so it must carry the port a client may omit.
    var localPort: Int?
    var requestId = UUID().uuidString.lowercased()
    var received = Date()

    init(method: String, rawPath: String, rawQuery: String, headers: [(name: String, value: String)], body: [UInt8], sourceIp: String) {
        self.method = method
        self.rawPath = rawPath
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
        self.sourceIp = sourceIp
    }

    /// The first value of a header, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    var host: String {
        let host = header("host") ?? "127.0.0.1"
        guard let localPort, !host.contains(":") else { return host }
        return "\(host):\(localPort)"
    }
    var userAgent: String { header("user-agent") ?? "" }

    /// Query parameters in order, percent-decoded (`+` is a space).
    var queryParameters: [(name: String, value: String)] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]) : ""
            return (Self.decode(String(parts[0])), Self.decode(value))
        }
    }

    /// Every cookie sent, across all `Cookie` headers.
    var cookies: [String] {
        headers.filter { $0.name.lowercased() == "cookie" }.flatMap { header in
            header.value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    static func decode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The request time as API Gateway prints it: `12/Mar/2020:19:03:58 +0000`.
    var requestTime: String { Self.format(received) }

    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "dd/MMM/yyyy:HH:mm:ss Z"
        return formatter.string(from: date)
    }

    var epochMilliseconds: Int { Int(received.timeIntervalSince1970 * 1000) }
}
