/// A value kept out of line, behind one shared, immutable reference. An optional part
/// that most entities leave out then costs a pointer where it is absent instead of its
/// full size, in every copy of the entity (a spec can hold a hundred thousand routes).
struct Indirect<Value: Sendable & Hashable>: Sendable, Hashable {
    /// A class rather than an `indirect` enum: reading one field of the value (a route's
    /// `tags`) then copies that field alone, where taking the enum's payload copied all of them.
    private final class Box: Sendable {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    private let box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value { box.value }

    static func == (a: Indirect, b: Indirect) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }
}
