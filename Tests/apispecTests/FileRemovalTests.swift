import CFileWriter
import Foundation
import Testing

/// The removal of an output `emit -o` replaced (`file_remove`): the name is gone at once, and a
/// large file's pages are freed by a holder process that keeps nothing else of this one open.
@Suite struct FileRemovalTests {
    /// A new file of `count` bytes in the temporary directory.
    static func file(_ name: String, count: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid()).bin").path
        try Data(count: count).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The processes other than this one with a descriptor open on the file `status` describes,
    /// each with the number of descriptors it has open.
    static func otherHolders(of status: stat) -> [Int32: Int] {
        var holders: [Int32: Int] = [:]
        let processes = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for process in processes {
            guard let pid = Int32(process), pid != getpid() else { continue }
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
            for descriptor in descriptors {
                var target = stat()
                if stat("/proc/\(pid)/fd/\(descriptor)", &target) == 0, target.st_dev == status.st_dev, target.st_ino == status.st_ino {
                    holders[pid] = descriptors.count
                }
            }
        }
        return holders
    }

    @Test(arguments: [0, 100_000, 17 << 20])
    func theNameIsGoneWhenItReturns(_ count: Int) throws {
        let path = try Self.file("removed-\(count)", count: count)
        #expect(file_remove(path) == 0)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(file_remove(path) == -1 && errno == ENOENT)
    }

    /// A link is removed, not what it points to.
    @Test func aLinkIsRemovedAndItsTargetKept() throws {
        let target = try Self.file("kept", count: 17 << 20)
        defer { unlink(target) }
        let link = target + ".link"
        #expect(symlink(target, link) == 0)
        #expect(file_remove(link) == 0)
        #expect(FileManager.default.fileExists(atPath: target))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil)
    }

    #if os(Linux)
    /// The holder keeps the file and its pipe only (a pipe of this process kept open would make
    /// whoever reads it wait for the holder), and closes the file once released.
    @Test func theHolderKeepsOnlyTheFileAndLetsItGoWhenReleased() throws {
        let path = try Self.file("held", count: 4_096)
        defer { unlink(path) }
        let file = open(path, O_RDONLY | O_CLOEXEC)
        try #require(file >= 0)
        var status = stat()
        try #require(fstat(file, &status) == 0)
        let release = file_holder_start(file)
        close(file)
        try #require(release >= 0, "no holder started")
        let holders = Self.otherHolders(of: status)
        // A holder that kept more would keep this test's output open, and its runner waiting.
        defer { for pid in holders.keys { kill(pid, SIGKILL) } }
        #expect(Array(holders.values) == [2], "one holder, with the file and the pipe open")
        close(release)
        var waited = 0
        while !Self.otherHolders(of: status).isEmpty, waited < 10_000 {
            usleep(10_000)
            waited += 10
        }
        #expect(Self.otherHolders(of: status).isEmpty, "the holder still has the file after 10 s")
    }
    #endif
}
