/// The commented starter specs `apispec init` writes: one per protocol, each clean under
/// `apispec validate --strict` (a test keeps them so).
enum StarterSpec {
    static func text(for apiProtocol: InitCommand.APIProtocol) -> String {
        switch apiProtocol {
        case .http: return header + http
        case .rest: return header + rest
        case .websocket: return header + websocket
        }
    }

    private static let header = """
    # An apispec starter. Check it with `apispec validate`, see what the rules look for with
    # `apispec rules`, deploy with `apispec emit --cloudformation -o template.json`, and run it
    # on your machine with `apispec serve`.

    """

    private static let http = """
    apispec: 1
    name: my-api
    protocol: http                      # API Gateway HTTP API (v2)

    defaults:
      function: {runtime: python3.12, code: src/, memory: 256, timeout: 10}
      auth: users                       # every route needs an auth decision; this is the default

    functions:
      hello: {handler: app.hello}       # src/app.py, def hello(event, context)

    authorizers:
      users:
        type: jwt
        issuer: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE
        audience: [example-client-id]

    routes:
      GET /hello: {function: hello, auth: none}   # public, said out loud
      POST /hello: {function: hello}              # signed-in users (defaults.auth)

    stages:
      prod:
        throttling: {rate: 100, burst: 200}
        accessLog: {format: json, retentionDays: 30}

    """

    private static let rest = """
    apispec: 1
    name: my-api
    protocol: rest                      # API Gateway REST API (v1)

    defaults:
      function: {runtime: python3.12, code: src/, memory: 256, timeout: 10}
      auth: users                       # every route needs an auth decision; this is the default

    functions:
      hello: {handler: app.hello}       # src/app.py, def hello(event, context)

    authorizers:
      users:
        type: cognito
        userPools: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_EXAMPLE]

    routes:
      GET /health:
        mock: {status: 200, body: '{"ok": true}'}   # answered by API Gateway itself
        auth: none
      GET /hello: {function: hello}

    stages:
      prod:
        throttling: {rate: 100, burst: 200}
        accessLog: {format: json, retentionDays: 30}

    """

    private static let websocket = """
    apispec: 1
    name: my-chat
    protocol: websocket                 # API Gateway WebSocket API
    routeSelection: $request.body.action

    defaults:
      function: {runtime: python3.12, code: src/, memory: 256, timeout: 10}

    functions:
      authorize: {handler: auth.handler}
      connect: {handler: chat.connect}
      disconnect: {handler: chat.disconnect}
      message: {handler: chat.message}

    authorizers:
      token:
        type: lambda
        function: authorize
        identitySource: [route.request.querystring.token]

    routes:
      $connect: {function: connect, auth: token}   # only $connect is authorized on WebSocket APIs
      $disconnect: {function: disconnect}
      sendMessage: {function: message}             # {"action": "sendMessage", ...}
      $default: {function: message}

    stages:
      prod:
        throttling: {rate: 100, burst: 200}
        accessLog: {format: json, retentionDays: 30}

    """
}
