import APISpecCore
import APISpecValidation

/// Where the template goes as validation writes it to measure it: `emit --cloudformation -o
/// FILE` gives its temporary file, and the template is then neither held nor built again.
/// Without one (stdout, `--check`, tests) a run that keeps the template holds it in memory.
public struct TemplateOutput: SharedItem {
    /// Takes the next piece of text; false once it could not.
    let send: ((UnsafeRawBufferPointer) -> Bool)?

    public init(send: @escaping (UnsafeRawBufferPointer) -> Bool) {
        self.send = send
    }

    private init() {
        send = nil
    }

    /// Unless the caller provided one (`SharedWork.provide`), none.
    public static func compute(_ spec: Spec, in work: SharedWork) -> TemplateOutput { TemplateOutput() }
}
