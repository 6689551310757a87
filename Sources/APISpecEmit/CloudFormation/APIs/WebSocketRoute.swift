import APISpecCore

/// A WebSocket route key's route, to its integration. Made where it goes (`MadeProperties`):
/// a large API has one per route.
struct WebSocketRoute: MadeProperties {
    static let type = "AWS::ApiGatewayV2::Route"

    let key: String
    let auth: AuthChoice?
    let description: String?
    /// The integration's logical id.
    let integration: String
    /// The Lambda authorizers' logical ids by name.
    let authorizers: [String: String]
    /// `Ref` to the API (`TemplateAssembly.apiReference`).
    let api: JSONValue

    /// The one route key whose route is authorized.
    static let authorizedKey = "$connect"

    /// Whether the route of `key` and `description` is all its key and its integration's id
    /// make (`shape`), as most of a large API's routes are.
    static func isShaped(key: String, description: String?) -> Bool {
        key != authorizedKey && description == nil
    }

    /// The route `isShaped` tells, made from its key and its integration's id (strings 0 and
    /// 1): a template that is written or measured writes or counts it from its text, cut
    /// where those go (`ResourceShape`), instead of making it.
    static func shape(api: JSONValue) -> ResourceShape {
        ResourceShape(strings: 2) { strings in
            let route = WebSocketRoute(
                key: strings[0], auth: nil, description: nil, integration: strings[1], authorizers: [:], api: api)
            return Resource(type: type, properties: route.object)
        }
    }

    func make<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.member("ApiId", api)
            sink.member("RouteKey", .string(key))
            // Only `$connect` is authorized: the connection, once open, is trusted.
            if key == Self.authorizedKey {
                switch auth {
                case .iam: sink.member("AuthorizationType", "AWS_IAM")
                case .authorizer(let name):
                    if let id = authorizers[name] {
                        sink.member("AuthorizationType", "CUSTOM")
                        sink.member("AuthorizerId", Intrinsic.ref(id))
                    }
                case .some(.none), nil: sink.member("AuthorizationType", "NONE")
                }
            }
            if let description { sink.member("OperationName", .string(description)) }
            sink.member("Target", Intrinsic.sub(target))
        }
    }

    /// `integrations/${<integration>}`, made in one buffer: an interpolation cost three times as much.
    private var target: String {
        let start = "integrations/${"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(start.utf8.count + integration.utf8.count + 1)
        UTF8Bytes.append(start, to: &bytes)
        UTF8Bytes.append(integration, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
