import APISpecCore

/// The hash a WebSocket deployment's logical id ends in: of what it snapshots, as the
/// template writes it (`TemplateAssembly.add(_:_:into:)`). Each resource's logical id, then
/// its text where the template has it (`TemplateWriter.resourceIndent`): a written template
/// hashes that text from its output's buffer as it goes out, a large API's routes never
/// being held together nor written a second time to be hashed.
struct DeploymentSnapshot {
    var hash = WordHash()

    /// A member of the snapshot that is not a resource of the template.
    mutating func add(_ key: String, _ value: JSONValue) {
        addKey(key)
        JSONWriter.write(value, indent: TemplateWriter.resourceIndent, into: &hash)
    }

    mutating func addKey(_ key: String) {
        key.withUTF8Bytes { addKey($0) }
    }

    mutating func addKey(_ key: UnsafeBufferPointer<UInt8>) {
        hash.add(UnsafeRawBufferPointer(key))
    }

    var hex: String { StableHash.hex(hash.value) }
}
