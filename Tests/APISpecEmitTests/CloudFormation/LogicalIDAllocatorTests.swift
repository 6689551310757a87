import Testing
@testable import APISpecEmit

/// The allocator keeps its ids as bytes in a table of its own: it must hand out what a set of
/// Strings did, through clashes, cut bases and the table's growth.
struct LogicalIDAllocatorTests {
    /// What the allocator did with a `Set<String>`: the ids it must still hand out.
    private struct Reference {
        var taken: Set<String>

        mutating func claim(_ base: String, suffix: String) -> String {
            var stem = base.isEmpty && suffix.isEmpty ? "Resource" : base
            if stem.utf8.count + suffix.utf8.count + 6 > LogicalIDAllocator.maximumLength {
                stem = String(stem.prefix(LogicalIDAllocator.maximumLength - suffix.count - 6))
            }
            var candidate = stem + suffix
            var counter = 2
            while !taken.insert(candidate).inserted {
                candidate = "\(stem)\(counter)\(suffix)"
                counter += 1
            }
            return candidate
        }
    }

    /// `claimBytes`, and the id it took as its `ClaimedID` and as text.
    private static func claimID(_ base: [UInt8], suffix: String, in allocator: inout LogicalIDAllocator) -> (ClaimedID, String) {
        allocator.claimBytes(base, suffix: suffix)
        let id = allocator.lastClaimed
        return (id, allocator.withID(id) { String(decoding: $0, as: UTF8.self) })
    }

    /// Thousands of ids from a small table, many of them clashing (and clashing with the ids
    /// their counters make), claimed as Strings and as bytes alike; each id claimed as bytes
    /// still read as it was once thousands more were claimed and the table grew.
    @Test func claimsWhatASetOfStringsDid() {
        var allocator = LogicalIDAllocator(reserved: ["Api"], capacity: 4)
        var reference = Reference(taken: ["Api"])
        let suffixes = ["Function", "Permission", "", "Route", "2Route"]
        var claimedAsBytes: [(id: ClaimedID, expected: String)] = []
        for index in 0..<5_000 {
            let base = index % 7 == 0 ? "Pets\(index % 13)" : "Route\(index % 1_700)"
            let suffix = suffixes[index % suffixes.count]
            let expected = reference.claim(base, suffix: suffix)
            if index % 2 == 0 {
                #expect(allocator.claim(base, suffix: suffix) == expected, "\(base) \(suffix)")
            } else {
                let bytes = Array(base.utf8)
                let (id, text) = Self.claimID(bytes, suffix: suffix, in: &allocator)
                #expect(text == expected, "\(base) \(suffix)")
                #expect(bytes == Array(base.utf8))
                claimedAsBytes.append((id, expected))
            }
        }
        for (id, expected) in claimedAsBytes {
            #expect(allocator.withID(id) { String(decoding: $0, as: UTF8.self) } == expected)
        }
    }

    @Test func clashesGetCountersBeforeTheSuffix() {
        var allocator = LogicalIDAllocator(reserved: ["Api"])
        #expect(allocator.claim("Pets", suffix: "Function") == "PetsFunction")
        #expect(allocator.claim("Pets", suffix: "Function") == "Pets2Function")
        #expect(allocator.claim("Pets2", suffix: "Function") == "Pets22Function")
        #expect(allocator.claim("Api", suffix: "") == "Api2")
        #expect(allocator.claim("", suffix: "") == "Resource")
        #expect(allocator.claim("", suffix: "") == "Resource2")
    }

    /// A long base is cut to leave room for its suffix and a counter, as bytes or as a String.
    @Test func longBasesAreCutBeforeTheirSuffix() {
        var allocator = LogicalIDAllocator()
        let long = String(repeating: "Pets", count: 100)
        let cut = String(long.prefix(LogicalIDAllocator.maximumLength - "Permission".count - 6))
        let bytes = Array(long.utf8)
        #expect(Self.claimID(bytes, suffix: "Permission", in: &allocator).1 == cut + "Permission")
        #expect(allocator.claim(long, suffix: "Permission") == cut + "2Permission")
        #expect(bytes == Array(long.utf8))
    }

    /// An id claimed as bytes is the one `claim` hands out, read from the allocator's own
    /// bytes until the next claim, and taken: the same base clashes after it.
    @Test func idsClaimedAsBytesAreTakenAndReadBack() {
        var allocator = LogicalIDAllocator(reserved: ["Api"])
        allocator.claimBytes(Array("PetsGet".utf8), suffix: "Permission")
        #expect(allocator.withLastID { String(decoding: $0, as: UTF8.self) } == "PetsGetPermission")
        allocator.claimBytes(Array("PetsGet".utf8), suffix: "Permission")
        #expect(allocator.withLastID { String(decoding: $0, as: UTF8.self) } == "PetsGet2Permission")
        #expect(allocator.claim("PetsGet", suffix: "Permission") == "PetsGet3Permission")
        #expect(allocator.withLastID { String(decoding: $0, as: UTF8.self) } == "PetsGet3Permission")
    }

    /// An id made whole with its hash found ahead, the slots for it warmed first, is claimed
    /// as its base and suffix are: through clashes, the table's growth and a cut base.
    @Test func idsMadeWholeAreClaimedAsBaseAndSuffix() {
        var allocator = LogicalIDAllocator(reserved: ["Api"], capacity: 4)
        var reference = Reference(taken: ["Api"])
        let long = String(repeating: "Pets", count: 100)
        for index in 0..<3_000 {
            let base = index == 1_000 ? long : "Route\(index % 900)"
            let suffix = index % 3 == 0 ? "" : "Permission"
            let id = Array((base + suffix).utf8)
            id.withUnsafeBufferPointer { id in
                let hash = LogicalIDAllocator.hash(id)
                [hash].withUnsafeBufferPointer { allocator.warm($0) }
                allocator.claimBytes(id, baseCount: base.utf8.count, hash: hash)
            }
            let expected = reference.claim(base, suffix: suffix)
            #expect(allocator.withLastID { String(decoding: $0, as: UTF8.self) } == expected, "\(base) \(suffix)")
        }
    }
}
