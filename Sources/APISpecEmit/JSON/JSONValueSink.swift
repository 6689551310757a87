/// Makes the `JSONValue` it is given piece by piece. An object's repeated key keeps its
/// first place and its last value, as in `JSONObject`.
struct JSONValueSink: JSONSink {
    /// The value given at the top, once it is whole.
    private(set) var made: JSONValue?
    /// The open objects (with the key their next value goes under) and arrays, innermost last.
    private var open: [Open] = []

    private enum Open {
        case object(JSONObject, key: String?)
        case array([JSONValue])
    }

    /// The value given at the top, which the sink lets go of for the next.
    mutating func take() -> JSONValue {
        guard let made else { preconditionFailure("a whole value was given") }
        self.made = nil
        return made
    }

    mutating func begin(_ container: JSONContainer) {
        switch container {
        case .object: open.append(.object(JSONObject(), key: nil))
        case .array: open.append(.array([]))
        }
    }

    mutating func end() {
        switch open.removeLast() {
        case .object(let object, _): value(.object(object))
        case .array(let items): value(.array(items))
        }
    }

    mutating func key(_ key: String) {
        guard case .object(let object, nil)? = open.popLast() else { preconditionFailure("a key belongs to an object") }
        open.append(.object(object, key: key))
    }

    mutating func value(bytes: UnsafeBufferPointer<UInt8>) {
        value(.string(String(decoding: bytes, as: UTF8.self)))
    }

    // Each container is taken off the stack while it grows, so that it is not copied.
    mutating func value(_ value: JSONValue) {
        switch open.popLast() {
        case nil:
            made = value
        case .object(var object, let key?)?:
            object[key] = value
            open.append(.object(object, key: nil))
        case .object(_, nil)?:
            preconditionFailure("a member's value follows its key")
        case .array(var items)?:
            items.append(value)
            open.append(.array(items))
        }
    }
}
