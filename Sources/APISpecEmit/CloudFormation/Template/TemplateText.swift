/// Spec strings in CloudFormation: `${param:X}` becomes `Ref` (the whole string) or a `Fn::Sub`
/// variable, `${stage:Var}` becomes API Gateway's `${stageVariables.Var}`.
struct TemplateText {
    /// Spec parameter name -> its logical id in `Parameters`.
    let parameterIDs: [String: String]

    func value(_ raw: String) -> JSONValue {
        // Most strings hold no `$` (a function's environment values, policy resources): they
        // are their own text, found without the `SpecString` and its list of parts, some 500
        // instructions.
        guard UTF8Bytes.contains(UInt8(ascii: "$"), in: raw) else { return .string(raw) }
        let string = SpecString(raw)
        if string.parts.count == 1, case .parameter(let name) = string.parts[0], let id = parameterIDs[name] {
            return Intrinsic.ref(id)
        }
        let needsSub = string.parts.contains {
            if case .parameter(let name) = $0 { return parameterIDs[name] != nil }
            return false
        }
        guard needsSub else { return .string(plain(string)) }
        return Intrinsic.sub(subTemplate(string))
    }

    /// `raw` as the body of a `Fn::Sub`, for callers that wrap it in more text of their own.
    func subTemplate(_ raw: String) -> String { subTemplate(SpecString(raw)) }

    /// Escapes a literal for a `Fn::Sub` template: `${` would otherwise start a variable.
    static func escapedForSub(_ literal: String) -> String {
        // Most literals hold no `$`: skip the slow generic search for them.
        guard UTF8Bytes.contains(UInt8(ascii: "$"), in: literal) else { return literal }
        return literal.replacing("${", with: "${!")
    }

    private func plain(_ string: SpecString) -> String {
        // Most strings are one text, which needs no joining.
        if string.parts.count == 1, case .text(let text) = string.parts[0] { return text }
        return string.parts.map { part in
            switch part {
            case .text(let text): return text
            case .parameter(let name): return "${param:\(name)}"
            case .stageVariable(let name): return SpecString.stageVariable(name)
            }
        }.joinedText()
    }

    private func subTemplate(_ string: SpecString) -> String {
        string.parts.map { part in
            switch part {
            case .text(let text): return Self.escapedForSub(text)
            case .parameter(let name):
                guard let id = parameterIDs[name] else { return Self.escapedForSub("${param:\(name)}") }
                return "${\(id)}"
            case .stageVariable(let name): return Self.escapedForSub(SpecString.stageVariable(name))
            }
        }.joinedText()
    }
}
