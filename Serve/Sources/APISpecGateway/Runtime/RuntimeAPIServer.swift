import Foundation
import Hummingbird
import Logging

/// The Lambda Runtime API (2018-06-01) for one function process, on its own loopback port:
/// runtime clients (awslambdaric, a `bootstrap`) build URLs as `http://$AWS_LAMBDA_RUNTIME_API/...`,
/// so a process is told apart by the address it was given, not by a path.
enum RuntimeAPIServer {
    static let prefix = "/2018-06-01/runtime"

    /// Starts the server; returns its port and the task to cancel to stop it.
    static func start(for instance: FunctionInstance, logger: Logger) async throws -> (port: Int, task: Task<Void, Never>) {
        let router = Router()
        router.get("\(prefix)/invocation/next") { _, _ -> Response in
            guard let invocation = await instance.nextInvocation() else {
                return Response(status: .gone)
            }
            return Response(
                status: .ok,
                headers: [
                    .init("Lambda-Runtime-Aws-Request-Id")!: invocation.requestId,
                    .init("Lambda-Runtime-Deadline-Ms")!: String(invocation.deadlineMilliseconds),
                    .init("Lambda-Runtime-Invoked-Function-Arn")!: invocation.functionArn,
                    .init("Lambda-Runtime-Trace-Id")!: "Root=1-\(invocation.requestId.prefix(8))-local;Sampled=0",
                    .contentType: "application/json",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: invocation.payload)))
        }
        router.post("\(prefix)/invocation/:id/response") { request, context -> Response in
            let id = context.parameters.get("id") ?? ""
            guard let body = try? await request.body.collect(upTo: maxPayload) else {
                // As Lambda does: the invocation fails and the runtime is told 413.
                _ = await instance.complete(id, with: .functionError(type: "Function.ResponseSizeTooLarge", body: []))
                return Response(status: .contentTooLarge)
            }
            let known = await instance.complete(id, with: .success(Array(buffer: body)))
            return accepted(known)
        }
        router.post("\(prefix)/invocation/:id/error") { request, context -> Response in
            let body = try await request.body.collect(upTo: maxPayload)
            let id = context.parameters.get("id") ?? ""
            let type = request.headers[.init("Lambda-Runtime-Function-Error-Type")!] ?? "Unhandled"
            let known = await instance.complete(id, with: .functionError(type: type, body: Array(buffer: body)))
            return accepted(known)
        }
        router.post("\(prefix)/init/error") { request, _ -> Response in
            let body = try await request.body.collect(upTo: maxPayload)
            let type = request.headers[.init("Lambda-Runtime-Function-Error-Type")!] ?? "Runtime.InitError"
            await instance.initFailed(type: type, body: Array(buffer: body))
            return accepted(true)
        }

        let started = OneShot<Result<Int, any Error>>()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in started.deliver(.success(channel.localAddress?.port ?? 0)) },
            logger: logger)
        let task = Task {
            do {
                try await app.run()
            } catch {
                started.deliver(.failure(error))
            }
        }
        return (try await started.value.get(), task)
    }

    /// Lambda's synchronous payload limit.
    static let maxPayload = 6 * 1024 * 1024

    private static func accepted(_ known: Bool) -> Response {
        if known {
            return Response(status: .accepted, body: .init(byteBuffer: ByteBuffer(string: #"{"status":"OK"}"#)))
        }
        return Response(
            status: .badRequest,
            body: .init(byteBuffer: ByteBuffer(string: #"{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}"#)))
    }
}
