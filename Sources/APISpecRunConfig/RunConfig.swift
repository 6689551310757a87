/// The local run config: everything `apispec serve` needs to run one stage of one API,
/// fully resolved (defaults merged, paths made absolute, Lambda's variables set).
/// `apispec emit --local` writes it (APISpecEmit's `RunConfig+JSON.swift`, the one writer of
/// the format); `Schemas/runconfig.schema.json` describes it; the gateway decodes it.
public struct RunConfig: Decodable, Sendable, Equatable {
    /// 2: an authorizer's `issuers` (every pool of a REST `cognito` authorizer), where 1 had one `issuer`.
    public static let currentVersion = 2

    public var runConfigVersion: Int
    public var api: API
    public var stage: Stage
    public var server: Server
    public var routes: [Route]
    public var functions: OrderedMap<Function>
    public var authorizers: OrderedMap<Authorizer>
    /// API key values accepted locally, by key name.
    public var apiKeys: OrderedMap<String>
    public var cors: Cors?

    public init(api: API, stage: Stage, server: Server) {
        self.runConfigVersion = Self.currentVersion
        self.api = api
        self.stage = stage
        self.server = server
        self.routes = []
        self.functions = [:]
        self.authorizers = [:]
        self.apiKeys = [:]
    }

    /// A run config of another version is refused by its version, with what to do, rather
    /// than by the first key that differs.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        runConfigVersion = try container.decode(Int.self, forKey: .runConfigVersion)
        guard runConfigVersion == Self.currentVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .runConfigVersion, in: container,
                debugDescription: "run config version \(runConfigVersion) is not this apispec's (\(Self.currentVersion)); write it again with `apispec emit --local`")
        }
        api = try container.decode(API.self, forKey: .api)
        stage = try container.decode(Stage.self, forKey: .stage)
        server = try container.decode(Server.self, forKey: .server)
        routes = try container.decode([Route].self, forKey: .routes)
        functions = try container.decode(OrderedMap<Function>.self, forKey: .functions)
        authorizers = try container.decode(OrderedMap<Authorizer>.self, forKey: .authorizers)
        apiKeys = try container.decode(OrderedMap<String>.self, forKey: .apiKeys)
        cors = try container.decodeIfPresent(Cors.self, forKey: .cors)
    }

    private enum CodingKeys: String, CodingKey {
        case runConfigVersion, api, stage, server, routes, functions, authorizers, apiKeys, cors
    }

    public struct API: Decodable, Sendable, Equatable {
        public enum ProtocolType: String, Decodable, Sendable { case http, rest, websocket }

        public var name: String
        public var `protocol`: ProtocolType
        /// REST: content types whose bodies reach functions base64-encoded.
        public var binaryMediaTypes: [String]
        /// WebSocket: how a message picks its route, e.g. `$request.body.action`.
        public var routeSelection: String?

        public init(name: String, protocol: ProtocolType, binaryMediaTypes: [String] = [], routeSelection: String? = nil) {
            self.name = name
            self.protocol = `protocol`
            self.binaryMediaTypes = binaryMediaTypes
            self.routeSelection = routeSelection
        }
    }

    public struct Stage: Decodable, Sendable, Equatable {
        public var name: String
        public var variables: OrderedMap<String>

        public init(name: String, variables: OrderedMap<String> = [:]) {
            self.name = name
            self.variables = variables
        }
    }

    public struct Server: Decodable, Sendable, Equatable {
        public var host: String
        public var port: Int

        public init(host: String, port: Int) {
            self.host = host
            self.port = port
        }
    }
}
