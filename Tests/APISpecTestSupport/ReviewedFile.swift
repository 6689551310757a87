import Foundation

/// Reviewed output checked in beside the tests (golden documents, rule pages): the text
/// made now must match it byte for byte. `RECORD_SNAPSHOTS=1` writes the text made now over
/// it instead; review the diff before committing.
public enum ReviewedFile {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil }

    /// The reviewed text at `url` (nil when there is none), once `made` was written there if
    /// recording.
    public static func text(at url: URL, recording made: String) throws -> String? {
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(made.utf8).write(to: url)
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
