/// A value kept out of line, behind one shared, immutable reference. An optional part
/// that most entities leave out then costs a pointer where it is absent instead of its
/// full size, in every copy of the entity (a spec can hold a hundred thousand routes).
struct Indirect<Value: Sendable & Hashable>: Sendable, Hashable {
    private indirect enum Storage: Sendable, Hashable {
        case value(Value)
    }

    private let storage: Storage

    init(_ value: Value) {
        storage = .value(value)
    }

    var value: Value {
        switch storage {
        case .value(let value): return value
        }
    }
}
