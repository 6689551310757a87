import Testing

@testable import APISpecCore

/// `isNull` and `string`, which every value decoded asks, look for the null words alone
/// without resolving the scalar whole: they must answer what `resolvedScalar` says.
@Suite struct NullWordsTests {
    static let texts = [
        "", "~", "null", "Null", "NULL", "nul", "nulls", "none", "n", "N", "~x", "true", "false", "TRUE",
        "0", "7", "007", "10", "256", "123456789012345678", "1234567890123456789", "99999999999999999999",
        "-5", "+5", "0x1F", "0o17", "1e3", "1.5", ".5", "12a", "1 2", "٣", "items/write", "python3.12", "K",
        "\u{212A}", "nu\u{301}ll",
    ]
    static let styles: [YAMLNode.ScalarStyle] = [.plain, .singleQuoted, .doubleQuoted, .literal]
    static let tags: [String?] = [nil, "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "!custom"]

    static var nodes: [YAMLNode] {
        let location = APISpecCore.SourceLocation(file: "q.yaml", line: 1, column: 1)
        var nodes = [YAMLNode(.sequence([]), at: location), YAMLNode(.mapping([]), at: location)]
        for text in texts {
            for style in styles {
                for tag in tags { nodes.append(YAMLNode(.scalar(text, style), at: location, tag: tag)) }
            }
        }
        return nodes
    }

    @Test func isNullIsWhatTheScalarResolvesTo() {
        for node in Self.nodes {
            #expect(node.isNull == (node.scalarText != nil && node.resolvedScalar == .null), "\(node.kind) \(node.tag ?? "")")
        }
    }

    @Test func aStringIsAnyScalarButANull() {
        for node in Self.nodes {
            let resolvesToNull = node.scalarText != nil && node.resolvedScalar == .null
            #expect(node.string == (resolvesToNull ? nil : node.scalarText), "\(node.kind) \(node.tag ?? "")")
        }
    }
}
