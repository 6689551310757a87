/// The local run config: everything `apispec serve` needs to run one stage of one API,
/// fully resolved (defaults merged, paths made absolute, Lambda's variables set).
/// `apispec emit --local` writes it (APISpecEmit's `RunConfig+JSON.swift`, the one writer of
/// the format); `Schemas/runconfig.schema.json` describes it; the gateway decodes it.
public struct RunConfig: Decodable, Sendable, Equatable {
    public static let currentVersion = 1

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
