import Testing
@testable import APISpecEmit

struct SpecStringTests {
    @Test func splitsParameterAndStageReferences() {
        #expect(SpecString("arn:${param:Role}/x/${stage:Env}").parts == [
            .text("arn:"), .parameter("Role"), .text("/x/"), .stageVariable("Env"),
        ])
    }

    @Test func keepsOtherDollarBracesAsText() {
        let text = "${AWS::Region} and ${unterminated"
        #expect(SpecString(text).parts == [.text(text)])
        #expect(!SpecString(text).hasReferences)
    }

    @Test func textWithoutReferencesIsOnePart() {
        #expect(SpecString("").parts.isEmpty)
        #expect(SpecString("plain é text").parts == [.text("plain é text")])
        #expect(SpecString("costs $5").parts == [.text("costs $5")])
    }

    @Test func standaloneTargetsWriteStageVariablesTheAPIGatewayWay() {
        #expect(StandaloneTargets().text("https://${stage:Host}/${param:Path}") == "https://${stageVariables.Host}/${Path}")
    }
}
