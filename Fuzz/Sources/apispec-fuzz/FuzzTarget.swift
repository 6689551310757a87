import APISpecEmit
import APISpecValidation

/// One fuzz input: any bytes through the whole pipeline. A crash, hang or sanitizer report
/// is a bug; diagnostics and thrown emitter errors are the expected outcomes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = Validator.check(bytes, path: "fuzz.yaml", rules: RuleRegistry.all + CloudFormationEmitter.cloudFormationRules)
    guard let spec = result.spec, !result.diagnostics.hasErrors else { return 0 }
    _ = try? CloudFormationEmitter.emit(spec, stage: nil)
    _ = try? OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: true)
    _ = try? OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: false)
    _ = try? LocalConfigEmitter.emit(spec, stage: nil, root: "/fuzz")
    return 0
}
