import Testing
@testable import APISpecEmit

/// An intrinsic made into a sink as a member must be the member `Intrinsic` makes, as a
/// value and as text.
struct IntrinsicMembersTests {
    static func members<Sink: JSONSink>(into sink: inout Sink) {
        sink.object { sink in
            sink.ref("A", "Pets\"Function")
            sink.getAtt("B", "PetsRole", "Arn")
            sink.sub("C", "${CodeVersion}/pets.zip")
        }
    }

    static let expected: JSONValue = [
        "A": Intrinsic.ref("Pets\"Function"),
        "B": Intrinsic.getAtt("PetsRole", "Arn"),
        "C": Intrinsic.sub("${CodeVersion}/pets.zip"),
    ]

    @Test func membersAreTheIntrinsicsValues() {
        var sink = JSONValueSink()
        Self.members(into: &sink)
        #expect(sink.take() == Self.expected)
    }

    @Test func membersWriteTheIntrinsicsText() {
        let text = JSONDocument { output in
            var sink = JSONTextSink(output, indent: 2)
            Self.members(into: &sink)
            output = sink.output
        }.text
        #expect(text == JSONDocument { JSONWriter.write(Self.expected, indent: 2, into: &$0) }.text)
    }
}
