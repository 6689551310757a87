/// A file's name, allocated once per loaded file and shared by all its locations.
final class FileName: Sendable {
    let path: String

    init(_ path: String) {
        self.path = path
    }
}
