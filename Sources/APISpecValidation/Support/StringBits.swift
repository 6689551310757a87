/// A string's representation: two strings of the same bits are the same text (the same small
/// string, or the same storage). Telling a string seen before by its bits costs a fraction of
/// comparing texts, which for two different small strings calls into the runtime. Only a hint
/// of equality: equal texts may differ in bits.
struct StringBits: Equatable {
    private var low: UInt64
    private var high: UInt64

    init(_ string: String) {
        self = unsafeBitCast(string, to: StringBits.self)
    }
}
