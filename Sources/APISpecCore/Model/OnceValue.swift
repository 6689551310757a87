#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value made the first time it is read, once, whichever thread reads it first: what a
/// `Sendable` class holds lazily (a `lazy var` is not safe across threads, and the standard
/// library's `Mutex` needs macOS 15). What makes it is let go once it has.
final class OnceValue<Value: Sendable>: @unchecked Sendable {
    // Guarded by `mutex`.
    private var make: (@Sendable () -> Value)?
    private var made: Value?
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    var value: Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let made { return made }
        let value = make!()
        made = value
        make = nil
        return value
    }

    var isMade: Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return made != nil
    }
}
