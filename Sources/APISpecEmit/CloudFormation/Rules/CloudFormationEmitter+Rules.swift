import APISpecValidation

extension CloudFormationEmitter {
    /// Validator rules that warn before CloudFormation would refuse the template.
    public static let cloudFormationRules: [any Rule] = [
        CloudFormationTemplateTooLarge(),
        CloudFormationTooManyResources(),
    ]
}
