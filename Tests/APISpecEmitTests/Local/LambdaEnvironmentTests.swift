import APISpecCore
import Testing

@testable import APISpecEmit

/// A function's environment lists its own variables, then `local.functions`' overrides, then
/// Lambda's reserved ones; a name given twice keeps its first place and its last value. The
/// streamed text (`emit --local`) lists them without a map, the whole config (`serve`) with
/// one: both must hold the same variables in the same order.
@Suite struct LambdaEnvironmentTests {
    static let spec = """
        apispec: 1
        name: env
        protocol: http
        functions:
          f:
            runtime: python3.12
            handler: app.handler
            code: src
            environment: {AWS_REGION: eu-west-1, A: one, TZ: Europe/Paris}
        routes:
          GET /f: {function: f}
        local:
          functions:
            f: {command: [python3, app.py], environment: {A: two, B: three, _HANDLER: other}}
        """

    @Test func repeatedNamesKeepTheirFirstPlaceAndTheirLastValue() throws {
        let spec = try LocalConfigEmitterTests.spec(Self.spec)
        let config = try LocalConfigEmitter.runConfig(spec, stage: nil, root: "/srv")
        let environment = try #require(config.functions["f"]).environment.entries.map { "\($0.key)=\($0.value)" }
        #expect(environment == [
            "AWS_REGION=us-east-1", "A=two", "TZ=:UTC", "B=three", "_HANDLER=app.handler",
            "AWS_LAMBDA_FUNCTION_NAME=f", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128", "AWS_LAMBDA_FUNCTION_VERSION=$LATEST",
            "AWS_LAMBDA_LOG_GROUP_NAME=/aws/lambda/f", "AWS_DEFAULT_REGION=us-east-1",
            "AWS_EXECUTION_ENV=AWS_Lambda_python3.12", "LAMBDA_TASK_ROOT=/srv/src", "LAMBDA_RUNTIME_DIR=/srv/src",
        ])
        let streamed = try LocalConfigEmitter.emit(spec, stage: nil, root: "/srv")
        #expect(streamed == LocalConfigEmitter.document(config).text)
    }
}
