import Testing
@testable import APISpecEmit

/// A text is cut at its markers, or where an optional part goes, into pieces that put
/// together again are the text.
struct SharedTextTests {
    @Test func textIsCutAtItsMarkersInOrder() {
        let text = Array("a\(SharedText.marker(0))bc\(SharedText.marker(1))".utf8)
        #expect(SharedText.split(text, markers: 2) == [Array("a".utf8), Array("bc".utf8), []])
    }

    @Test func optionalPartIsCutWhereItGoes() {
        // The part's closing bracket is also the last byte before it: it is still found after the first entry.
        let shorter = Array("[\n  {}\n]".utf8)
        let longer = Array("[\n  {},\n  {}\n]".utf8)
        let parts = SharedText.insertion(in: longer, against: shorter)
        #expect(parts.start == Array("[\n  {}".utf8))
        #expect(parts.inserted == Array(",\n  {}".utf8))
        #expect(parts.end == Array("\n]".utf8))
    }

    @Test func sharedPiecesAreTheMadeText() {
        let shared = FunctionResourcesText.ofResources
        let role = ExecutionRole(
            tracing: true, policies: [], logGroup: "Odd\"Group", text: TemplateText(parameterIDs: [:]), assumeRoleTexts: RepeatedValues(),
            shared: shared.role)
        let logGroup = FunctionLogGroup(name: "odd name!", retentionDays: 14, shared: shared.logGroup)
        for indent in [TemplateWriter.resourceIndent, 5] {
            #expect(Self.text { role.writeResource(type: ExecutionRole.type, indent: indent, into: &$0) }
                == Self.text { role.writeMadeResource(type: ExecutionRole.type, indent: indent, into: &$0) })
            #expect(Self.text { logGroup.writeResource(type: FunctionLogGroup.type, indent: indent, into: &$0) }
                == Self.text { logGroup.writeMadeResource(type: FunctionLogGroup.type, indent: indent, into: &$0) })
        }
    }

    private static func text(_ write: @escaping (inout ChunkOutput) -> Void) -> [UInt8] {
        SharedText.text(write)
    }
}
