/// The text every function's resources share (`SharedText`), at the indent a written
/// template's resources are at: made once, and read once for each function, whose three
/// resources are given it (each read of a global checks that it is made, some 150
/// instructions). Each text is a class: given by reference, not copied (a function's text is
/// some thirty pieces).
struct FunctionResourcesText {
    let logGroup = FunctionLogGroupText(indent: TemplateWriter.resourceIndent)
    let role = ExecutionRoleText(indent: TemplateWriter.resourceIndent)
    let properties = FunctionPropertiesText(indent: TemplateWriter.resourceIndent)

    static let ofResources = FunctionResourcesText()
}
