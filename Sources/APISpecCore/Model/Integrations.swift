/// A route's integrations, in the order written. A valid route has exactly one, kept in
/// place: a list of it would cost every route an allocation of its own (80 bytes and the
/// allocator's share, at 100,000 routes 6 MB of `validate`'s peak). Only a route that
/// writes several, an error, holds them in a list.
public struct Integrations: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Hashable {
    /// `.many` holds two or more: each list has one form, so the synthesized `==` compares contents.
    @usableFromInline enum Storage: Sendable, Hashable {
        case none
        case one(Integration)
        case many([Integration])
    }

    @usableFromInline var storage: Storage

    public init(arrayLiteral integrations: Integration...) {
        self.init(integrations)
    }

    public init(_ integrations: [Integration]) {
        switch integrations.count {
        case 0: storage = .none
        case 1: storage = .one(integrations[0])
        default: storage = .many(integrations)
        }
    }

    /// Takes `integration` (`consuming`): moved in, where a borrowed one was copied in and
    /// then let go by the caller (every route decoded appends one).
    public mutating func append(_ integration: consuming Integration) {
        switch storage {
        case .none: storage = .one(integration)
        case .one(let first): storage = .many([first, integration])
        case .many(var all):
            storage = .none
            all.append(integration)
            storage = .many(all)
        }
    }

    /// The only integration; nil when there are none or several.
    @inlinable public var single: Integration? {
        if case .one(let integration) = storage { return integration }
        return nil
    }

    @inlinable public var startIndex: Int { 0 }

    @inlinable public var endIndex: Int {
        switch storage {
        case .none: return 0
        case .one: return 1
        case .many(let all): return all.count
        }
    }

    @inlinable public subscript(position: Int) -> Integration {
        switch storage {
        case .one(let integration) where position == 0: return integration
        case .many(let all): return all[position]
        default: preconditionFailure("integration index \(position) out of range")
        }
    }
}
