import APISpecCore
import CFileWriter
import Foundation
import Testing

/// The thread that writes a large `emit -o` output (`CFileWriter`): what is handed over reaches
/// the file whole and in order however it is cut, and a failed write is reported, not lost.
/// scripts/tsan runs these under ThreadSanitizer.
@Suite struct FileWriterTests {
    /// What a writer started on a new temporary file `name` wrote there once `send` handed it
    /// its bytes and it finished, which must succeed.
    static func written(to name: String, _ send: (OpaquePointer) throws -> Void) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid()).bin").path
        defer { unlink(path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        let writer = try #require(file_writer_start(descriptor))
        try send(writer)
        #expect(file_writer_finish(writer) == 0)
        close(descriptor)
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Bytes not periodic in a mebibyte: a buffer written twice, or out of order, shows.
    static func pattern(count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
    }

    @Test func piecesOfEverySizeArriveWholeAndInOrder() throws {
        let bytes = Self.pattern(count: 6_000_000)
        // Small pieces and large ones, across the thread's mebibyte buffers at every offset.
        let sizes = [1, 7, 4_096, 65_535, 65_536, 65_537, 200_000, 3, 1 << 20, (1 << 20) + 1]
        let written = try Self.written(to: "file-writer") { writer in
            var offset = 0
            var step = 0
            while offset < bytes.count {
                // The first pieces go out before the thread has faulted its buffers in, and are
                // written by this thread itself; a pause then leaves the rest to the writer's.
                if step == sizes.count { usleep(100_000) }
                let count = min(sizes[step % sizes.count], bytes.count - offset)
                let sent = bytes.withUnsafeBytes { file_writer_send(writer, $0.baseAddress! + offset, count) }
                #expect(sent == 0)
                offset += count
                step += 1
            }
        }
        #expect(written == Data(bytes))
    }

    /// Bytes written in the room the writer lends are handed over without a copy, among copied
    /// ones, and reach the file in order; a hash handed to the thread comes back as the hash
    /// of the bytes handed over meanwhile, wherever it starts and ends in its buffers.
    @Test func bytesWrittenInPlaceAndHashedByTheThread() throws {
        let bytes = Self.pattern(count: 5_000_000)
        let hashed = 300_001..<4_123_457
        var hash = WordHash()
        var inPlace = 0
        let written = try Self.written(to: "file-writer-room") { writer in
            var room = 0
            for _ in 0..<5_000 where file_writer_room(writer, &room) == nil { usleep(1_000) }
            try #require(room == 1 << 20, "the thread lends its buffers once they are faulted in")
            var offset = 0
            var step = 0
            while offset < bytes.count {
                if offset == hashed.lowerBound {
                    var state = WordHash().state
                    file_writer_hash_from(writer, &state)
                }
                if offset == hashed.upperBound { file_writer_hash_end(writer, &hash.state) }
                let end = [hashed.lowerBound, hashed.upperBound, bytes.count].first { $0 > offset }!
                let count = min([1, 4_096, 65_537, 300_000][step % 4], end - offset)
                let lent = file_writer_room(writer, &room)
                let sent = bytes.withUnsafeBytes { bytes in
                    guard let lent, step % 3 != 0, room >= count else {
                        return file_writer_send(writer, bytes.baseAddress! + offset, count)
                    }
                    lent.copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
                    inPlace += 1
                    return file_writer_send(writer, lent, count)
                }
                #expect(sent == 0)
                offset += count
                step += 1
            }
        }
        #expect(inPlace > 10)
        #expect(written == Data(bytes))
        var expected = WordHash()
        bytes[hashed].withUnsafeBytes { expected.add($0) }
        #expect(hash.count == hashed.count)
        #expect(hash.value == expected.value)
    }

    /// /dev/full fails every write with ENOSPC: a hand-over sees it once the thread's buffers
    /// are all in use (the second mebibyte's at the latest), and finishing returns it.
    @Test func aFailedWriteIsReportedBySendAndFinish() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let writer = try #require(file_writer_start(descriptor))
        let chunk = [UInt8](repeating: 0x61, count: 1 << 16)
        var failure: Int32 = 0
        for _ in 0..<64 where failure == 0 {
            failure = chunk.withUnsafeBytes { file_writer_send(writer, $0.baseAddress, $0.count) }
        }
        #expect(failure == ENOSPC)
        #expect(file_writer_finish(writer) == ENOSPC)
    }

    /// Nothing handed over: the thread ends at once and the file stays empty.
    @Test func finishingWithNothingSentWritesNothing() throws {
        #expect(try Self.written(to: "file-writer-empty") { _ in }.isEmpty)
    }
}
