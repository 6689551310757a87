import APISpecCore
import APISpecEmit
import APISpecValidation
import Foundation

/// One fuzz input: any bytes through the whole pipeline. A crash, hang or sanitizer report
/// is a bug; diagnostics and thrown emitter errors are the expected outcomes. So is a load
/// whose fast parse of YAML's plain subset gives other than libyaml alone (`yaml_fast.h`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var libyaml = YAMLLoader()
    libyaml.parsesSubsetFast = false
    let fast = YAMLLoader().load(bytes, path: "fuzz.yaml"), alone = libyaml.load(bytes, path: "fuzz.yaml")
    if fast.root != alone.root || fast.diagnostics != alone.diagnostics || fast.referenceScalars != alone.referenceScalars {
        fatalError("the fast parse and libyaml alone load this input differently")
    }
    let rules = RuleRegistry.all + CloudFormationEmitter.cloudFormationRules
    let result = Validator.check(bytes, path: "fuzz.yaml", rules: rules)
    guard let spec = result.spec, !result.diagnostics.hasErrors else { return 0 }
    _ = try? CloudFormationEmitter.emit(spec, stage: nil)
    _ = try? OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: true)
    _ = try? OpenAPIEmitter.emit(spec, stage: nil, awsExtensions: false)
    _ = try? LocalConfigEmitter.emit(spec, stage: nil, root: "/fuzz")
    return 0
}

/// libFuzzer's documented entry for programs that keep their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { fuzzOne($0, $1) })
