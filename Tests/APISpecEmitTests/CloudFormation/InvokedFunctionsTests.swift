import APISpecCore
import Testing
@testable import APISpecEmit

/// A permission names its function by the function's words, and invokes its id or its alias's.
struct InvokedFunctionsTests {
    @Test func eachFunctionIsFoundWithItsWordsAndTarget() throws {
        let yaml = """
            apispec: 1
            name: invoked
            defaults: {auth: none}
            functions:
              list-pets: {runtime: python3.12, handler: app.handler}
              warm_one: {runtime: python3.12, handler: app.handler, provisionedConcurrency: 2}
            routes:
              GET /pets: {function: list-pets}
              GET /warm: {function: warm_one}
            """
        let spec = try #require(Frontend.load(Array(yaml.utf8), path: "invoked.yaml").spec)
        let assembly = TemplateAssembly(spec: spec, stages: spec.effectiveStages)
        _ = CloudFormationEmitter.addAPI(to: assembly)
        var functions = InvokedFunctions(count: spec.functions.count)
        // Found out of order: each keeps its own words.
        let secondTargeted = functions.isTargeted(1, in: assembly)
        let firstTargeted = functions.isTargeted(0, in: assembly)
        #expect(secondTargeted && firstTargeted)
        var id: [UInt8] = []
        functions.withWords(of: 0) { id += $0 }
        functions.withWords(of: 1) { id += $0 }
        #expect(String(decoding: id, as: UTF8.self) == "ListPetsWarmOne")
        #expect(functions.targets == [assembly.names.functionIDs[0].function, assembly.names.functionIDs[1].alias])
        #expect(functions.aliased == [false, true])
        #expect(functions.targets[1] != nil && functions.targets[1] != functions.targets[0])
    }
}
