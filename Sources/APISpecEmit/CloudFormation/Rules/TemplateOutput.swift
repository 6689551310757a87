import APISpecCore
import APISpecValidation

/// Where the template goes as validation writes it to measure it: `emit --cloudformation -o
/// FILE` gives its temporary file, and the template is then neither held nor built again.
/// Without one (stdout, `--check`, tests) a run that keeps the template holds it in memory.
public struct TemplateOutput: SharedItem {
    /// Takes the next piece of text; false once it could not.
    let send: ((UnsafeRawBufferPointer) -> Bool)?
    /// Lends room for the next piece to be written in place (`ChunkOutput.lender`).
    let lender: ChunkLender?

    public init(send: @escaping (UnsafeRawBufferPointer) -> Bool, lender: ChunkLender? = nil) {
        self.send = send
        self.lender = lender
    }

    private init() {
        send = nil
        lender = nil
    }

    /// Unless the caller provided one (`SharedWork.provide`), none.
    public static func compute(_ spec: Spec, in work: SharedWork) -> TemplateOutput { TemplateOutput() }
}
