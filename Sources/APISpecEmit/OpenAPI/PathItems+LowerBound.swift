import APISpecCore

extension PathItems {
    /// At most the bytes `count(valueIndent:)` counts, found without making an operation:
    /// for each route to a function, an operation holding only what every such operation
    /// holds (`operationId`, `responses` and `security`, each at its shortest, its path's
    /// parameters with empty names, and the members every proxy integration with the
    /// function starts with). 0 when two routes share one operation, as one operation is
    /// then written for both. Stops once it is past `limit`.
    ///
    /// A measured template expects this much of its paths before it counts them
    /// (`TemplateCounters`): with the invoke permissions' bound, a large template is then
    /// known to pass 1 MB before most of its parts are made to be counted.
    func lowerBound(valueIndent: Int, past limit: Int = .max) -> Int {
        guard builder.routesHaveOwnOperations() else { return 0 }
        let spec = builder.spec
        let integrations = builder.integrationExtension()
        var integrationBytes: [String: Int] = [:]
        var lastIntegration = LastLookup<Int>()
        var operationBytes: [Int] = []
        var bound = 0
        for index in spec.routes.indices where bound <= limit {
            guard let name = spec.routes[index].functionIntegration, builder.emits(index) else { continue }
            let route = spec.routes[index]
            let parameters = route.key.path?.segments.count { if case .literal = $0 { false } else { true } } ?? 0
            while operationBytes.count <= parameters {
                operationBytes.append(leastOperationBytes(parameters: operationBytes.count, valueIndent: valueIndent))
            }
            let integration = lastIntegration.value(for: name.value) { name in
                integrationBytes[name] ?? {
                    var output = CountingOutput()
                    JSONWriter.write(.object(integrations.functionProxyMembers(name)), indent: valueIndent + 2, into: &output)
                    integrationBytes[name] = output.count
                    return output.count
                }()
            }
            // The operation's integration is `{}` in `leastOperationBytes`.
            bound += operationBytes[parameters] + integration - 2
        }
        return bound
    }

    /// The shortest operation a route to a function with `parameters` path parameters has,
    /// written as a path item's member's value, with `{}` for its integration.
    private func leastOperationBytes(parameters: Int, valueIndent: Int) -> Int {
        var sink = JSONTextSink(CountingOutput(), indent: valueIndent + 1)
        sink.object { operation in
            operation.member("operationId", "")
            builder.writeParameters(path: Array(repeating: "", count: parameters), into: &operation)
            operation.member("responses", [:])
            operation.member("security", [])
            operation.member("x-amazon-apigateway-integration", [:])
        }
        return sink.output.count
    }
}
