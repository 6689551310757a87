import APISpecCore

/// A string's bytes read in place: emitters make ids, paths and ARNs for every route, and
/// iterating a `String`'s UTF-8 view, or appending it to a byte list through it, costs
/// several times as much as reading its storage. Inlined: for the short names most are, a
/// call costs more than the copy.
enum UTF8Bytes {
    @inline(__always)
    static func append(_ text: String, to bytes: inout [UInt8]) {
        text.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.withUTF8Bytes { $0.contains(byte) }
    }

    /// `first + second + third`, their bytes copied once into a string made for them: `+` and
    /// interpolation grow a string piece by piece (an invoke URI, made once a function, cost
    /// some 3,500 instructions so).
    static func joined(_ first: String, _ second: String, _ third: String) -> String {
        first.withUTF8Bytes { first in
            second.withUTF8Bytes { second in
                third.withUTF8Bytes { third in
                    String(unsafeUninitializedCapacity: first.count + second.count + third.count) { storage in
                        var end = storage.initialize(fromContentsOf: first)
                        end += UnsafeMutableBufferPointer(rebasing: storage[end...]).initialize(fromContentsOf: second)
                        end += UnsafeMutableBufferPointer(rebasing: storage[end...]).initialize(fromContentsOf: third)
                        return end
                    }
                }
            }
        }
    }
}
