import Foundation
import JWTKit

/// The JWKS file's keys, read on first use (a missing or bad file rejects every token).
actor JWKSKeys {
    private let path: String?
    private var loaded: JWTKeyCollection?

    init(path: String?) {
        self.path = path
    }

    var collection: JWTKeyCollection? {
        get async {
            if let loaded { return loaded }
            guard let path, let json = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            let keys = JWTKeyCollection()
            guard (try? await keys.add(jwksJSON: json)) != nil else { return nil }
            loaded = keys
            return keys
        }
    }
}
